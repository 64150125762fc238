namespace Janalyq.Fetching;

/// <summary>
/// A granted request slot on one host. The connection stream calls <see cref="MarkStarted"/> on every write (through
/// <see cref="Current"/>); the fetcher calls <see cref="MarkSent"/> when the answer's headers are in; disposing does
/// whatever was not done and frees the slot.
/// </summary>
public sealed class HostLease : IDisposable
{
    private readonly HostGate _gate;
    private int _sendPending = 1;
    private int _held = 1;

    internal HostLease(HostGate gate) => _gate = gate;

    /// <summary>The lease of the request being sent on this async flow, for <see cref="StartSignallingStream"/>.</summary>
    public static AsyncLocal<HostLease?> Current { get; } = new();

    /// <summary>When the request's first bytes were written, as a <see cref="TimeProvider.GetTimestamp"/> value (0 until then).</summary>
    public long StartedTimestamp { get; private set; }

    /// <summary>When the request's last bytes were written (the host's next request counts its interval from here).</summary>
    public long LastWriteTimestamp { get; private set; }

    /// <summary>Bytes of the request are being written now: the host's next request waits its interval from here.</summary>
    public long MarkStarted()
    {
        if (Volatile.Read(ref _sendPending) == 0) return StartedTimestamp;
        var now = _gate.Wrote();
        LastWriteTimestamp = now;
        if (StartedTimestamp == 0) StartedTimestamp = now;
        return StartedTimestamp;
    }

    /// <summary>The request is sent; the host's next request may be granted after its interval.</summary>
    public void MarkSent()
    {
        if (StartedTimestamp == 0) MarkStarted();
        if (Interlocked.Exchange(ref _sendPending, 0) == 1) _gate.Sent(this);
    }

    public void Dispose()
    {
        MarkSent();
        if (Interlocked.Exchange(ref _held, 0) == 1) _gate.Finished();
    }
}
