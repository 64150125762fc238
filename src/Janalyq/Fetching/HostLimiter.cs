using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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
/// Across processes (serve's crawler and a worker on one database) a host is sent requests by one process at a time:
/// before its first request the limiter claims the host's lease in the <see cref="IHostLeaseStore"/> (waiting while
/// another process holds it), renews it every third of <see cref="PolitenessOptions.HostLeaseDuration"/>, records the
/// host's last request time and interval with it, and lets the host go once it has been idle that long.
/// Time comes from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class HostLimiter : IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly PolitenessOptions _options;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _keeperLock = new();
    private readonly ILogger _logger;
    private Task? _keeper;
    private int _disposed;

    /// <summary>A limiter for this process alone (no shared leases).</summary>
    public HostLimiter(IOptions<PolitenessOptions> options, TimeProvider time)
        : this(options, time, new LocalHostLeaseStore(), new CrawlerIdentity(), NullLogger<HostLimiter>.Instance) { }

    public HostLimiter(IOptions<PolitenessOptions> options, TimeProvider time, IHostLeaseStore leases, CrawlerIdentity identity, ILogger<HostLimiter> logger)
    {
        _options = options.Value;
        Time = time;
        Leases = leases;
        Owner = identity.Owner;
        _logger = logger;
    }

    /// <summary>Raised as each request is sent (its answer's headers are in), with the first and last write times: for diagnostics and tests.</summary>
    public event EventHandler<SentRequest>? RequestSent;

    internal TimeProvider Time { get; }
    internal IHostLeaseStore Leases { get; }
    internal string Owner { get; }
    internal TimeSpan LeaseDuration => _options.HostLeaseDuration;
    internal ILogger Logger => _logger;

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

    internal void OnSent(SentRequest request) => RequestSent?.Invoke(this, request);

    /// <summary>Starts the loop that renews held host leases and lets idle hosts go (once, at the first claim).</summary>
    internal void KeepLeases()
    {
        lock (_keeperLock)
        {
            if (_keeper is not null || _stopping.IsCancellationRequested) return;
            var stopping = _stopping.Token;
            _keeper = Task.Run(() => KeepAsync(stopping), CancellationToken.None);
        }
    }

    private async Task KeepAsync(CancellationToken stopping)
    {
        var period = LeaseDuration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(period, Time, stopping);
                foreach (var gate in _gates.Values) await gate.KeepAsync(period, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped: DisposeAsync lets the held hosts go.
        }
    }

    private HostGate Gate(string host) =>
        _gates.GetOrAdd(host, h => new HostGate(this, h, _options.MaxInFlightPerHost, _options.MinIntervalPerHost));

    /// <summary>Stops renewing and lets every held host go, recording its last request for the next holder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stopping.CancelAsync();
        Task? keeper;
        lock (_keeperLock) keeper = _keeper;
        if (keeper is not null)
        {
            await keeper;
            foreach (var gate in _gates.Values) await gate.ReleaseAsync();
        }
        _stopping.Dispose();
    }

    /// <summary>Stops renewing; held host leases lapse at their expiry (use <see cref="DisposeAsync"/> to let them go at once).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stopping.Cancel();
        _stopping.Dispose();
    }
}

/// <summary>A request as its host saw it: the <see cref="TimeProvider.GetTimestamp"/> of its first and last write.</summary>
public sealed record SentRequest(string Host, long FirstWrite, long LastWrite);
