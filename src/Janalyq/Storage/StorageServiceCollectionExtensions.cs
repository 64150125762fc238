using Janalyq.Fetching;
using Janalyq.Fetching.Robots;
using Janalyq.Ingestion.Crawling;
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
    /// <summary>
    /// Registers the repositories of the engine that Storage:Provider names (section "Storage"), and the
    /// media cache under the data folder. Every repository interface of Storage/ has one implementation per
    /// engine folder (Storage/Sqlite/, Storage/PostgreSql/); nothing outside Storage/ writes SQL.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<StorageOptions>(StorageOptions.Section, configuration);
        services.TryAddSingleton(TimeProvider.System);
        // One implementation folder per engine, chosen by Storage:Provider. PostgreSQL's (Storage/PostgreSql/) arrives
        // with the scale-out issue; until then StorageOptions refuses "postgresql" at start, naming the setting.
        services.AddSqliteStorage();
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
        services.TryAddSingleton<IStoryFeed, SqliteStoryFeed>();
        services.AddSingleton<IUnderstandingStore, SqliteUnderstandingStore>();
        services.TryAddSingleton<ICrawlStateRepository, SqliteCrawlStateRepository>();
        services.TryAddSingleton<IRobotsStore, SqliteRobotsStore>();
        services.TryAddSingleton<IHostLeaseStore, SqliteHostLeaseStore>();
        services.TryAddSingleton<IOutletTemplateRepository, SqliteOutletTemplateRepository>();
    }
}
