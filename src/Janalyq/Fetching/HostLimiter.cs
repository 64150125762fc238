using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Janalyq.Fetching;

/// <summary>
/// Per-host politeness, shared by every source on a host: at most <see cref="PolitenessOptions.MaxInFlightPerHost"/>
/// requests in flight and at least <see cref="PolitenessOptions.MinIntervalPerHost"/> between two starts, raised for a
/// host by its robots.txt Crawl-delay. Starts are measured where the host sees them: the connection stream marks the
/// lease on every write (<see cref="StartSignallingStream"/>), and one request per host is "being sent" at a time, from
/// its grant until its answer's headers arrive (a retry on a fresh connection included), so the next request to the
/// host waits for the interval after the previous request's last byte. On a busy machine the grant and the write can be
/// tens of milliseconds apart; counting from the grant let the host see requests closer than the interval.
/// Time comes from the injected <see cref="TimeProvider"/>.
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

        /// <summary>The request being sent wrote bytes: the next may start no sooner than one interval from now.</summary>
        public long Wrote()
        {
            var now = time.GetTimestamp();
            Volatile.Write(ref _nextStart, now + (long)(MinInterval.TotalSeconds * time.TimestampFrequency));
            return now;
        }

        /// <summary>The request is sent (its answer's headers are in): the next may be granted once its interval has passed.</summary>
        public void Sent() => _starting.Release();

        public void Finished() => _slots.Release();
    }
}

/// <summary>
/// A granted request slot on one host. The connection stream calls <see cref="MarkStarted"/> on every write (through
/// <see cref="Current"/>); the fetcher calls <see cref="MarkSent"/> when the answer's headers are in; disposing does
/// whatever was not done and frees the slot.
/// </summary>
public sealed class HostLease : IDisposable
{
    private readonly HostLimiter.HostGate _gate;
    private int _sendPending = 1;
    private int _held = 1;

    internal HostLease(HostLimiter.HostGate gate) => _gate = gate;

    /// <summary>The lease of the request being sent on this async flow, for <see cref="StartSignallingStream"/>.</summary>
    public static AsyncLocal<HostLease?> Current { get; } = new();

    /// <summary>When the request's first bytes were written, as a <see cref="TimeProvider.GetTimestamp"/> value (0 until then).</summary>
    public long StartedTimestamp { get; private set; }

    /// <summary>Bytes of the request are being written now: the host's next request waits its interval from here.</summary>
    public long MarkStarted()
    {
        if (Volatile.Read(ref _sendPending) == 0) return StartedTimestamp;
        var now = _gate.Wrote();
        if (StartedTimestamp == 0) StartedTimestamp = now;
        return StartedTimestamp;
    }

    /// <summary>The request is sent; the host's next request may be granted after its interval.</summary>
    public void MarkSent()
    {
        if (StartedTimestamp == 0) MarkStarted();
        if (Interlocked.Exchange(ref _sendPending, 0) == 1) _gate.Sent();
    }

    public void Dispose()
    {
        MarkSent();
        if (Interlocked.Exchange(ref _held, 0) == 1) _gate.Finished();
    }
}
