using Janalyq.Ingestion.Import;
using Janalyq.Storage;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Ingestion.Import;

/// <summary>
/// An import stopped in the middle loses nothing it committed, and a re-run completes it without duplicates. The stop
/// comes at a known point (the importer's progress hook cancels as the 21st page is about to be read), not after a
/// sleep that real work may outrun; the re-run is a fresh engine on the same database, as after a killed process.
/// </summary>
public sealed class InterruptedImportTests
{
    private const int Pages = 60;
    private const int StopAt = 20;

    [Fact]
    public async Task An_interrupted_import_keeps_what_it_stored_and_a_rerun_completes_it()
    {
        var ct = TestContext.Current.CancellationToken;
        using var pages = new TempFolder();
        for (var i = 0; i < Pages; i++)
            await File.WriteAllTextAsync(pages.File($"page-{i:D5}.html"), FolderImporterTests.Page(i), ct);
        using var data = new TempFolder();

        await using (var engine = await Engine.StartAsync(data.Path))
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var started = 0;
            var progress = new SynchronousProgress(_ => { if (++started > StopAt) stop.Cancel(); });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.Get<FolderImporter>().ImportAsync(pages.Path, null, null, progress, stop.Token));
            Assert.Equal(StopAt, await engine.Get<IArticleRepository>().CountAsync(ct)); // every page before the stop, committed
        }

        await using (var engine = await Engine.StartAsync(data.Path))
        {
            var rerun = await engine.Get<FolderImporter>().ImportAsync(pages.Path, null, null, null, ct);
            Assert.Equal((Pages - StopAt, StopAt), (rerun.Inserted, rerun.Unchanged));
            Assert.Empty(rerun.Failed);
            Assert.Equal(Pages, await engine.Get<IArticleRepository>().CountAsync(ct));
            Assert.Equal(Pages, await engine.ScalarAsync("SELECT count(DISTINCT canonical_url) FROM articles"));
        }
    }

    /// <summary>Calls back on the importer's own thread, at once (Progress&lt;T&gt; would post to the thread pool, later).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
