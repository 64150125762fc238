using System.Diagnostics;
using Janalyq.Tests.Fetching;
using Janalyq.Tests.Support;
using Janalyq.Web.Cli;
using Microsoft.AspNetCore.Http;

namespace Janalyq.Tests.Ingestion.Crawling;

/// <summary>
/// The real program, killed (SIGKILL) in the middle of `ingest --once`, then run again: every article committed
/// before the kill is there, the rest arrive, none twice, and only pages in flight at the kill are fetched again.
/// </summary>
public sealed class KillAndRestartTests : IAsyncLifetime
{
    private const int Count = 30;
    private FixtureServer _server = null!;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "janalyq-kill9-" + Guid.NewGuid().ToString("N"));

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

    [Fact]
    public async Task A_killed_round_resumes_without_loss_or_duplicates()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenth = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var served = 0;
        for (var i = 1; i <= Count; i++)
        {
            var page = Fixture.Article($"Новость номер {i} о событиях в Алматы");
            _server.Map($"/news/{i}", async ctx =>
            {
                if (Interlocked.Increment(ref served) == 10) tenth.TrySetResult();
                await Task.Delay(30, ctx.RequestAborted);
                await ctx.Response.WriteAsync(page, ctx.RequestAborted);
            });
        }
        _server.Map("/rss", Fixture.Rss(Enumerable.Range(1, Count).Select(i => (_server.Url($"/news/{i}").AbsoluteUri, $"Новость номер {i} о событиях в Алматы"))), "application/rss+xml");
        var list = Path.Combine(_data + "-sources.txt");
        await File.WriteAllTextAsync(list, _server.Url("/rss").AbsoluteUri + "\n", ct);
        string[] args = ["ingest", "--once", "--sources", list, "--data", _data, "--allow-network", "127.0.0.1/32"];

        using (var first = Start(args))
        {
            first.OutputDataReceived += (_, _) => { };
            first.ErrorDataReceived += (_, _) => { };
            first.BeginOutputReadLine();
            first.BeginErrorReadLine();
            await tenth.Task.WaitAsync(TimeSpan.FromSeconds(60), ct);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(ct);
        }
        await using (var look = await CrawlHarness.StartAsync(_data))
            Assert.InRange(await look.Articles.CountAsync(ct), 0, Count - 1);
        await WaitForLeasesToLapseAsync(ct);

        using (var second = Start(args))
        {
            var output = second.StandardOutput.ReadToEndAsync(ct);
            var errors = second.StandardError.ReadToEndAsync(ct);
            await second.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromMinutes(2), ct);
            Assert.True(second.ExitCode == ExitCodes.Ok, await output + await errors);
        }

        await using var harness = await CrawlHarness.StartAsync(_data);
        Assert.Equal(Count, await harness.Articles.CountAsync(ct));
        var fetches = Enumerable.Range(1, Count).Select(i => _server.RequestsTo($"/news/{i}").Count()).ToArray();
        Assert.All(fetches, n => Assert.InRange(n, 1, 2));
        // At most MaxInFlightPerHost (2 by default) requests were in flight at the kill; a page stored just before
        // the kill without its crawl_entries row yet is fetched again but stored once (one row per canonical URL).
        Assert.InRange(fetches.Sum(), Count, Count + 3);
    }

    /// <summary>
    /// The killed process held the listing's lease (and the host's): a restart finds it busy until the lease lapses,
    /// as another live crawler's would be. Waits for that moment, read from the database (not a guess).
    /// </summary>
    private async Task WaitForLeasesToLapseAsync(CancellationToken ct)
    {
        long until;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data, "janalyq.db")}"))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT max(coalesce(lease_expires_utc, 0)) FROM (SELECT lease_expires_utc FROM crawl_feeds UNION ALL SELECT lease_expires_utc FROM crawl_hosts)";
            until = Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
        }
        var wait = DateTimeOffset.FromUnixTimeMilliseconds(until) - TimeProvider.System.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait + TimeSpan.FromMilliseconds(10), ct);
    }

    private static Process Start(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(CliProcess.Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment.Remove("JANALYQ_DATA");
        info.Environment["JANALYQ_Politeness__MinIntervalPerHost"] = "00:00:00";
        // Short leases, so that the restart does not wait the default minute for the killed process's to lapse.
        info.Environment["JANALYQ_Crawler__LeaseDuration"] = "00:00:02";
        info.Environment["JANALYQ_Politeness__MaxCrawlDelay"] = "00:00:01";
        info.Environment["JANALYQ_Politeness__HostLeaseDuration"] = "00:00:02";
        return Process.Start(info)!;
    }
}
