using System.Collections.Concurrent;
using System.Diagnostics;
using Janalyq.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Crawling;

/// <summary>Which listings a round polls.</summary>
public enum RoundScope
{
    /// <summary>Those whose next poll time has come (the background crawler).</summary>
    Due,
    /// <summary>Every listing, except parked ones whose probe is not yet due (`ingest --once`).</summary>
    All,
}

/// <summary>
/// One round: the listings of the given sources, polled concurrently (at most MaxConcurrentFeeds at once),
/// interleaved by host so that the first wave spreads over many hosts; the per-host limiter does the rest.
/// </summary>
public sealed class CrawlRound(
    FeedPoller poller,
    ICrawlStateRepository states,
    PollPolicy policy,
    IOptions<CrawlOptions> options,
    TimeProvider time,
    ILogger<CrawlRound> logger)
{
    public async Task<RoundReport> RunAsync(IReadOnlyList<Source> sources, RoundScope scope, IProgress<FeedReport>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var known = await states.ListFeedsAsync(cancellationToken);
        var now = time.GetUtcNow();
        var reports = new ConcurrentQueue<FeedReport>();
        var jobs = new List<(Source Source, SourceFeed Feed, FeedState State)>();
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources.Where(s => s.Enabled))
        {
            foreach (var feed in source.Feeds)
            {
                if (!urls.Add(feed.Url)) continue;
                if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                {
                    // The background crawler skips them quietly (the demo corpus's outlets have no web feeds); `ingest` reports them.
                    if (scope == RoundScope.Due) continue;
                    var bad = new FeedReport(source, feed) { Status = PollStatus.Failed, Error = "not an http(s) URL" };
                    reports.Enqueue(bad);
                    progress?.Report(bad);
                    continue;
                }
                var state = known.GetValueOrDefault(feed.Url) ?? policy.Initial(feed.Url, source.Id == 0 ? null : source.Id, now);
                var due = state.NextPollAt <= now;
                if (scope == RoundScope.Due && !due) continue;
                if (scope == RoundScope.All && state.IsParked && !due)
                {
                    var parked = new FeedReport(source, feed) { Status = PollStatus.Parked, Error = state.ParkedReason };
                    reports.Enqueue(parked);
                    progress?.Report(parked);
                    continue;
                }
                jobs.Add((source, feed, state));
            }
        }

        var ordered = jobs.GroupBy(j => new Uri(j.Feed.Url).IdnHost)
            .SelectMany(g => g.Select((job, index) => (job, index)))
            .OrderBy(x => x.index)
            .Select(x => x.job)
            .ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentFeeds, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(ordered, parallel, async (job, ct) =>
        {
            FeedReport report;
            try
            {
                report = await poller.PollAsync(job.Source, job.Feed, job.State, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Polling {Feed} failed", job.Feed.Url);
                report = new FeedReport(job.Source, job.Feed) { Status = PollStatus.Failed, Error = e.Message };
            }
            reports.Enqueue(report);
            progress?.Report(report);
        });
        return new RoundReport([.. reports], watch.Elapsed);
    }
}
