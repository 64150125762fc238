using Janalyq.Fetching;
using Janalyq.Fetching.Robots;
using Janalyq.Ingestion.Crawling;
using Janalyq.Storage.Media;
using Janalyq.Settings;
using Janalyq.Storage.PostgreSql;
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
        // One implementation folder per engine, chosen by Storage:Provider (read here, before the container is built;
        // the value itself is validated at start like every setting).
        services.AddSingleton<ArticleChangeSignal>();
        if (string.Equals(configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"], StorageProviders.PostgreSql, StringComparison.Ordinal))
            services.AddPostgreSqlStorage();
        else
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
        services.AddSingleton<IArticleChangeLog, SqliteArticleChangeLog>();
        services.AddSingleton<IStageCheckpoints, SqliteStageCheckpoints>();
        services.AddSingleton<ISourceRepository, SqliteSourceRepository>();
        services.AddSingleton<IStoryRepository, SqliteStoryRepository>();
        services.TryAddSingleton<IStoryFeed, SqliteStoryFeed>();
        services.AddSingleton<IUnderstandingStore, SqliteUnderstandingStore>();
        services.TryAddSingleton<ICrawlStateRepository, SqliteCrawlStateRepository>();
        services.TryAddSingleton<IRobotsStore, SqliteRobotsStore>();
        services.TryAddSingleton<IHostLeaseStore, SqliteHostLeaseStore>();
        services.TryAddSingleton<IOutletTemplateRepository>(sp => new OutletTemplateRepository(sp.GetRequiredService<SqliteConnectionFactory>()));
    }

    /// <summary>The database for several nodes (Storage/PostgreSql/): every repository of Storage/, the same behaviour as SQLite's.</summary>
    private static void AddPostgreSqlStorage(this IServiceCollection services)
    {
        services.AddSingleton<PostgreSqlConnectionFactory>();
        services.AddSingleton<IDatabase, PostgreSqlDatabase>();
        services.AddSingleton<IArticleRepository, PostgreSqlArticleRepository>();
        services.AddSingleton<IArticleChangeLog, PostgreSqlArticleChangeLog>();
        services.AddSingleton<IStageCheckpoints, PostgreSqlStageCheckpoints>();
        services.AddSingleton<ISourceRepository, PostgreSqlSourceRepository>();
        services.AddSingleton<IStoryRepository, PostgreSqlStoryRepository>();
        services.TryAddSingleton<IStoryFeed, PostgreSqlStoryFeed>();
        services.AddSingleton<IUnderstandingStore, PostgreSqlUnderstandingStore>();
        services.TryAddSingleton<ICrawlStateRepository, PostgreSqlCrawlStateRepository>();
        services.TryAddSingleton<IRobotsStore, PostgreSqlRobotsStore>();
        services.TryAddSingleton<IHostLeaseStore, PostgreSqlHostLeaseStore>();
        services.TryAddSingleton<IOutletTemplateRepository>(sp => new OutletTemplateRepository(sp.GetRequiredService<PostgreSqlConnectionFactory>()));
        // Changes by other processes wake this one's pipeline at once (LISTEN/NOTIFY), not at its next poll.
        services.AddSingleton<PostgreSqlChangeListener>();
        services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlChangeListener>());
    }
}
