using Janalyq.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Pipeline;

/// <summary>
/// Runs every registered <see cref="IPipelineStage"/> over the change log: claim the stage's lease, read the batch
/// after its checkpoint, process it, advance the checkpoint in the stage's own transaction; once caught up, give the
/// lease back (an idle stage holds none, and looking for work costs only reads). A failing stage waits
/// (RetryBase, doubling, at most MaxRetryDelay) and is retried from the same checkpoint. The background service
/// (<see cref="PipelineService"/>) calls it in `serve` and `worker`; tests call <see cref="RunUntilCaughtUpAsync"/>.
/// </summary>
public sealed class PipelineRunner
{
    private readonly List<IPipelineStage> _stages;
    private readonly IArticleChangeLog _log;
    private readonly IStageCheckpoints _checkpoints;
    private readonly PipelineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PipelineRunner> _logger;

    public PipelineRunner(IEnumerable<IPipelineStage> stages, IArticleChangeLog log, IStageCheckpoints checkpoints,
        IOptions<PipelineOptions> options, TimeProvider time, ILogger<PipelineRunner> logger)
    {
        _stages = stages.ToList();
        if (_stages.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"two pipeline stages are named '{twice.Key}': a stage's name is its checkpoint");
        _log = log;
        _checkpoints = checkpoints;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>This runner's name in the leases it holds: machine, process, instance.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>
    /// Runs each stage until it has caught up with the log, failed (it waits for its retry), or is held by another
    /// runner. Gives each stage's last step.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, StageStep>> RunUntilCaughtUpAsync(CancellationToken cancellationToken)
    {
        var steps = new Dictionary<string, StageStep>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            StageStep step;
            do step = await StepAsync(stage, cancellationToken);
            while (step == StageStep.Progressed);
            steps[stage.Name] = step;
        }
        return steps;
    }

    /// <summary>One batch of one stage.</summary>
    public async Task<StageStep> StepAsync(IPipelineStage stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var now = _time.GetUtcNow();
        // Read-only looks first, so that an idle or waiting stage costs no write.
        var current = await _checkpoints.GetAsync(stage.Name, cancellationToken);
        if (current.RetryAt > now) return StageStep.Waiting;
        if (current.LeaseOwner is { } holder && holder != Owner && current.LeaseExpiresAt > now) return StageStep.Held;
        if ((await _log.ReadAfterAsync(current.Position, 1, cancellationToken)).Count == 0) return StageStep.CaughtUp;

        var claimed = await _checkpoints.TryClaimAsync(stage.Name, Owner, now, _options.LeaseDuration, cancellationToken);
        if (claimed is null) return StageStep.Held;
        if (claimed.RetryAt > now) return StageStep.Waiting;
        var batch = await _log.ReadAfterAsync(claimed.Position, _options.BatchSize, cancellationToken);
        var caughtUp = batch.Count < _options.BatchSize;
        if (batch.Count == 0)
        {
            await _checkpoints.ReleaseAsync(stage.Name, Owner, cancellationToken);
            return StageStep.CaughtUp;
        }
        try
        {
            await using (var work = await _checkpoints.BeginAsync(cancellationToken))
            {
                await stage.ProcessAsync(new StageBatch(batch, work), cancellationToken);
                // Caught up: the lease goes with the last advance, so another runner may take the next changes.
                await _checkpoints.AdvanceAsync(work, stage.Name, Owner, claimed.Position, batch[^1].Sequence, _time.GetUtcNow(), release: caughtUp, cancellationToken);
                await work.CommitAsync(cancellationToken);
            }
            return caughtUp ? StageStep.CaughtUp : StageStep.Progressed;
        }
        catch (StageLeaseLostException e)
        {
            _logger.LogWarning("Pipeline stage {Stage}: {Reason}; the batch is left to its new holder", stage.Name, e.Message);
            return StageStep.Held;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failures = claimed.Failures + 1;
            var delay = RetryDelay(failures);
            var failedAt = _time.GetUtcNow();
            _logger.LogError(e, "Pipeline stage {Stage} failed on entries {First}-{Last} ({Failures} in a row); retrying in {Delay}",
                stage.Name, batch[0].Sequence, batch[^1].Sequence, failures, delay);
            await _checkpoints.RecordFailureAsync(stage.Name, Owner, $"{e.GetType().Name}: {e.Message}", failedAt, failures, failedAt + delay, cancellationToken);
            return StageStep.Failed;
        }
    }

    /// <summary>Sets a stage back to zero (and lets it drop what it derived) in one transaction: it catches up from the start.</summary>
    public async Task ReplayAsync(string stageName, CancellationToken cancellationToken)
    {
        var stage = Find(stageName) ?? throw new ArgumentException($"no pipeline stage named '{stageName}'", nameof(stageName));
        await using var work = await _checkpoints.BeginAsync(cancellationToken);
        await stage.ResetAsync(work, cancellationToken);
        await _checkpoints.ResetAsync(work, stage.Name, cancellationToken);
        await work.CommitAsync(cancellationToken);
    }

    /// <summary>Where every stage stands: checkpoint, lag in entries and time, failures.</summary>
    public async Task<IReadOnlyList<StageStatus>> StatusAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var statuses = new List<StageStatus>(_stages.Count);
        foreach (var stage in _stages)
        {
            var checkpoint = await _checkpoints.GetAsync(stage.Name, cancellationToken);
            var lag = await _log.LagAsync(checkpoint.Position, cancellationToken);
            var behind = lag.OldestAt is { } oldest && now > oldest ? now - oldest : TimeSpan.Zero;
            statuses.Add(new StageStatus(stage.Name, checkpoint.Position, lag.Entries, behind, checkpoint.Failures,
                checkpoint.LastError, checkpoint.LastErrorAt, checkpoint.RetryAt, behind > _options.LagTolerance || checkpoint.Failures > 0));
        }
        return statuses;
    }

    /// <summary>Gives up this runner's leases (at stop), so another runner need not wait for them to expire.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        foreach (var stage in _stages) await _checkpoints.ReleaseAsync(stage.Name, Owner, cancellationToken);
    }

    public IPipelineStage? Find(string stageName) => _stages.FirstOrDefault(s => s.Name == stageName);

    /// <summary>RetryBase doubled per failure after the first, at most MaxRetryDelay.</summary>
    public TimeSpan RetryDelay(int failures)
    {
        var doublings = Math.Clamp(failures - 1, 0, 30);
        var delay = _options.RetryBase * Math.Pow(2, doublings);
        return delay > _options.MaxRetryDelay ? _options.MaxRetryDelay : delay;
    }
}

/// <summary>What one step of a stage did.</summary>
public enum StageStep
{
    /// <summary>Nothing more in the log after its checkpoint (a short batch was processed, or none).</summary>
    CaughtUp,
    /// <summary>A full batch was processed; there may be more.</summary>
    Progressed,
    /// <summary>The batch failed; the stage waits for its retry, checkpoint unchanged.</summary>
    Failed,
    /// <summary>The stage is waiting for the retry of an earlier failure.</summary>
    Waiting,
    /// <summary>Another runner holds the stage's lease.</summary>
    Held,
}

/// <summary>Where a stage stands, for /healthz.</summary>
/// <param name="LagEntries">Change-log entries after its checkpoint.</param>
/// <param name="Lag">Age of the oldest of them (zero when caught up).</param>
/// <param name="Degraded">Failing, or behind by more than LagTolerance.</param>
public sealed record StageStatus(
    string Stage,
    long Position,
    long LagEntries,
    TimeSpan Lag,
    int Failures,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    DateTimeOffset? RetryAt,
    bool Degraded);
