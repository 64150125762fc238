using Janalyq.Pipeline;
using Janalyq.Storage;

namespace Janalyq.Tests.Pipeline;

/// <summary>A stage that records the batches it is given; it can be told to fail, or to run code inside a batch.</summary>
internal sealed class RecordingStage(string name = "recorder") : IPipelineStage
{
    private readonly List<IReadOnlyList<ArticleChange>> _batches = [];

    public string Name => name;

    /// <summary>Batches that will throw before one succeeds.</summary>
    public int FailNext { get; set; }

    /// <summary>Runs inside each batch, before it is recorded (and before a failure is thrown).</summary>
    public Func<StageBatch, CancellationToken, Task>? OnBatch { get; set; }

    public int Resets { get; private set; }

    public IReadOnlyList<IReadOnlyList<ArticleChange>> Batches
    {
        get { lock (_batches) return _batches.ToList(); }
    }

    public IReadOnlyList<ArticleChange> Seen => Batches.SelectMany(b => b).ToList();

    public async Task ProcessAsync(StageBatch batch, CancellationToken cancellationToken)
    {
        if (OnBatch is not null) await OnBatch(batch, cancellationToken);
        if (FailNext > 0)
        {
            FailNext--;
            throw new InvalidOperationException("search index unavailable");
        }
        lock (_batches) _batches.Add(batch.Changes);
    }

    public Task ResetAsync(IStageWork work, CancellationToken cancellationToken)
    {
        Resets++;
        lock (_batches) _batches.Clear();
        return Task.CompletedTask;
    }
}
