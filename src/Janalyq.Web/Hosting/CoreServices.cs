using Janalyq.Categories;
using Janalyq.Extraction;
using Janalyq.Fetching;
using Janalyq.Ingestion;
using Janalyq.Pipeline;
using Janalyq.Ranking;
using Janalyq.Search;
using Janalyq.Ingestion.Crawling;
using Janalyq.Settings;
using Janalyq.Storage;
using Janalyq.Understanding;
using Janalyq.Web.Site;

namespace Janalyq.Web.Hosting;

public static class CoreServices
{
    /// <summary>
    /// The engine every verb needs: storage, extraction, intake, and the pipeline's background service, which runs only
    /// in hosts that are started (`serve`, `worker`); the other verbs use the services without starting the host.
    /// Every verb also checks every setting, the crawler's and the site's included (they share one configuration), when
    /// the host is built: a bad one stops the verb before it touches the data folder (<see cref="SettingsCheckedServiceProviderFactory"/>).
    /// </summary>
    public static IHostApplicationBuilder AddJanalyqCore(this IHostApplicationBuilder builder)
    {
        builder.ConfigureContainer(new SettingsCheckedServiceProviderFactory(builder.Environment.IsDevelopment()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddExtraction(builder.Configuration);
        builder.Services.AddIngestion(builder.Configuration);
        builder.Services.AddPipeline(builder.Configuration, background: true);
        builder.Services.AddUnderstanding(builder.Configuration);
        builder.Services.AddSearch(builder.Configuration);
        builder.Services.AddSettings<DemoOptions>(DemoOptions.Section, builder.Configuration);
        builder.Services.AddSettings<CrawlOptions>(CrawlOptions.Section, builder.Configuration);
        builder.Services.AddSettings<FetchOptions>(FetchOptions.Section, builder.Configuration);
        builder.Services.AddSettings<PolitenessOptions>(PolitenessOptions.Section, builder.Configuration);
        builder.Services.AddSettings<SiteOptions>(SiteOptions.Section, builder.Configuration);
        builder.Services.AddRanking(builder.Configuration);
        return builder;
    }
}
