using Janalyq.Fetching;
using Janalyq.Fetching.Robots;
using Janalyq.Ingestion.Crawling;
using Janalyq.Storage.Media;
using Janalyq.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Janalyq.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the repositories of the engine that Storage:Provider names (section "Storage"), and the
    /// media cache under the data folder. Every repository interface of Storage/ has one implementation per
    /// engine folder (Storage/Sqlite/, Storage/PostgreSql/); nothing outside Storage/ writes SQL.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Sqlite.BusyTimeoutMs is >= 0 and <= 600_000, "Storage:Sqlite:BusyTimeoutMs must be between 0 and 600000 ms.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        var provider = configuration.GetSection(StorageOptions.Section)[nameof(StorageOptions.Provider)] ?? StorageProviders.Sqlite;
        switch (provider)
        {
            case StorageProviders.PostgreSql:
                services.AddOptions<StorageOptions>().Validate(_ => false,
                    "Storage:Provider 'postgresql' is not available yet in this build; use 'sqlite'.");
                // Registered so that the container resolves and start-up validation reports the setting.
                services.AddSqliteStorage();
                break;
            default:
                services.AddSqliteStorage();
                break;
        }
        services.AddSingleton<IMediaStore>(sp => new FileMediaStore(
            Path.Combine(Path.GetFullPath(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory), "media")));
        return services;
    }

    /// <summary>The embedded engine: one SQLite file in the data folder.</summary>
    private static void AddSqliteStorage(this IServiceCollection services)
    {
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<IDatabase, SqliteDatabase>();
        services.AddSingleton<IArticleRepository, SqliteArticleRepository>();
        services.AddSingleton<ArticleChangeSignal>();
        services.AddSingleton<IArticleChangeLog, SqliteArticleChangeLog>();
        services.AddSingleton<IStageCheckpoints, SqliteStageCheckpoints>();
        services.AddSingleton<ISourceRepository, SqliteSourceRepository>();
        services.AddSingleton<IStoryRepository, SqliteStoryRepository>();
        services.TryAddSingleton<ICrawlStateRepository, SqliteCrawlStateRepository>();
        services.TryAddSingleton<IRobotsStore, SqliteRobotsStore>();
        services.TryAddSingleton<IHostLeaseStore, SqliteHostLeaseStore>();
        services.TryAddSingleton<IOutletTemplateRepository, SqliteOutletTemplateRepository>();
    }
}
