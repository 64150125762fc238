namespace Janalyq.Tests.Support;

/// <summary>
/// A single-threaded SynchronizationContext that runs posted continuations only when the test pumps it. With a
/// FakeTimeProvider, a test can run async code deterministically: start the work under the context, pump until
/// nothing is left to run (every task is waiting on a timer or a lock), move the clock, pump again.
/// Continuations of awaits inside the code under test come back here as long as that code does not use
/// ConfigureAwait(false).
/// </summary>
public sealed class PumpContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly Lock _lock = new();

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_lock) _queue.Enqueue((d, state));
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("PumpContext runs posted work only.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs <paramref name="start"/> under this context, then pumps until idle.</summary>
    public void Run(Action start)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            start();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
        RunUntilIdle();
    }

    /// <summary>Runs posted work (and what it posts) until the queue is empty.</summary>
    public void RunUntilIdle()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (true)
            {
                (SendOrPostCallback Callback, object? State) next;
                lock (_lock)
                {
                    if (!_queue.TryDequeue(out next)) return;
                }
                next.Callback(next.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
