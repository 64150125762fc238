using Janalyq.Pipeline;
using Janalyq.Settings;
using Janalyq.Storage;
using Janalyq.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Janalyq.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Full-text search (section "Search"): the index under the data folder, its pipeline stage "search", the background
    /// refresh of its searcher, and <see cref="ArticleSearch"/>. Needs AddStorage and AddPipeline; call it after
    /// AddUnderstanding, so that the stage runs after understanding and indexes the categories and stories it gave.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<SearchOptions>(SearchOptions.Section, configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISearchDocuments, SqliteSearchDocuments>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<ArticleSearch>();
        services.AddSingleton<IPipelineStage, SearchStage>();
        services.AddHostedService<SearchRefresher>();
        return services;
    }
}
