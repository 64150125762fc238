using Janalyq.Storage;
using Janalyq.Tests.Support;
using Janalyq.Web.Cli;

namespace Janalyq.Tests.Ingestion.Import;

/// <summary>A process killed in the middle of an import loses nothing it committed, and a re-run completes without duplicates.</summary>
public sealed class InterruptedImportTests
{
    private const int Pages = 1500;

    [Fact]
    public async Task A_killed_import_keeps_what_it_stored_and_a_rerun_completes_it()
    {
        var ct = TestContext.Current.CancellationToken;
        using var pages = new TempFolder();
        for (var i = 0; i < Pages; i++)
            await File.WriteAllTextAsync(pages.File($"page-{i:D5}.html"), FolderImporterTests.Page(i), ct);

        using var fresh = new TempFolder();
        using (var process = CliProcess.Start("import", pages.Path, "--data", fresh.Path))
        {
            long stored;
            var deadline = TimeSpan.FromSeconds(60);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            do
            {
                await Task.Delay(20, ct);
                stored = await CountAsync(fresh.Path);
            }
            while (stored < 20 && watch.Elapsed < deadline && !process.HasExited);
            Assert.False(process.HasExited, "the import ended before it could be killed; make the folder larger");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
        }

        var afterKill = await CountAsync(fresh.Path);
        Assert.InRange(afterKill, 20, Pages - 1);

        var rerun = await CliProcess.RunAsync("import", pages.Path, "--data", fresh.Path);
        Assert.Equal(ExitCodes.Ok, rerun.ExitCode);
        await using var engine = await Engine.StartAsync(fresh.Path);
        Assert.Equal(Pages, await engine.Get<IArticleRepository>().CountAsync(ct));
        Assert.Equal(Pages, await engine.ScalarAsync("SELECT count(DISTINCT canonical_url) FROM articles"));
    }

    private static async Task<long> CountAsync(string data)
    {
        var file = Path.Combine(data, "janalyq.db");
        if (!File.Exists(file)) return 0;
        try
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles";
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // not migrated yet
        }
    }
}
