using System.Net;
using System.Text.Json;
using Janalyq.Storage;
using Janalyq.Tests.Site;
using Janalyq.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Janalyq.Tests.Storage;

/// <summary>
/// Regression for the defect "corruption in the middle of janalyq.db goes unnoticed": a real database file damaged
/// as reported (8 KB of random bytes at half its size) is refused at start, with the way to recover, and without a
/// byte of it changed; damage met at run time turns /healthz Unhealthy and stops writes.
/// </summary>
public sealed class CorruptDatabaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_damaged_file_is_refused_at_start_with_the_way_to_recover_and_left_as_it_was()
    {
        using var folder = new TempFolder();
        var file = await DatabaseFiles.DemoDatabaseAsync(folder.Path);
        DatabaseFiles.Corrupt(file);
        var before = DatabaseFiles.Hash(file);

        var error = await Assert.ThrowsAsync<StorageException>(async () => await Engine.StartAsync(folder.Path));

        Assert.Contains($"The database file {file} is damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains(".recover", error.Message, StringComparison.Ordinal);
        Assert.Contains("backup", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFiles.Hash(file));
    }

    [Fact]
    public async Task Serve_and_import_exit_2_on_a_damaged_file_and_do_not_touch_it()
    {
        using var folder = new TempFolder();
        var file = await DatabaseFiles.DemoDatabaseAsync(folder.Path);
        DatabaseFiles.Corrupt(file);
        var before = DatabaseFiles.Hash(file);

        var serve = await CliProcess.RunAsync("serve", "--data", folder.Path, "--urls", "http://127.0.0.1:0");
        var import = await CliProcess.RunAsync("import", "--demo", "--data", folder.Path);

        foreach (var (exit, _, stderr) in new[] { serve, import })
        {
            Assert.Equal(2, exit);
            Assert.Contains("is damaged", stderr, StringComparison.Ordinal);
            Assert.Contains("To recover:", stderr, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\n\s+at [\w.]+\(|Exception:", stderr);
        }
        Assert.Equal(before, DatabaseFiles.Hash(file));
    }

    [Fact]
    public async Task Damage_met_at_run_time_turns_health_unhealthy_and_stops_writes()
    {
        await using var site = await DemoSiteHost.StartAsync(cancellationToken: Ct);
        var file = SqliteStorageOptions.FileIn(site.Services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory);
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/healthz", Ct)).StatusCode);
        var ids = (await site.AllArticlesAsync()).Select(a => a.Id).ToList();

        await DatabaseFiles.CheckpointAsync(file);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // no connection keeps the sound pages in its cache
        DatabaseFiles.Corrupt(file);
        var articles = site.Services.GetRequiredService<IArticleRepository>();
        var unreadable = 0;
        foreach (var id in ids)
        {
            try
            {
                await articles.GetAsync(id, Ct);
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or FormatException)
            {
                // What made the article pages answer 500; where the noise lands depends on the file's layout, and a
                // damaged cell can also read as garbage text (a time that does not parse) rather than as a SQLite error.
                unreadable++;
            }
        }
        Assert.True(unreadable > 0, "the damage should hit at least one article (the precondition of this test)");

        var response = await site.Client.GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Unhealthy", health.RootElement.GetProperty("status").GetString());
        var database = health.RootElement.GetProperty("checks").GetProperty("database");
        Assert.Contains("is damaged", database.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("To recover:", database.GetProperty("description").GetString(), StringComparison.Ordinal);

        var damaged = DatabaseFiles.Hash(file);
        var refused = await Assert.ThrowsAsync<StorageException>(() =>
            articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/after-damage"), Ct));
        Assert.Contains("is damaged", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => // any other writer: the connection is query-only
            site.Services.GetRequiredService<ISourceRepository>().SaveAsync(new Source { Slug = "x", Name = "X", HomeUrl = "https://x.kz/", Language = "ru" }, Ct));
        Assert.Equal(damaged, DatabaseFiles.Hash(file));
    }
}
