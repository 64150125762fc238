using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Options;

namespace Janalyq.Fetching.Robots;

/// <summary>
/// Answers "may this article page be fetched?" from each origin's robots.txt, fetched once per
/// <see cref="PolitenessOptions.RobotsCacheDuration"/> through the same fetcher (and so the same limiter and guard),
/// kept in memory and in the <see cref="IRobotsStore"/>. Its Crawl-delay raises the host's interval.
/// 2xx: rules apply; 4xx: everything allowed; 5xx, timeouts and network errors: nothing allowed until
/// <see cref="PolitenessOptions.RobotsErrorRetry"/> has passed.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "SemaphoreSlim without a wait handle holds no unmanaged resource.")]
public sealed class RobotsCache(
    Fetcher fetcher,
    HostLimiter limiter,
    IRobotsStore store,
    IOptions<PolitenessOptions> politeness,
    IOptions<FetchOptions> fetch,
    TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (RobotsTxt Rules, DateTimeOffset Expires)> _memory = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _refreshing = new();
    private readonly PolitenessOptions _options = politeness.Value;

    public async ValueTask<bool> IsAllowedAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!_options.HonourRobotsTxt) return true;
        var rules = await RulesAsync(url, cancellationToken);
        return rules.IsAllowed(url);
    }

    public async ValueTask<RobotsTxt> RulesAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        if (_memory.TryGetValue(origin, out var cached) && cached.Expires > time.GetUtcNow()) return cached.Rules;

        var gate = _refreshing.GetOrAdd(origin, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (_memory.TryGetValue(origin, out cached) && cached.Expires > now) return cached.Rules;
            var record = await store.GetAsync(origin, cancellationToken);
            if (record is null || record.ExpiresAt <= now)
            {
                record = await FetchAsync(origin, cancellationToken);
                await store.SaveAsync(record, cancellationToken);
            }
            var rules = record.Body is { } body
                ? RobotsTxt.Parse(body, fetch.Value.UserAgent)
                : record.Allowed ? RobotsTxt.AllowAll : RobotsTxt.DisallowAll;
            limiter.ApplyCrawlDelay(url, rules.CrawlDelay);
            _memory[origin] = (rules, record.ExpiresAt);
            return rules;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<RobotsRecord> FetchAsync(string origin, CancellationToken cancellationToken)
    {
        var response = await fetcher.FetchAsync(
            new FetchRequest(new Uri(origin + "/robots.txt")) { Accept = "text/plain,*/*;q=0.5" }, cancellationToken);
        var now = time.GetUtcNow();
        return response switch
        {
            { Outcome: FetchOutcome.Ok } => new(origin, now, now + _options.RobotsCacheDuration, response.StatusCode,
                Encoding.UTF8.GetString(response.Body.Span), true),
            { Outcome: FetchOutcome.HttpError, StatusCode: >= 400 and < 500 } =>
                new(origin, now, now + _options.RobotsCacheDuration, response.StatusCode, null, true),
            _ => new(origin, now, now + _options.RobotsErrorRetry, response.StatusCode, null, false),
        };
    }
}
