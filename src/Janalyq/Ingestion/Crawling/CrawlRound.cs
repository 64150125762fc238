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
/// The round first claims its listings in the database (a lease renewed while it polls, let go after each poll), so
/// that another crawler process on the same database polls none of them meanwhile: those another process holds are
/// reported <see cref="PollStatus.Busy"/> and left to it.
/// </summary>
public sealed class CrawlRound(
    FeedPoller poller,
    ICrawlStateRepository states,
    PollPolicy policy,
    Fetching.CrawlerIdentity identity,
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

        var lease = options.Value.LeaseDuration;
        var claimed = await states.ClaimFeedsAsync([.. jobs.Select(j => j.State)], identity.Owner, now, now + lease, scope == RoundScope.Due, cancellationToken);
        if (claimed.Count < jobs.Count)
        {
            foreach (var job in jobs.Where(j => !claimed.Contains(j.Feed.Url)))
            {
                // Due elsewhere too: another process claimed it first (and may have polled it since the list was read).
                var busy = new FeedReport(job.Source, job.Feed) { Status = PollStatus.Busy, Error = "being polled by another crawler process" };
                reports.Enqueue(busy);
                if (scope == RoundScope.All) progress?.Report(busy);
            }
        }
        // What another process stored since the list was read (validators, next poll) is what this poll starts from.
        var fresh = claimed.Count > 0 ? await states.ListFeedsAsync(cancellationToken) : known;
        jobs = [.. jobs.Where(j => claimed.Contains(j.Feed.Url)).Select(j => j with { State = fresh.GetValueOrDefault(j.Feed.Url) ?? j.State })];

        var ordered = jobs.GroupBy(j => new Uri(j.Feed.Url).IdnHost)
            .SelectMany(g => g.Select((job, index) => (job, index)))
            .OrderBy(x => x.index)
            .Select(x => x.job)
            .ToList();
        using var polling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = ordered.Count > 0 ? RenewAsync(lease, polling.Token) : Task.CompletedTask;
        try
        {
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
                finally
                {
                    await ReleaseAsync(job.Feed.Url);
                }
                reports.Enqueue(report);
                progress?.Report(report);
            });
        }
        finally
        {
            await polling.CancelAsync();
            await renewal;
        }
        return new RoundReport([.. reports], watch.Elapsed);
    }

    /// <summary>Keeps the round's listings claimed while it polls them.</summary>
    private async Task RenewAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(lease / 3, time, cancellationToken);
                await states.RenewFeedLeasesAsync(identity.Owner, time.GetUtcNow() + lease, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Renewing the leases on listings failed; trying again");
            }
        }
    }

    /// <summary>After a poll, stopped or not: another process may take the listing at once (its next poll time decides when).</summary>
    private async Task ReleaseAsync(string feedUrl)
    {
        try
        {
            await states.ReleaseFeedAsync(feedUrl, identity.Owner, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Letting listing {Feed} go failed; its lease lapses at its expiry", feedUrl);
        }
    }
}
