using Janalyq.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Janalyq.Web.Hosting;

/// <summary>/healthz is healthy when the database answers.</summary>
internal sealed class DatabaseHealthCheck(IDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{database.Engine} answers");
        }
        catch (StorageException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
