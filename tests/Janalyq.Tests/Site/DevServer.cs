namespace Janalyq.Tests.Site;

/// <summary>
/// Not a test: serves the sample site for a person to look at (scripts/screenshots uses it while the real
/// portal cannot start yet). Runs only when JANALYQ_DEV_SITE_PORT is set, for up to 30 minutes:
/// <c>JANALYQ_DEV_SITE_PORT=5099 tests/Janalyq.Tests/bin/Debug/net10.0/Janalyq.Tests --filter-class Janalyq.Tests.Site.DevServer</c>
/// </summary>
public class DevServer
{
    [Fact]
    public async Task Serve_sample_site_when_asked()
    {
        string? port = Environment.GetEnvironmentVariable("JANALYQ_DEV_SITE_PORT");
        Assert.SkipWhen(string.IsNullOrEmpty(port), "Set JANALYQ_DEV_SITE_PORT to serve the sample site.");
        await using var host = await SiteHost.StartAsync(port: int.Parse(port!, System.Globalization.CultureInfo.InvariantCulture),
            cancellationToken: TestContext.Current.CancellationToken);
        await Console.Out.WriteLineAsync($"Sample site at {host.Address}");
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(30), TestContext.Current.CancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
