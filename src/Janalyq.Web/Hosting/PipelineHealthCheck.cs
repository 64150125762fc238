using System.Globalization;
using Janalyq.Pipeline;
using Janalyq.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Janalyq.Web.Hosting;

/// <summary>/healthz per pipeline stage: its lag in entries and in seconds, its failures and last error; Degraded when one lags or fails.</summary>
internal sealed class PipelineHealthCheck(PipelineRunner runner) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<StageStatus> stages;
        try
        {
            stages = await runner.StatusAsync(cancellationToken);
        }
        catch (StorageException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
        var data = stages.ToDictionary(s => s.Stage, s => (object)new Dictionary<string, object?>
        {
            ["position"] = s.Position,
            ["lag_entries"] = s.LagEntries,
            ["lag_seconds"] = Math.Round(s.Lag.TotalSeconds, 1),
            ["failures"] = s.Failures,
            ["last_error"] = s.LastError,
            ["last_error_at"] = s.LastErrorAt?.ToString("o", CultureInfo.InvariantCulture),
            ["retry_at"] = s.RetryAt?.ToString("o", CultureInfo.InvariantCulture),
            ["status"] = s.Degraded ? "Degraded" : "Healthy",
        });
        var degraded = stages.Where(s => s.Degraded).Select(s => s.Failures > 0 ? $"{s.Stage} failing" : $"{s.Stage} {s.LagEntries} entries behind").ToList();
        return degraded.Count > 0
            ? HealthCheckResult.Degraded(string.Join("; ", degraded), data: data)
            : HealthCheckResult.Healthy(stages.Count == 0 ? "no stages" : $"{stages.Count} stage(s) caught up", data);
    }
}
