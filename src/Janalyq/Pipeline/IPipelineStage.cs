using Janalyq.Storage;

namespace Janalyq.Pipeline;

/// <summary>
/// A stage after storage (stories, search index, site caches, ...): it reads the article change log in order from
/// its own checkpoint, in batches. Register implementations in DI (<c>AddSingleton&lt;IPipelineStage, MyStage&gt;</c>);
/// <see cref="PipelineRunner"/> runs them. See README.md beside this file.
/// </summary>
public interface IPipelineStage
{
    /// <summary>Stable name: the key of the stage's checkpoint and of `./janalyq replay NAME` ("stories", "search").</summary>
    string Name { get; }

    /// <summary>
    /// Processes one batch, oldest entry first. Database writes go through <see cref="StageBatch.Work"/> (SQLite:
    /// <c>SqliteStageWork.Of(batch.Work)</c>) and commit together with the checkpoint, exactly once. Anything outside
    /// the database (an index, a file, a cache) happens at least once: a batch that throws, or whose lease was lost,
    /// is given again, so such effects must be idempotent (upsert by article id, not append).
    /// </summary>
    Task ProcessAsync(StageBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// Called by a replay, in the same work that sets the checkpoint back to zero: drop what the stage derived so
    /// that it is rebuilt from the whole log. Default: nothing to drop.
    /// </summary>
    Task ResetAsync(IStageWork work, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Entries of the change log for a stage, and the unit of work its database writes share with its checkpoint.</summary>
public sealed record StageBatch(IReadOnlyList<ArticleChange> Changes, IStageWork Work);
