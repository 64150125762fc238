namespace Janalyq.Fetching;

/// <summary>
/// A fetch's time budget (<see cref="FetchOptions.RequestTimeout"/>). It runs only while the fetch's own request is
/// being sent, answered and read, and is paused while the fetch waits for its turn on the host or for a robots.txt
/// check: a slow answer to another request on the same host must not use up the budget of a request not yet sent.
/// </summary>
internal sealed class FetchDeadline : IDisposable
{
    private readonly CancellationTokenSource _expiry;
    private readonly TimeProvider _time;
    private TimeSpan _left;
    private long _runningSince;
    private bool _running;

    public FetchDeadline(TimeSpan budget, TimeProvider time)
    {
        // Created with the TimeProvider, so CancelAfter runs on its timers (a FakeTimeProvider in tests).
        _expiry = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        _time = time;
        _left = budget;
    }

    public CancellationToken Token => _expiry.Token;

    public bool Expired => _expiry.IsCancellationRequested;

    /// <summary>The request is about to be sent: the budget runs from now.</summary>
    public void Run()
    {
        if (_running) return;
        _running = true;
        _runningSince = _time.GetTimestamp();
        if (_left <= TimeSpan.Zero) _expiry.Cancel();
        else _expiry.CancelAfter(_left);
    }

    /// <summary>The fetch waits for something other than its own request (a redirect's turn on the next host).</summary>
    public void Pause()
    {
        if (!_running) return;
        _running = false;
        _expiry.CancelAfter(Timeout.InfiniteTimeSpan);
        _left -= _time.GetElapsedTime(_runningSince);
    }

    public void Dispose() => _expiry.Dispose();
}
