using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Janalyq.Fetching;

/// <summary>
/// Per-host politeness, shared by every source on a host: at most <see cref="PolitenessOptions.MaxInFlightPerHost"/>
/// requests in flight and at least <see cref="PolitenessOptions.MinIntervalPerHost"/> between two starts, raised for a
/// host by its robots.txt Crawl-delay. A request "starts" when its first bytes go to the socket (the connection stream
/// tells the lease, see <see cref="StartSignallingStream"/>), not when the limiter lets it go: on a busy machine the two
/// can be tens of milliseconds apart, and the host sees the former. So one grant is outstanding per host at a time,
/// and the next waits for the previous request's real start plus the interval. Time comes from the injected
/// <see cref="TimeProvider"/>.
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
    internal sealed class HostGate(int maxInFlight, TimeSpan minInterval, TimeProvider time)
    {
        private readonly SemaphoreSlim _slots = new(maxInFlight, maxInFlight);
        private readonly SemaphoreSlim _starting = new(1, 1);
        private long _nextStart = long.MinValue;

        public TimeSpan MinInterval { get; set; } = minInterval;

        public async ValueTask<HostLease> AcquireAsync(CancellationToken cancellationToken)
        {
            await _slots.WaitAsync(cancellationToken);
            try
            {
                await _starting.WaitAsync(cancellationToken);
                try
                {
                    while (true)
                    {
                        var now = time.GetTimestamp();
                        var next = Volatile.Read(ref _nextStart);
                        if (now >= next) return new HostLease(this);
                        await Task.Delay(time.GetElapsedTime(now, next), time, cancellationToken);
                    }
                }
                catch
                {
                    _starting.Release();
                    throw;
                }
            }
            catch
            {
                _slots.Release();
                throw;
            }
        }

        /// <summary>The granted request has started: the next may start one interval from now.</summary>
        public long Started()
        {
            var now = time.GetTimestamp();
            Volatile.Write(ref _nextStart, now + (long)(MinInterval.TotalSeconds * time.TimestampFrequency));
            _starting.Release();
            return now;
        }

        public void Finished() => _slots.Release();
    }
}

/// <summary>
/// A granted request slot on one host. <see cref="MarkStarted"/> when the request's first bytes leave (the connection
/// stream does it through <see cref="Current"/>); disposing marks it started if nothing did, and frees the slot.
/// </summary>
public sealed class HostLease : IDisposable
{
    private readonly HostLimiter.HostGate _gate;
    private int _startPending = 1;
    private int _held = 1;

    internal HostLease(HostLimiter.HostGate gate) => _gate = gate;

    /// <summary>The lease of the request being sent on this async flow, for <see cref="StartSignallingStream"/>.</summary>
    public static AsyncLocal<HostLease?> Current { get; } = new();

    /// <summary>When the request started, as a <see cref="TimeProvider.GetTimestamp"/> value (0 until it has).</summary>
    public long StartedTimestamp { get; private set; }

    /// <summary>Records the start (once) and lets the host's next request wait its interval from now.</summary>
    public long MarkStarted()
    {
        if (Interlocked.Exchange(ref _startPending, 0) == 1) StartedTimestamp = _gate.Started();
        return StartedTimestamp;
    }

    public void Dispose()
    {
        MarkStarted();
        if (Interlocked.Exchange(ref _held, 0) == 1) _gate.Finished();
    }
}
