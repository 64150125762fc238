using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Janalyq.Fetching;

/// <summary>
/// Per-host politeness, shared by every source on a host: at most <see cref="PolitenessOptions.MaxInFlightPerHost"/>
/// requests in flight and at least <see cref="PolitenessOptions.MinIntervalPerHost"/> between two starts,
/// raised for a host by its robots.txt Crawl-delay. Time comes from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class HostLimiter(IOptions<PolitenessOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly PolitenessOptions _options = options.Value;

    /// <summary>Waits for a slot on the URL's host and for its interval to pass; dispose the lease when the response is read.</summary>
    public ValueTask<HostLease> AcquireAsync(Uri url, CancellationToken cancellationToken) =>
        Gate(HostKey(url)).AcquireAsync(cancellationToken);

    /// <summary>Raises the host's interval to its Crawl-delay (capped by <see cref="PolitenessOptions.MaxCrawlDelay"/>); never lowers it below the configured one.</summary>
    public void ApplyCrawlDelay(Uri url, TimeSpan? crawlDelay)
    {
        var delay = crawlDelay is { } d ? (d > _options.MaxCrawlDelay ? _options.MaxCrawlDelay : d) : TimeSpan.Zero;
        Gate(HostKey(url)).MinInterval = delay > _options.MinIntervalPerHost ? delay : _options.MinIntervalPerHost;
    }

    /// <summary>The interval now in force for the URL's host.</summary>
    public TimeSpan IntervalFor(Uri url) => Gate(HostKey(url)).MinInterval;

    /// <summary>Politeness is per host name, whatever the scheme or port.</summary>
    public static string HostKey(Uri url) => url.IdnHost;

    private HostGate Gate(string host) =>
        _gates.GetOrAdd(host, _ => new HostGate(_options.MaxInFlightPerHost, _options.MinIntervalPerHost, time));

    // SemaphoreSlim needs no disposal unless its AvailableWaitHandle is used; gates live as long as the limiter.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "SemaphoreSlim without a wait handle holds no unmanaged resource.")]
    private sealed class HostGate(int maxInFlight, TimeSpan minInterval, TimeProvider time)
    {
        private readonly SemaphoreSlim _slots = new(maxInFlight, maxInFlight);
        private readonly Lock _lock = new();
        private long _nextStart = long.MinValue;

        public TimeSpan MinInterval { get; set; } = minInterval;

        public async ValueTask<HostLease> AcquireAsync(CancellationToken cancellationToken)
        {
            await _slots.WaitAsync(cancellationToken);
            try
            {
                while (true)
                {
                    TimeSpan wait;
                    lock (_lock)
                    {
                        var now = time.GetTimestamp();
                        if (now >= _nextStart)
                        {
                            _nextStart = now + (long)(MinInterval.TotalSeconds * time.TimestampFrequency);
                            return new HostLease(_slots, now);
                        }
                        wait = time.GetElapsedTime(now, _nextStart);
                    }
                    await Task.Delay(wait, time, cancellationToken);
                }
            }
            catch
            {
                _slots.Release();
                throw;
            }
        }
    }
}

/// <summary>A granted request slot on one host; disposing it frees the slot.</summary>
public sealed class HostLease : IDisposable
{
    private SemaphoreSlim? _slots;

    internal HostLease(SemaphoreSlim slots, long startedTimestamp)
    {
        _slots = slots;
        StartedTimestamp = startedTimestamp;
    }

    /// <summary>When the limiter let the request start, as a <see cref="TimeProvider.GetTimestamp"/> value.</summary>
    public long StartedTimestamp { get; }

    public void Dispose() => Interlocked.Exchange(ref _slots, null)?.Release();
}
