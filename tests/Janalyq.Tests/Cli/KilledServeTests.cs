using System.Diagnostics;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Cli;

/// <summary>
/// `serve` killed with SIGKILL while it imports the demo corpus into an empty data folder (its first start) loses nothing
/// it committed, and the next start completes the demo import, without duplicates, and serves the home page. The kill
/// point is synchronised through the corpus itself: two pages of a copy of the corpus are named pipes, so the program
/// blocks opening one until the test opens its other end. The template pass reads every page first (the piped page,
/// then the next one, also piped: its open proves the first is closed again), then the page loop reads the piped page
/// again, when every page before it is stored. No sleep, no polling.
/// </summary>
public sealed class KilledServeTests
{
    private const int PipedPage = 20; // index in the manifest: 20 pages are stored before it

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <param name="inPageLoop">false: killed in the template pass (sources saved, no article); true: in the page loop.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_serve_killed_during_the_demo_import_completes_it_at_the_next_start(bool inPageLoop)
    {
        var corpus = await DemoCorpusFixture.LoadAsync();
        using var copy = new TempFolder();
        CopyFolder(corpus.Folder, copy.Path);
        var piped = Path.Combine(copy.Path, corpus.Pages[PipedPage].File);
        var next = Path.Combine(copy.Path, corpus.Pages[PipedPage + 1].File);
        var content = await File.ReadAllBytesAsync(piped, Ct);
        var nextContent = await File.ReadAllBytesAsync(next, Ct);
        foreach (var file in new[] { piped, next })
        {
            File.Delete(file);
            Posix.MakeFifo(file);
        }
        var environment = new Dictionary<string, string>
        {
            ["JANALYQ_Demo__CorpusDirectory"] = copy.Path,
            ["JANALYQ_Crawler__Enabled"] = "false",
        };
        using var data = new TempFolder();

        using (var child = CliProcess.Start(environment, "serve", "--data", data.Path, "--urls", "http://127.0.0.1:0"))
        {
            try
            {
                var reader = await OpenedByAsync(piped, child); // the template pass reads the page
                if (inPageLoop)
                {
                    await FeedAsync(reader, content);
                    await FeedAsync(await OpenedByAsync(next, child), nextContent); // the template pass is past the piped page
                    reader = await OpenedByAsync(piped, child); // the page loop reads it: the pages before it are committed
                }
                await using (reader)
                {
                    CliProcess.Freeze(child);
                    var articles = await DatabaseChecks.AssertIntactAsync(data.Path);
                    Assert.Equal(inPageLoop ? PipedPage : 0, articles.Count);
                }
            }
            finally
            {
                await CliProcess.KillHardAsync(child);
            }
            Assert.Equal(128 + 9, child.ExitCode);
        }

        foreach (var (file, bytes) in new[] { (piped, content), (next, nextContent) })
        {
            File.Delete(file);
            await File.WriteAllBytesAsync(file, bytes, Ct);
        }
        using (var restarted = CliProcess.Start(environment, "serve", "--data", data.Path, "--urls", "http://127.0.0.1:0"))
        {
            try
            {
                var serving = await CliProcess.ReadUntilAsync(restarted, l => l.StartsWith("Janalyq is serving on ", StringComparison.Ordinal));
                var address = serving["Janalyq is serving on ".Length..].Split([',', ' '])[0];
                using var http = new HttpClient();
                using var home = await http.GetAsync(new Uri(address + "/"), Ct);
                Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
                var articles = await DatabaseChecks.AssertIntactAsync(data.Path);
                Assert.Equal(corpus.Pages.Count, articles.Count);
                Assert.All(corpus.Pages, page => Assert.Contains(page.Canonical ?? page.Url, articles.Keys));
            }
            finally
            {
                await CliProcess.KillHardAsync(restarted);
            }
        }
    }

    /// <summary>
    /// Opens the named pipe for writing, which returns once the child opens it for reading. Should the child end
    /// instead, the test opens the read end itself to release the waiting open, and fails.
    /// </summary>
    private static async Task<FileStream> OpenedByAsync(string fifo, Process child)
    {
        var open = Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1), Ct);
        var exited = child.WaitForExitAsync(Ct);
        if (await Task.WhenAny(open, exited) == open) return await open;
        await using (new FileStream(fifo, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1))
            await (await open).DisposeAsync();
        throw new InvalidOperationException($"serve ended (exit {child.ExitCode}) before it read the piped page: {await child.StandardError.ReadToEndAsync(Ct)}");
    }

    /// <summary>Writes the page into the pipe and closes it: the reader sees the page, then its end.</summary>
    private static async Task FeedAsync(FileStream pipe, byte[] content)
    {
        await using (pipe)
            await pipe.WriteAsync(content, Ct);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
