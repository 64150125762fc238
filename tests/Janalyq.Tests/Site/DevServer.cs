namespace Janalyq.Tests.Site;

/// <summary>
/// Not a test: serves the site for a person to look at (scripts/screenshots uses it). Runs only when
/// JANALYQ_DEV_SITE_PORT is set, for up to 30 minutes; JANALYQ_DEV_SITE=demo serves the real engine with the
/// demo corpus imported, anything else the in-memory sample data:
/// <c>JANALYQ_DEV_SITE=demo JANALYQ_DEV_SITE_PORT=5099 tests/Janalyq.Tests/bin/Debug/net10.0/Janalyq.Tests -class Janalyq.Tests.Site.DevServer</c>
/// </summary>
public class DevServer
{
    [Fact]
    public async Task Serve_the_site_when_asked()
    {
        string? port = Environment.GetEnvironmentVariable("JANALYQ_DEV_SITE_PORT");
        Assert.SkipWhen(string.IsNullOrEmpty(port), "Set JANALYQ_DEV_SITE_PORT to serve the site for a person.");
        int number = int.Parse(port!, System.Globalization.CultureInfo.InvariantCulture);
        var cancellationToken = TestContext.Current.CancellationToken;

        await using IAsyncDisposable host = Environment.GetEnvironmentVariable("JANALYQ_DEV_SITE") == "demo"
            ? await DemoSiteHost.StartAsync(number, cancellationToken)
            : await SiteHost.StartAsync(port: number, cancellationToken: cancellationToken);
        await Console.Out.WriteLineAsync($"Site at http://127.0.0.1:{number}/");
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(30), cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
