using System.CommandLine;
using Janalyq.Extraction;
using Janalyq.Ingestion;
using Janalyq.Storage;
using Janalyq.Tests.Fetching;
using Janalyq.Web.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Janalyq.Tests.Ingestion.Crawling;

/// <summary>The command-line contract: `ingest --once --sources FILE [--data DIR] [--allow-network CIDR]...`.</summary>
public sealed class IngestCommandTests : IAsyncLifetime
{
    private FixtureServer _server = null!;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "janalyq-cli-" + Guid.NewGuid().ToString("N"));

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may hold a file for a moment; the OS cleans temp.
        }
    }

    /// <summary>The host the real program builds, with the test extractor in place of the real one.</summary>
    private static HostApplicationBuilder Core(string? data)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration["Storage:DataDirectory"] = data;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddIngestion(builder.Configuration);
        builder.Services.AddSingleton<IArticleExtractor, TestExtractor>();
        builder.Configuration["Politeness:MinIntervalPerHost"] = "00:00:00";
        return builder;
    }

    private Task<int> RunAsync(params string[] args)
    {
        var data = new Option<string?>("--data") { Recursive = true };
        var root = new RootCommand { Options = { data } };
        root.Subcommands.Add(IngestCommand.Create(data, Core));
        root.Subcommands.Add(SourcesCommand.Create(data, Core));
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task One_round_fills_the_database_and_exits_0_even_when_a_source_fails()
    {
        for (var i = 1; i <= 3; i++) _server.Map($"/news/{i}", Fixture.Article($"Новость {i}"));
        _server.Map("/rss", Fixture.Rss(Enumerable.Range(1, 3).Select(i => (_server.Url($"/news/{i}").AbsoluteUri, $"Новость {i}"))), "application/rss+xml");
        var list = Path.Combine(Path.GetTempPath(), $"sources-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(list, $"# fixture\n{_server.Url("/rss")}\n{_server.Url("/gone.xml")}\n", TestContext.Current.CancellationToken);

        var exit = await RunAsync("ingest", "--once", "--sources", list, "--data", _data, "--allow-network", "127.0.0.1/32");
        Assert.Equal(ExitCodes.Ok, exit);

        using var host = Core(_data).Build();
        Assert.Equal(3, await host.Services.GetRequiredService<IArticleRepository>().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, (await host.Services.GetRequiredService<ISourceRepository>().ListAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task Without_allow_network_the_guard_refuses_loopback_and_the_round_still_completes()
    {
        _server.Map("/rss", Fixture.Rss([]), "application/rss+xml");
        var list = Path.Combine(Path.GetTempPath(), $"sources-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(list, $"{_server.Url("/rss")}\n", TestContext.Current.CancellationToken);
        Assert.Equal(ExitCodes.Ok, await RunAsync("ingest", "--once", "--sources", list, "--data", _data));
        Assert.Empty(_server.Log);
    }

    [Theory]
    [InlineData("--allow-network", "not-a-range")]
    [InlineData("--sources", "/nonexistent/sources.txt")]
    public async Task Bad_arguments_exit_4(string option, string value)
    {
        var list = Path.Combine(Path.GetTempPath(), $"sources-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(list, "https://example.org/rss\n", TestContext.Current.CancellationToken);
        string[] args = option == "--sources"
            ? ["ingest", "--once", "--sources", value, "--data", _data]
            : ["ingest", "--once", "--sources", list, "--data", _data, option, value];
        Assert.Equal(ExitCodes.ConfigurationFailure, await RunAsync(args));
    }

    [Fact]
    public async Task Sources_add_disable_and_export()
    {
        Assert.Equal(ExitCodes.Ok, await RunAsync("sources", "add", "--defaults", "--data", _data));
        Assert.Equal(ExitCodes.Ok, await RunAsync("sources", "disable", "tengrinews", "--data", _data));
        using var host = Core(_data).Build();
        var tengri = await host.Services.GetRequiredService<ISourceRepository>().FindBySlugAsync("tengrinews", TestContext.Current.CancellationToken);
        Assert.False(tengri!.Enabled);
        Assert.Equal(ExitCodes.ConfigurationFailure, await RunAsync("sources", "disable", "no-such-source", "--data", _data));
        var opml = Path.Combine(_data, "export.opml");
        Assert.Equal(ExitCodes.Ok, await RunAsync("sources", "export", opml, "--data", _data));
        Assert.Equal(Janalyq.Sources.DefaultSources.Load().Count, Janalyq.Sources.Opml.Read(await File.ReadAllTextAsync(opml, TestContext.Current.CancellationToken)).Count);
    }

    [Theory]
    [InlineData("0.0.0.0/0", "IPv4")]
    [InlineData("::/0", "IPv6")]
    public async Task Allow_network_of_every_address_is_accepted_with_a_warning(string cidr, string family)
    {
        _server.Map("/rss", Fixture.Rss([]), "application/rss+xml");
        var list = Path.Combine(Path.GetTempPath(), $"sources-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(list, $"{_server.Url("/rss")}\n", TestContext.Current.CancellationToken);
        var (exit, _, stderr) = await Janalyq.Tests.Support.CliProcess.RunAsync(
            "ingest", "--once", "--sources", list, "--data", _data, "--allow-network", "127.0.0.1/32", "--allow-network", cidr);
        Assert.True(exit == 0, stderr);
        Assert.Contains($"warning: allowing {cidr} lets every {family} address through: the SSRF guard is off", System.Text.RegularExpressions.Regex.Replace(stderr, @"\s+", " "), StringComparison.Ordinal);
        Assert.Single(_server.RequestsTo("/rss"));
    }

    [Fact]
    public async Task Sources_test_previews_one_poll_and_stores_nothing()
    {
        for (var i = 1; i <= 3; i++) _server.Map($"/news/{i}", Fixture.Article($"Новость {i}"));
        _server.Map("/rss", Fixture.Rss(Enumerable.Range(1, 3).Select(i => (_server.Url($"/news/{i}").AbsoluteUri, $"Новость {i}"))), "application/rss+xml");

        Assert.Equal(0, await RunAsync("sources", "test", _server.Url("/rss").AbsoluteUri, "--data", _data, "--allow-network", "127.0.0.1/32"));

        // The crawler's own poll, of the listing and its first entry only; the data folder's database is untouched.
        Assert.Single(_server.RequestsTo("/rss"));
        Assert.Single(_server.RequestsTo("/news/1"));
        Assert.Empty(_server.RequestsTo("/news/2"));
        using var host = Core(_data).Build();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(0, await host.Services.GetRequiredService<IArticleRepository>().CountAsync(ct));
        Assert.Empty(await host.Services.GetRequiredService<ISourceRepository>().ListAsync(ct));
        Assert.Empty(await ActivatorUtilities.CreateInstance<Janalyq.Storage.Sqlite.SqliteCrawlStateRepository>(host.Services).ListFeedsAsync(ct));
    }

    [Fact]
    public async Task Sources_test_exits_1_when_the_listing_fails()
    {
        Assert.Equal(1, await RunAsync("sources", "test", _server.Url("/missing.xml").AbsoluteUri, "--data", _data, "--allow-network", "127.0.0.1/32"));
    }
}
