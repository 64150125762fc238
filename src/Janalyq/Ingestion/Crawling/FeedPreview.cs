using Janalyq.Fetching;
using Janalyq.Fetching.Robots;
using Janalyq.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Crawling;

/// <summary>
/// `sources test`: one poll of a listing by the crawler's own <see cref="FeedPoller"/>, limited to the listing's first
/// entry, into a throwaway store the caller gives (an intake and crawl state on a scratch database), so what the
/// preview shows is what the crawler would do, and the two cannot drift. Requests go through the real fetcher and
/// limiter (politeness and host leases included); robots.txt is read afresh and kept in memory only.
/// </summary>
public sealed class FeedPreview(
    Fetcher fetcher,
    HostLimiter limiter,
    PollPolicy policy,
    IOptions<CrawlOptions> crawl,
    IOptions<PolitenessOptions> politeness,
    IOptions<FetchOptions> fetch,
    TimeProvider time,
    ILoggerFactory loggers)
{
    /// <summary>The throwaway store: the intake, crawl state, articles and sources of a scratch database.</summary>
    public sealed record Scratch(IArticleIntake Intake, ICrawlStateRepository States, IArticleRepository Articles, ISourceRepository Sources);

    /// <summary>What one preview found: the poll's report, and what the intake made of the first entry (null when none was read).</summary>
    public sealed record Result(FeedReport Report, SeenEntry? First, Article? Article);

    public async Task<Result> RunAsync(Source source, SourceFeed feed, Scratch scratch, CancellationToken cancellationToken)
    {
        // The source goes into the scratch database too: its articles refer to it there, as they would in the real one.
        source = source with { Id = 0 };
        source = source with { Id = await scratch.Sources.SaveAsync(source, cancellationToken) };
        var robots = new RobotsCache(fetcher, limiter, new MemoryRobotsStore(), politeness, fetch, time);
        var poller = new FeedPoller(fetcher, robots, scratch.Intake, scratch.States, policy, crawl, politeness, time, loggers.CreateLogger<FeedPoller>());
        var report = await poller.PollAsync(source, feed, policy.Initial(feed.Url, source.Id, time.GetUtcNow()), cancellationToken, maxEntries: 1);
        if (report.Newest.Count == 0) return new Result(report, null, null);

        var canonical = Discovery.UrlCanonicalizer.Canonicalize(report.Newest[0].Url).AbsoluteUri;
        var first = (await scratch.States.FindEntriesAsync([canonical], cancellationToken)).GetValueOrDefault(canonical);
        var article = first?.ArticleId is { } id ? await scratch.Articles.GetAsync(id, cancellationToken) : null;
        return new Result(report, first, article);
    }
}
