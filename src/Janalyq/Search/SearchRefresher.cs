using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Search;

/// <summary>
/// Reopens the index's searcher in the background (never per query): at once after a commit of this process's search
/// stage, and every Search:RefreshInterval for commits of another process on the same data folder.
/// </summary>
public sealed class SearchRefresher(SearchIndex index, IOptions<SearchOptions> options, TimeProvider time, ILogger<SearchRefresher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _committed = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        index.Committed += Wake;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await index.RefreshAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Search index refresh failed; trying again in {Interval}", options.Value.RefreshInterval);
                }
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(_committed.WaitAsync(wait.Token), Task.Delay(options.Value.RefreshInterval, time, wait.Token));
                await wait.CancelAsync();
            }
        }
        finally
        {
            index.Committed -= Wake;
        }
    }

    private void Wake()
    {
        if (_committed.CurrentCount == 0)
        {
            try { _committed.Release(); }
            catch (SemaphoreFullException) { } // already woken
        }
    }

    public override void Dispose()
    {
        _committed.Dispose();
        base.Dispose();
    }
}
