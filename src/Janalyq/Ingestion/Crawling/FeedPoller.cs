using System.Diagnostics;
using Janalyq.Discovery;
using Janalyq.Extraction;
using Janalyq.Fetching;
using Janalyq.Fetching.Robots;
using Janalyq.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Crawling;

/// <summary>
/// Polls one listing: conditional GET, parse, then for each entry not seen before (or changed) fetch its page
/// (robots.txt honoured) and hand it to the intake; when the page cannot be had, the listing's own text is
/// stored instead, marked so, and the page is tried again on later polls. Each entry is recorded right after its
/// article is committed, and the listing's validators only after every entry is done, so a kill at any point
/// loses nothing and the next run neither duplicates nor skips.
/// </summary>
public sealed class FeedPoller(
    Fetcher fetcher,
    RobotsCache robots,
    IArticleIntake intake,
    ICrawlStateRepository states,
    PollPolicy policy,
    IOptions<CrawlOptions> crawlOptions,
    IOptions<PolitenessOptions> politeness,
    TimeProvider time,
    ILogger<FeedPoller> logger)
{
    private const string ListingAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";
    private readonly CrawlOptions _options = crawlOptions.Value;

    /// <param name="maxEntries">Entries processed at most (default <see cref="CrawlOptions.MaxEntriesPerPoll"/>); `sources test` previews one.</param>
    public async Task<FeedReport> PollAsync(Source source, SourceFeed feed, FeedState state, CancellationToken cancellationToken, int? maxEntries = null)
    {
        var report = new FeedReport(source, feed);
        var watch = Stopwatch.StartNew();
        var listingUrl = new Uri(feed.Url);
        var response = await fetcher.FetchAsync(
            new FetchRequest(listingUrl) { ETag = state.ETag, LastModified = state.LastModified, Accept = ListingAccept }, cancellationToken);

        if (response.Outcome == FetchOutcome.NotModified)
        {
            report.Status = PollStatus.NotModified;
            await SaveAsync(policy.AfterSuccess(state, new PollSuccess(0, true, response.Freshness, response.ETag, response.LastModified), time.GetUtcNow()), report, watch, cancellationToken);
            return report;
        }
        if (!response.IsSuccess)
        {
            var permanent = response.Outcome == FetchOutcome.Blocked || response.StatusCode == 410;
            return await FailAsync(state, report, response.Error ?? response.Outcome.ToString(), response.RetryAfter, permanent, watch, cancellationToken);
        }

        var context = new ListingContext(response.FinalUrl, ListingContext.ZoneOrDefault(source.TimeZone), LinkPattern(feed));
        FeedDocument document;
        try
        {
            document = ListingParser.Parse(response.Body, response.ContentType, context);
            if (document.Format == ListingFormat.SitemapIndex) document = await ReadChildSitemapsAsync(document, context, cancellationToken);
        }
        catch (FeedFormatException e)
        {
            return await FailAsync(state, report, "unreadable listing: " + e.Message, null, false, watch, cancellationToken);
        }

        report.Format = document.Format;
        report.Listed = document.Entries.Count;
        report.Newest = [.. document.Entries.Take(3)];
        await ProcessEntriesAsync(source, feed, document, report, maxEntries ?? _options.MaxEntriesPerPoll, cancellationToken);
        var hint = Max(response.Freshness, document.UpdateInterval);
        var success = new PollSuccess(report.New, false, hint, response.ETag, response.LastModified,
            response.MovedPermanently ? response.FinalUrl.AbsoluteUri : null);
        await SaveAsync(policy.AfterSuccess(state, success, time.GetUtcNow()), report, watch, cancellationToken);
        return report;
    }

    private async Task ProcessEntriesAsync(Source source, SourceFeed feed, FeedDocument document, FeedReport report, int maxEntries, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, FeedEntry>(StringComparer.Ordinal);
        foreach (var entry in document.Entries.Take(maxEntries))
            entries.TryAdd(UrlCanonicalizer.Canonicalize(entry.Url).AbsoluteUri, entry);
        report.Entries = entries.Count;

        var seen = await states.FindEntriesAsync(entries.Keys, cancellationToken);
        var unchanged = new List<string>();
        var work = new List<(string Canonical, FeedEntry Entry, SeenEntry? Seen)>();
        foreach (var (canonical, entry) in entries)
        {
            seen.TryGetValue(canonical, out var known);
            var settled = known is not null && known.Fingerprint == entry.Fingerprint
                && (known.State is EntryState.Page or EntryState.Rejected || known.PageAttempts >= _options.MaxPageAttempts);
            if (settled) unchanged.Add(canonical);
            else work.Add((canonical, entry, known));
        }
        report.CountUnchanged(unchanged.Count);
        await states.TouchEntriesAsync(unchanged, time.GetUtcNow(), cancellationToken);

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = politeness.Value.MaxInFlightPerHost, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(work, parallel, async (item, ct) =>
        {
            try
            {
                await ProcessEntryAsync(source, feed, item.Canonical, item.Entry, item.Seen, report, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Entry {Url} of {Feed} failed", item.Entry.Url, feed.Url);
                report.Fail($"{item.Entry.Url}: {e.Message}");
            }
        });
    }

    private async Task ProcessEntryAsync(Source source, SourceFeed feed, string canonical, FeedEntry entry, SeenEntry? known, FeedReport report, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchAsync(new FetchRequest(entry.Url) { MayFetch = robots.PermissionAsync }, cancellationToken);
        var now = time.GetUtcNow();
        var record = new SeenEntry
        {
            CanonicalUrl = canonical,
            FeedUrl = feed.Url,
            Fingerprint = entry.Fingerprint,
            State = EntryState.Page,
            ArticleId = known?.ArticleId,
            PageAttempts = (known?.PageAttempts ?? 0) + 1,
            FirstSeenAt = known?.FirstSeenAt ?? now,
            LastSeenAt = now,
        };

        if (page.IsSuccess)
        {
            // The intake takes the page's URL as its identity when the page declares no rel=canonical, so it gets the
            // canonicalized address (tracking parameters, AMP and mobile variants folded): one article per canonical URL.
            var pageUrl = UrlCanonicalizer.Canonicalize(page.FinalUrl);
            var result = await intake.AcceptAsync(new RawPage(page.Body, pageUrl, page.ContentType, page.FetchedAt, source.TimeZone), source, null, cancellationToken);
            if (result.Stored)
            {
                report.Count(result.Outcome!.Value, fromFeed: false);
                await states.SaveEntryAsync(record with { ArticleId = result.ArticleId, PageAttempts = 0 }, cancellationToken);
            }
            else
            {
                report.Fail($"{entry.Url}: not stored ({result.RejectedBecause})");
                await states.SaveEntryAsync(record with { State = EntryState.Rejected, LastError = result.RejectedBecause }, cancellationToken);
            }
            return;
        }

        var why = page.Error ?? page.Outcome.ToString();
        if (FeedEntryPage.HasText(entry))
        {
            var fallback = await intake.AcceptAsync(FeedEntryPage.Build(entry, new Uri(canonical), source, now), source, new IntakeOptions(Origin: ContentOrigin.Feed), cancellationToken);
            if (fallback.Stored)
            {
                report.Count(fallback.Outcome!.Value, fromFeed: true);
                await states.SaveEntryAsync(record with { State = EntryState.Feed, ArticleId = fallback.ArticleId, LastError = why }, cancellationToken);
                return;
            }
            why += $"; listing text not stored either ({fallback.RejectedBecause})";
        }
        report.Fail($"{entry.Url}: {why}");
        await states.SaveEntryAsync(record with { State = EntryState.Failed, LastError = why }, cancellationToken);
    }

    private async Task<FeedDocument> ReadChildSitemapsAsync(FeedDocument index, ListingContext context, CancellationToken cancellationToken)
    {
        var entries = new List<FeedEntry>();
        foreach (var child in index.ChildListings.Take(_options.MaxChildSitemaps))
        {
            var response = await fetcher.FetchAsync(new FetchRequest(child) { Accept = ListingAccept }, cancellationToken);
            if (!response.IsSuccess) continue;
            var document = ListingParser.Parse(response.Body, response.ContentType, context with { Url = response.FinalUrl });
            entries.AddRange(document.Entries);
        }
        return index with { Format = ListingFormat.Sitemap, Entries = entries };
    }

    private async Task<FeedReport> FailAsync(FeedState state, FeedReport report, string error, TimeSpan? retryAfter, bool permanent, Stopwatch watch, CancellationToken cancellationToken)
    {
        var next = policy.AfterFailure(state, error, retryAfter, permanent, time.GetUtcNow());
        report.Status = next.IsParked ? PollStatus.Parked : PollStatus.Failed;
        report.Error = error;
        await SaveAsync(next, report, watch, cancellationToken);
        return report;
    }

    private async Task SaveAsync(FeedState next, FeedReport report, Stopwatch watch, CancellationToken cancellationToken)
    {
        await states.SaveFeedAsync(next, cancellationToken);
        report.Elapsed = watch.Elapsed;
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    /// <summary>A section page's link pattern, with a match timeout (the pattern comes from configuration).</summary>
    private static System.Text.RegularExpressions.Regex? LinkPattern(SourceFeed feed) =>
        feed.LinkPattern is null ? null : new System.Text.RegularExpressions.Regex(feed.LinkPattern,
            System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100));
}
