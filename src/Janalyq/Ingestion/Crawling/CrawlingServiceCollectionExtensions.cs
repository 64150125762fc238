using Janalyq.Fetching;
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
        services.AddOptions<CrawlOptions>().BindConfiguration(CrawlOptions.Section).ValidateDataAnnotations()
            .Validate(o => !o.Problems().Any(), "invalid Crawler options").ValidateOnStart();
        services.AddFetching();
        services.TryAddSingleton(sp => new PollPolicy(sp.GetRequiredService<IOptions<CrawlOptions>>()));
        services.TryAddSingleton<FeedPoller>();
        services.TryAddSingleton<FeedPreview>();
        services.TryAddSingleton<CrawlRound>();
        if (background) services.AddHostedService<CrawlerService>();
        return services;
    }

    /// <summary>Every problem in the crawler's options, for a clear message at start (the CLI prints these and exits as for bad configuration).</summary>
    public static IEnumerable<string> OptionProblems(IServiceProvider services) =>
        services.GetRequiredService<IOptions<FetchOptions>>().Value.Problems()
            .Concat(services.GetRequiredService<IOptions<PolitenessOptions>>().Value.Problems())
            .Concat(services.GetRequiredService<IOptions<CrawlOptions>>().Value.Problems());
}
