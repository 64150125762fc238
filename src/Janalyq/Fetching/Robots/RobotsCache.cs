using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Options;

namespace Janalyq.Fetching.Robots;

/// <summary>
/// Answers "may this article page be fetched?" from each origin's robots.txt, fetched once per
/// <see cref="PolitenessOptions.RobotsCacheDuration"/> through the same fetcher (and so the same limiter and guard),
/// kept in memory and in the <see cref="IRobotsStore"/>. Its Crawl-delay raises the host's interval.
/// 2xx: rules apply; 4xx: everything allowed; 5xx, timeouts and network errors: nothing allowed until
/// <see cref="PolitenessOptions.RobotsErrorRetry"/> has passed (RFC 9309's "assume complete disallow"), reported as
/// "robots.txt unavailable (503)", not as a disallow.
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

    public async ValueTask<bool> IsAllowedAsync(Uri url, CancellationToken cancellationToken) =>
        (await PermissionAsync(url, cancellationToken)).IsGranted;

    /// <summary>For <see cref="FetchRequest.MayFetch"/>: granted, or refused with the reason (disallowed, or robots.txt unavailable).</summary>
    public async ValueTask<FetchPermission> PermissionAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!_options.HonourRobotsTxt) return FetchPermission.Granted;
        var rules = await RulesAsync(url, cancellationToken);
        if (rules.IsAllowed(url)) return FetchPermission.Granted;
        return FetchPermission.Refused(rules.Unavailable ?? $"robots.txt disallows {url.PathAndQuery}");
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
                : record.Allowed ? RobotsTxt.AllowAll : RobotsTxt.UnavailableFor(UnavailableReason(record));
            limiter.ApplyCrawlDelay(url, rules.CrawlDelay);
            _memory[origin] = (rules, record.ExpiresAt);
            return rules;
        }
        finally
        {
            gate.Release();
        }
    }

    private static string UnavailableReason(RobotsRecord record) =>
        $"robots.txt unavailable ({(record.StatusCode is { } status ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no answer")}): " +
        $"treated as disallow, retried after {record.ExpiresAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC";

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
