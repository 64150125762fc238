using Janalyq.Fetching;
using Janalyq.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Crawling;

public static class CrawlingServiceCollectionExtensions
{
    /// <summary>
    /// The crawler: fetching (named HttpClient, limiter, robots), polling policy,
    /// poller and round. Needs AddStorage (the crawl state and robots store) and AddIngestion (the intake). <paramref name="background"/> adds the
    /// background service (serve, worker).
    /// </summary>
    public static IServiceCollection AddCrawling(this IServiceCollection services, bool background)
    {
        services.AddSettings<CrawlOptions>(CrawlOptions.Section);
        services.AddFetching();
        services.TryAddSingleton(sp => new PollPolicy(sp.GetRequiredService<IOptions<CrawlOptions>>()));
        services.TryAddSingleton<FeedPoller>();
        services.TryAddSingleton<FeedPreview>();
        services.TryAddSingleton<CrawlRound>();
        if (background) services.AddHostedService<CrawlerService>();
        return services;
    }
}
