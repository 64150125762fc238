using Janalyq.Storage.Media;
using Janalyq.Settings;
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
        services.AddSettings<StorageOptions>(StorageOptions.Section, configuration)
            .Validate(o => o.Provider == "sqlite", "Storage:Provider 'postgresql' is not available yet; use 'sqlite'.");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<IDatabase, SqliteDatabase>();
        services.AddSingleton<IArticleRepository, SqliteArticleRepository>();
        services.AddSingleton<ISourceRepository, SqliteSourceRepository>();
        services.AddSingleton<IStoryRepository, SqliteStoryRepository>();
        services.AddSingleton<IMediaStore>(sp => new FileMediaStore(
            Path.Combine(Path.GetFullPath(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory), "media")));
        return services;
    }
}
