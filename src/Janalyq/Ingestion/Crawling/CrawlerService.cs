using Janalyq.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Crawling;

/// <summary>
/// The crawler as a background service (inside `serve`, or alone as `./janalyq worker`): runs a round of the
/// listings that are due, then sleeps until the next one is due (at most IdleDelay, so new sources are noticed).
/// </summary>
public sealed class CrawlerService(
    CrawlRound round,
    ISourceRepository sources,
    ICrawlStateRepository states,
    IOptions<CrawlOptions> options,
    TimeProvider time,
    ILogger<CrawlerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Crawler disabled (Crawler:Enabled = false)");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = options.Value.IdleDelay;
            try
            {
                var report = await round.RunAsync(await sources.ListAsync(stoppingToken), RoundScope.Due, null, stoppingToken);
                var polled = report.Feeds.Count(f => f.Status != PollStatus.Busy);
                if (polled > 0)
                    logger.LogInformation("Crawl round: {Feeds} listings, {New} new, {Updated} updated, {Failed} failed entries, {FailedFeeds} failed listings in {Elapsed}",
                        polled, report.New, report.Updated, report.Failed, report.FailedFeeds, report.Elapsed);
                // Listings another process is polling are its business until the next IdleDelay, not a reason to wake each second.
                var busy = report.Feeds.Where(f => f.Status == PollStatus.Busy).Select(f => f.Feed.Url).ToHashSet(StringComparer.Ordinal);
                var next = (await states.ListFeedsAsync(stoppingToken)).Values.Where(s => !busy.Contains(s.FeedUrl)).Select(s => (DateTimeOffset?)s.NextPollAt).Min();
                if (next is { } due)
                {
                    var untilDue = due - time.GetUtcNow();
                    delay = untilDue < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : untilDue < delay ? untilDue : delay;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Crawl round failed; trying again in {Delay}", delay);
            }
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
