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
        Assert.Contains("not a valid SQLite database", stderr, StringComparison.Ordinal);
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public async Task An_unwritable_data_folder_is_one_clear_line_and_exit_2()
    {
        using var data = new TempFolder();
        await File.WriteAllTextAsync(data.File("file"), "", Ct);

        var (exit, _, stderr) = await CliProcess.RunAsync("import", "--demo", "--data", Path.Combine(data.File("file"), "sub"));

        Assert.Equal(ExitCodes.StorageFailure, exit);
        Assert.Contains("cannot be created or written", stderr, StringComparison.Ordinal);
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
        Assert.Contains("address already in use", stderr, StringComparison.Ordinal);
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public async Task A_bad_url_is_one_clear_line_and_exit_4()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync("extract", "page.html", "--url", "not a url");

        Assert.Equal(ExitCodes.ConfigurationFailure, exit);
        Assert.Contains("--url 'not a url' is not an absolute http(s) address", stderr, StringComparison.Ordinal);
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
            Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A bad setting, per options class and verb, and values that cannot be read as their type: exit 4, the full key
    /// and the rule on stderr, and the data folder never created (the check runs when the host is built).
    /// </summary>
    [Theory]
    [InlineData("serve", "Crawler__IdleDelay", "00:00:00", "Crawler:IdleDelay must be at least 1 s (got 00:00:00)")]
    [InlineData("serve", "Crawler__IdleDelay", "abc", "Crawler:IdleDelay must be a duration such as 00:00:30")]
    [InlineData("worker", "Crawler__IdleDelay", "30", "Crawler:IdleDelay must be at most 1 h (got 30.00:00:00)")]
    [InlineData("sources", "Crawler__MaxPollInterval", "00:01:00", "Crawler:MaxPollInterval must not be shorter than Crawler:MinPollInterval")]
    [InlineData("serve", "Crawler__Enabled", "maybe", "Crawler:Enabled must be true or false (got 'maybe')")]
    [InlineData("serve", "Site__PageSize", "x", "Site:PageSize must be a whole number (got 'x')")]
    [InlineData("import", "Site__PageSize", "1000", "Site:PageSize must be at most 100 (got 1000)")]
    [InlineData("serve", "Site__TimeZone", "Mars/Olympus", "Site:TimeZone must be an IANA time zone such as Asia/Almaty (got 'Mars/Olympus')")]
    [InlineData("serve", "Site__PublicBaseUrl", "janalyq.kz", "Site:PublicBaseUrl must be an absolute http(s) address")]
    [InlineData("import", "Extraction__DefaultTimeZone", "Mars/Olympus", "Extraction:DefaultTimeZone must be an IANA time zone")]
    [InlineData("extract", "Extraction__HostRules__a.kz__Drop__0", "a:hover", "Extraction:HostRules:a.kz:Drop:0 must be a selector the extractor reads")]
    [InlineData("extract", "Extraction__HostRules__a.kz__TimeZone", "Asia/Nowhere", "Extraction:HostRules:a.kz:TimeZone must be an IANA time zone")]
    [InlineData("extract", "Extraction__MaxDepth", "4", "Extraction:MaxDepth must be at least 16 (got 4)")]
    [InlineData("import", "Ingestion__MinimumBodyLength", "-1", "Ingestion:MinimumBodyLength must be at least 0 (got -1)")]
    [InlineData("import", "Ingestion__Templates__Share", "2", "Ingestion:Templates:Share must be at most 1 (got 2)")]
    [InlineData("import", "Ingestion__Templates__Share", "0,6", "Ingestion:Templates:Share must be a number such as 0.5 (got '0,6')")]
    [InlineData("serve", "Ingestion__Templates__MinimumPages", "40", "Ingestion:Templates:MinimumPages must be below Ingestion:Templates:PagesKept, 30 (got 40)")]
    [InlineData("ingest", "Fetching__AllowedNetworks__0", "10.0.0.0", "Fetching:AllowedNetworks:0 must be a CIDR range such as 127.0.0.1/32 (got '10.0.0.0')")]
    [InlineData("ingest", "Fetching__UserAgent", "Janalyq Bot", "Fetching:UserAgent must be one product token")]
    [InlineData("worker", "Fetching__MaxBodyBytes", "lots", "Fetching:MaxBodyBytes must be a whole number (got 'lots')")]
    [InlineData("worker", "Politeness__MaxCrawlDelay", "-00:00:01", "Politeness:MaxCrawlDelay must be at least 0 s (got -00:00:01)")]
    [InlineData("sources", "Politeness__MaxInFlightPerHost", "0", "Politeness:MaxInFlightPerHost must be at least 1 (got 0)")]
    [InlineData("sources", "Storage__Sqlite__BusyTimeoutMs", "-5", "Storage:Sqlite:BusyTimeoutMs must be at least 0 (got -5)")]
    [InlineData("serve", "Storage__Provider", "postgresql", "Storage: PostgreSql:ConnectionString must be set when Storage:Provider is postgresql")]
    [InlineData("import", "Storage__Provider", "mysql", "Storage:Provider must match")]
    [InlineData("serve", "Demo__CorpusDirectory", "/no/such/corpus", "Demo:CorpusDirectory must be an existing folder (got '/no/such/corpus')")]
    public async Task A_bad_setting_stops_every_verb_before_the_data_folder_with_exit_4(string verb, string variable, string value, string message)
    {
        using var parent = new TempFolder();
        var data = Path.Combine(parent.Path, "data");

        var (exit, _, stderr) = await CliProcess.RunAsync(new Dictionary<string, string> { ["JANALYQ_" + variable] = value }, VerbArguments(verb, data));

        Assert.Equal(4, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data), $"the data folder was created: {string.Join(", ", Directory.EnumerateFileSystemEntries(parent.Path, "*", SearchOption.AllDirectories))}");
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public async Task A_bad_setting_leaves_an_existing_database_as_it_was()
    {
        using var data = new TempFolder();
        var (created, _, createStderr) = await CliProcess.RunAsync("import", "--demo", "--data", data.Path);
        Assert.True(created == 0, createStderr);
        var before = Snapshot(data.Path);

        foreach (var verb in new[] { "serve", "import", "worker", "sources" })
        {
            var (exit, _, stderr) = await CliProcess.RunAsync(new Dictionary<string, string> { ["JANALYQ_Crawler__IdleDelay"] = "00:00:00" }, VerbArguments(verb, data.Path));
            Assert.Equal(4, exit);
            Assert.Contains("Crawler:IdleDelay", stderr, StringComparison.Ordinal);
        }

        Assert.Equal(before, Snapshot(data.Path));
    }

    [Fact]
    public async Task Every_broken_setting_is_named_in_one_line()
    {
        using var parent = new TempFolder();
        var environment = new Dictionary<string, string> { ["JANALYQ_Crawler__IdleDelay"] = "abc", ["JANALYQ_Site__PageSize"] = "0", ["JANALYQ_Storage__Sqlite__BusyTimeoutMs"] = "-1" };

        var (exit, _, stderr) = await CliProcess.RunAsync(environment, "serve", "--data", Path.Combine(parent.Path, "data"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(4, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Crawler:IdleDelay", line, StringComparison.Ordinal);
        Assert.Contains("Site:PageSize must be at least 5 (got 0)", line, StringComparison.Ordinal);
        Assert.Contains("Storage:Sqlite:BusyTimeoutMs", line, StringComparison.Ordinal);
    }

    /// <summary>Arguments that would make <paramref name="verb"/> open the data folder if the settings were good.</summary>
    private static string[] VerbArguments(string verb, string data) => verb switch
    {
        "serve" => ["serve", "--data", data, "--urls", "http://127.0.0.1:0"],
        "import" => ["import", "--demo", "--data", data],
        "extract" => ["extract", Path.Combine(data, "page.html"), "--data", data],
        "ingest" => ["ingest", "--once", "--data", data],
        "worker" => ["worker", "--data", data],
        "sources" => ["sources", "list", "--data", data],
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
    };

    /// <summary>Every file under <paramref name="folder"/> with its length and last write time.</summary>
    private static string Snapshot(string folder) => string.Join("\n", Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetRelativePath(folder, f)} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O}"));

    private static void AssertNoStackTrace(string stderr) =>
        Assert.DoesNotMatch(@"\n\s+at [\w.]+\(|Exception:", stderr);
}
