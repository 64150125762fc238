using System.Net;
using System.Net.Sockets;
using Janalyq.Tests.Support;
using Janalyq.Web.Cli;

namespace Janalyq.Tests.Cli;

/// <summary>Errors a user can cause give one clear line on stderr and a non-zero exit, never a stack trace.</summary>
public sealed class StartupErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_corrupt_database_is_one_clear_line_and_exit_2()
    {
        using var data = new TempFolder();
        await File.WriteAllTextAsync(data.File("janalyq.db"), new string('#', 10_000), Ct);

        var (exit, _, stderr) = await CliProcess.RunAsync("serve", "--data", data.Path, "--urls", "http://127.0.0.1:0");

        Assert.Equal(ExitCodes.StorageFailure, exit);
        Assert.Contains("not a valid SQLite database", stderr);
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public async Task An_unwritable_data_folder_is_one_clear_line_and_exit_2()
    {
        using var data = new TempFolder();
        await File.WriteAllTextAsync(data.File("file"), "", Ct);

        var (exit, _, stderr) = await CliProcess.RunAsync("import", "--demo", "--data", Path.Combine(data.File("file"), "sub"));

        Assert.Equal(ExitCodes.StorageFailure, exit);
        Assert.Contains("cannot be created or written", stderr);
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public async Task A_port_in_use_is_one_clear_line_and_exit_3()
    {
        using var data = new TempFolder();
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var (exit, _, stderr) = await CliProcess.RunAsync("serve", "--data", data.Path, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(ExitCodes.AddressFailure, exit);
        Assert.Contains("address already in use", stderr);
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public async Task A_bad_url_is_one_clear_line_and_exit_4()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync("extract", "page.html", "--url", "not a url");

        Assert.Equal(ExitCodes.ConfigurationFailure, exit);
        Assert.Contains("--url 'not a url' is not an absolute http(s) address", stderr);
        AssertNoStackTrace(stderr);
    }

    [Theory]
    [InlineData("no-such-verb")]
    [InlineData("--no-such-option")]
    [InlineData("import", "a", "b")]
    [InlineData("extract")]
    public async Task A_command_line_the_parser_refuses_exits_4(params string[] args)
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(args);

        Assert.Equal(ExitCodes.ConfigurationFailure, exit);
        Assert.NotEqual("", stderr.Trim());
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public async Task Every_verb_has_help()
    {
        foreach (var verb in new[] { "serve", "import", "extract", "ingest", "worker", "sources" })
        {
            var (exit, stdout, _) = await CliProcess.RunAsync(verb, "--help");
            Assert.Equal(ExitCodes.Ok, exit);
            Assert.Contains("Usage:", stdout);
        }
    }

    private static void AssertNoStackTrace(string stderr) =>
        Assert.DoesNotMatch(@"\n\s+at [\w.]+\(|Exception:", stderr);
}
