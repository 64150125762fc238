using Microsoft.Extensions.Logging;

namespace Janalyq.Fetching;

/// <summary>
/// One host's slots, its "one request being sent at a time" gate, its next allowed start, and (across processes) its
/// lease: claimed before the first request, renewed by the limiter's keeper, let go once idle.
/// </summary>
// SemaphoreSlim needs no disposal unless its AvailableWaitHandle is used; gates live as long as the limiter.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "SemaphoreSlim without a wait handle holds no unmanaged resource.")]
internal sealed class HostGate(HostLimiter limiter, string host, int maxInFlight, TimeSpan minInterval)
{
    private readonly SemaphoreSlim _slots = new(maxInFlight, maxInFlight);
    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly SemaphoreSlim _leaseLock = new(1, 1);
    private readonly TimeProvider _time = limiter.Time;
    private long _nextStart = long.MinValue;
    private long _lastWrite;
    private bool _wrote;
    private int _active;
    private long _idleSince;
    private bool _held;

    public string Host { get; } = host;

    public TimeSpan MinInterval { get; set; } = minInterval;

    public async ValueTask<HostLease> AcquireAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _active);
        try
        {
            await _slots.WaitAsync(cancellationToken);
            try
            {
                await _starting.WaitAsync(cancellationToken);
                try
                {
                    if (limiter.Leases.IsShared) await HoldLeaseAsync(cancellationToken);
                    while (true)
                    {
                        var now = _time.GetTimestamp();
                        var next = Volatile.Read(ref _nextStart);
                        if (now >= next) return new HostLease(this);
                        await Task.Delay(_time.GetElapsedTime(now, next), _time, cancellationToken);
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
        catch
        {
            Left();
            throw;
        }
    }

    /// <summary>The request being sent wrote bytes: the next may start no sooner than one interval from now.</summary>
    public long Wrote()
    {
        var now = _time.GetTimestamp();
        Volatile.Write(ref _lastWrite, now);
        Volatile.Write(ref _wrote, true);
        Volatile.Write(ref _nextStart, now + (long)(MinInterval.TotalSeconds * _time.TimestampFrequency));
        return now;
    }

    /// <summary>The request is sent (its answer's headers are in): the next may be granted once its interval has passed.</summary>
    public void Sent(HostLease lease)
    {
        _starting.Release();
        limiter.OnSent(new SentRequest(Host, lease.StartedTimestamp, lease.LastWriteTimestamp));
    }

    public void Finished()
    {
        _slots.Release();
        Left();
    }

    private void Left()
    {
        if (Interlocked.Decrement(ref _active) == 0) Volatile.Write(ref _idleSince, _time.GetTimestamp());
    }

    /// <summary>Claims the host's lease unless this process holds it; waits while another process does.</summary>
    private async ValueTask HoldLeaseAsync(CancellationToken cancellationToken)
    {
        // Taken even when held: the keeper lets an idle host go under this lock, and this request is counted active.
        await _leaseLock.WaitAsync(cancellationToken);
        try
        {
            var retry = limiter.LeaseDuration / 6;
            while (!_held)
            {
                var now = _time.GetUtcNow();
                var claim = await limiter.Leases.ClaimAsync(Host, limiter.Owner, now, now + limiter.LeaseDuration, cancellationToken);
                if (claim.Granted)
                {
                    _held = true;
                    TakeOver(claim.Previous);
                    limiter.KeepLeases();
                    break;
                }
                var wait = (claim.HeldUntil ?? now) - _time.GetUtcNow();
                wait = wait > retry ? retry : wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait;
                await Task.Delay(wait, _time, cancellationToken);
            }
        }
        finally
        {
            _leaseLock.Release();
        }
    }

    /// <summary>The previous holder's last request and interval: the next start waits for it, and its interval is kept when longer.</summary>
    private void TakeOver(HostHandover? previous)
    {
        if (previous is null) return;
        if (previous.Interval > MinInterval) MinInterval = previous.Interval;
        if (previous.LastRequestAt is not { } last) return;
        var untilDue = last + MinInterval - _time.GetUtcNow();
        if (untilDue <= TimeSpan.Zero) return;
        var next = _time.GetTimestamp() + (long)Math.Ceiling(untilDue.TotalSeconds * _time.TimestampFrequency);
        if (next > Volatile.Read(ref _nextStart)) Volatile.Write(ref _nextStart, next);
    }

    /// <summary>What goes with the lease: when this process last wrote to the host (as a UTC time), and the interval.</summary>
    private HostHandover State()
    {
        if (!Volatile.Read(ref _wrote)) return new HostHandover(null, MinInterval);
        // Elapsed first, then the wall clock: a pause between the two reads makes the recorded time later, never earlier.
        var elapsed = _time.GetElapsedTime(Volatile.Read(ref _lastWrite));
        return new HostHandover(_time.GetUtcNow() - elapsed, MinInterval);
    }

    /// <summary>The keeper's turn: lets the host go when it has been idle for <paramref name="idleFor"/>, else renews the lease.</summary>
    public async Task KeepAsync(TimeSpan idleFor, CancellationToken cancellationToken)
    {
        // A gate busy claiming is not held; the keeper must not wait behind a claim that waits for another process.
        if (!await _leaseLock.WaitAsync(0, cancellationToken)) return;
        try
        {
            if (!_held) return;
            var state = State();
            if (Volatile.Read(ref _active) == 0 && _time.GetElapsedTime(Volatile.Read(ref _idleSince)) >= idleFor)
            {
                await limiter.Leases.ReleaseAsync(Host, limiter.Owner, state, cancellationToken);
                _held = false;
                return;
            }
            if (!await limiter.Leases.RenewAsync(Host, limiter.Owner, _time.GetUtcNow() + limiter.LeaseDuration, state, cancellationToken))
            {
                _held = false;
                limiter.Logger.LogWarning("The lease on host {Host} lapsed and another crawler process took it; claiming it again", Host);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            limiter.Logger.LogWarning(e, "Renewing the lease on host {Host} failed; trying again", Host);
        }
        finally
        {
            _leaseLock.Release();
        }
    }

    /// <summary>At shutdown: lets the host go if held.</summary>
    public async Task ReleaseAsync()
    {
        if (!_held) return;
        try
        {
            await limiter.Leases.ReleaseAsync(Host, limiter.Owner, State(), CancellationToken.None);
            _held = false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            limiter.Logger.LogWarning(e, "Letting host {Host} go failed; its lease lapses at its expiry", Host);
        }
    }
}
