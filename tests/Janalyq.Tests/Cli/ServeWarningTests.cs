using Janalyq.Tests.Support;

namespace Janalyq.Tests.Cli;

/// <summary>`serve` says so when the configuration turns the SSRF guard off, as `ingest` does.</summary>
public sealed class ServeWarningTests
{
    [Fact]
    public async Task Serve_warns_when_allowed_networks_let_every_address_through()
    {
        using var data = new TempFolder();
        var environment = new Dictionary<string, string>
        {
            ["JANALYQ_Fetching__AllowedNetworks__0"] = "0.0.0.0/0",
            ["JANALYQ_Crawler__Enabled"] = "false",
            ["JANALYQ_Demo__ImportWhenEmpty"] = "false",
        };
        using var child = CliProcess.Start(environment, "serve", "--data", data.Path, "--urls", "http://127.0.0.1:0");
        try
        {
            await CliProcess.ReadUntilAsync(child, l => l.StartsWith("Janalyq is serving on ", StringComparison.Ordinal));
        }
        finally
        {
            await CliProcess.KillHardAsync(child);
        }
        var stderr = await child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("warning: allowing 0.0.0.0/0 lets every IPv4 address through: the SSRF guard is off", stderr, StringComparison.Ordinal);
    }
}
