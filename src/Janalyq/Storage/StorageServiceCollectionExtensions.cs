using Janalyq.Storage.Media;
using Janalyq.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Janalyq.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the repositories of the configured engine (section "Storage").</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider == "sqlite", "Storage:Provider 'postgresql' is not available yet; use 'sqlite'.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<IDatabase, SqliteDatabase>();
        services.AddSingleton<IArticleRepository, SqliteArticleRepository>();
        services.AddSingleton<ArticleChangeSignal>();
        services.AddSingleton<IArticleChangeLog, SqliteArticleChangeLog>();
        services.AddSingleton<IStageCheckpoints, SqliteStageCheckpoints>();
        services.AddSingleton<ISourceRepository, SqliteSourceRepository>();
        services.AddSingleton<IStoryRepository, SqliteStoryRepository>();
        services.AddSingleton<IMediaStore>(sp => new FileMediaStore(
            Path.Combine(Path.GetFullPath(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory), "media")));
        return services;
    }
}
