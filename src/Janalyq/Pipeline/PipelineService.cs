using Janalyq.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Pipeline;

/// <summary>
/// The pipeline as a background service (in `serve` and `worker`): runs every stage until caught up, then waits for
/// a change in this process (<see cref="ArticleChangeSignal"/>) or PollInterval (changes made by other processes),
/// and again. Several processes may run it on one database: each stage's lease lets one of them at a time work on it.
/// </summary>
public sealed class PipelineService(
    PipelineRunner runner,
    ArticleChangeSignal changes,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<PipelineService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (runner.Stages.Count == 0) return;
        var troubles = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = changes.NextAsync(); // taken before the run: a change made during it is not missed
            var delay = options.Value.PollInterval;
            try
            {
                await runner.RunUntilCaughtUpAsync(stoppingToken);
                troubles = 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database itself failed (busy past its timeout, damaged): wait longer each time, up to MaxRetryDelay.
                delay = runner.RetryDelay(++troubles);
                logger.LogError(e, "Pipeline run failed; trying again in {Delay}", delay);
            }
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var sleep = Task.Delay(delay, time, wait.Token);
            await (troubles == 0 ? Task.WhenAny(changed, sleep) : Task.WhenAny(sleep));
            await wait.CancelAsync();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await runner.ReleaseAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Pipeline leases not released; they expire after {Lease}", options.Value.LeaseDuration);
        }
    }
}
