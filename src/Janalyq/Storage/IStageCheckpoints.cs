namespace Janalyq.Storage;

/// <summary>
/// Each pipeline stage's checkpoint in the change log, its lease and its failures, one row per stage
/// (src/Janalyq/Pipeline/README.md). Every method is one short transaction unless it takes a <see cref="IStageWork"/>.
/// </summary>
public interface IStageCheckpoints
{
    /// <summary>The stage's row; a stage never seen is at position 0.</summary>
    Task<StageCheckpoint> GetAsync(string stage, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the stage's lease for <paramref name="owner"/> until <paramref name="now"/> + <paramref name="duration"/>
    /// when it is free, expired or already the owner's; null when another runner holds it. Gives the row as claimed.
    /// </summary>
    Task<StageCheckpoint?> TryClaimAsync(string stage, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>A unit of work: the stage's own database writes and the checkpoint's advance commit together.</summary>
    Task<IStageWork> BeginAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Moves the checkpoint from <paramref name="from"/> to <paramref name="to"/> inside <paramref name="work"/> and clears
    /// the failures; throws <see cref="StageLeaseLostException"/> when the owner no longer holds the lease or the checkpoint
    /// moved meanwhile (another runner, a replay): then nothing of the work may commit. With <paramref name="release"/>,
    /// gives up the lease in the same statement (the stage has caught up).
    /// </summary>
    Task AdvanceAsync(IStageWork work, string stage, string owner, long from, long to, DateTimeOffset now, bool release, CancellationToken cancellationToken);

    /// <summary>Records a failed batch: the error, the failures in a row, when to try again.</summary>
    Task RecordFailureAsync(string stage, string owner, string error, DateTimeOffset now, int failures, DateTimeOffset retryAt, CancellationToken cancellationToken);

    /// <summary>Gives up the lease (a runner that stops), so another runner need not wait for it to expire.</summary>
    Task ReleaseAsync(string stage, string owner, CancellationToken cancellationToken);

    /// <summary>Sets the checkpoint back to zero inside <paramref name="work"/> and clears failures and lease (replay).</summary>
    Task ResetAsync(IStageWork work, string stage, CancellationToken cancellationToken);
}

/// <summary>A stage's row.</summary>
/// <param name="Position">Sequence number of the last change-log entry the stage has processed (0: none).</param>
/// <param name="Failures">Failed attempts in a row (0 when the last batch succeeded).</param>
/// <param name="RetryAt">When a failed stage tries again; null when it has not failed.</param>
public sealed record StageCheckpoint(
    string Stage,
    long Position,
    DateTimeOffset? AdvancedAt,
    string? LeaseOwner,
    DateTimeOffset? LeaseExpiresAt,
    int Failures,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    DateTimeOffset? RetryAt);

/// <summary>
/// One transaction shared by a stage's database writes and its checkpoint. Disposing without committing rolls
/// it back. Each engine's repositories take their own implementation (SQLite: <c>SqliteStageWork</c>).
/// </summary>
public interface IStageWork : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}

/// <summary>The stage's lease was lost, or its checkpoint moved under it: the batch must not commit.</summary>
public sealed class StageLeaseLostException : Exception
{
    public StageLeaseLostException(string message) : base(message) { }
    public StageLeaseLostException(string message, Exception inner) : base(message, inner) { }
    public StageLeaseLostException() { }
}
