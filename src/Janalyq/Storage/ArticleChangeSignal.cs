namespace Janalyq.Storage;

/// <summary>
/// Wakes this process's pipeline early when an article changed here. Only a wake-up: the change log is the
/// record, and changes made by other processes are found by polling it.
/// </summary>
public sealed class ArticleChangeSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Called after a change committed.</summary>
    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    /// <summary>Completes at the next <see cref="Notify"/> after this call.</summary>
    public Task NextAsync() => Volatile.Read(ref _next).Task;

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
