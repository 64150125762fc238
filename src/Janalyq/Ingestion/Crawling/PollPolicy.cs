using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Crawling;

/// <summary>
/// When a listing is polled next. Success: busier listings more often (the interval halves when new entries
/// came, grows by half when none did), within [MinPollInterval, MaxPollInterval], never sooner than the server's
/// own hint (Cache-Control / Expires / RSS ttl / sy:updatePeriod), with ±10% jitter so listings drift apart.
/// Failure: exponential backoff with equal jitter, at least Retry-After; after ParkAfterFailures failures in a
/// row (or at once for 410 Gone and refused addresses) the circuit opens: the listing is parked with the reason
/// and only probed every ParkedProbeInterval; a successful poll closes it.
/// </summary>
public sealed class PollPolicy(IOptions<CrawlOptions> options, Func<double>? random = null)
{
    private readonly CrawlOptions _options = options.Value;
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    public FeedState Initial(string feedUrl, long? sourceId, DateTimeOffset now) => new()
    {
        FeedUrl = feedUrl,
        SourceId = sourceId,
        NextPollAt = now,
        PollInterval = _options.InitialPollInterval,
    };

    public FeedState AfterSuccess(FeedState state, PollSuccess success, DateTimeOffset now)
    {
        var interval = success.NewEntries > 0 ? state.PollInterval / 2 : state.PollInterval * 1.5;
        interval = Clamp(interval, _options.MinPollInterval, _options.MaxPollInterval);
        if (success.ServerHint is { } hint && hint > interval)
            interval = hint < _options.MaxPollInterval ? hint : _options.MaxPollInterval;
        return state with
        {
            PollInterval = interval,
            NextPollAt = now + interval * (0.9 + 0.2 * _random()),
            LastPolledAt = now,
            LastSuccessAt = now,
            ETag = success.ETag ?? (success.NotModified ? state.ETag : null),
            LastModified = success.LastModified ?? (success.NotModified ? state.LastModified : null),
            ErrorStreak = 0,
            LastError = null,
            ParkedAt = null,
            ParkedReason = null,
            MovedTo = success.MovedTo ?? state.MovedTo,
        };
    }

    public FeedState AfterFailure(FeedState state, string error, TimeSpan? retryAfter, bool permanent, DateTimeOffset now)
    {
        var streak = state.ErrorStreak + 1;
        var exponent = Math.Min(streak - 1, 30);
        var backoff = _options.BackoffBase * Math.Pow(2, exponent);
        if (backoff > _options.MaxBackoff) backoff = _options.MaxBackoff;
        var delay = backoff * (0.5 + 0.5 * _random());
        if (retryAfter is { } wait)
        {
            wait = wait < _options.MaxRetryAfter ? wait : _options.MaxRetryAfter;
            if (wait > delay) delay = wait;
        }
        var park = permanent || streak >= _options.ParkAfterFailures;
        if (park && _options.ParkedProbeInterval > delay) delay = _options.ParkedProbeInterval;
        return state with
        {
            ErrorStreak = streak,
            LastError = error,
            LastPolledAt = now,
            NextPollAt = now + delay,
            ParkedAt = park ? state.ParkedAt ?? now : state.ParkedAt,
            ParkedReason = park ? $"{streak} failure(s) in a row, last: {error}" : state.ParkedReason,
        };
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
}

/// <summary>What a successful poll tells the policy.</summary>
public sealed record PollSuccess(int NewEntries, bool NotModified, TimeSpan? ServerHint, string? ETag, string? LastModified, string? MovedTo = null);
