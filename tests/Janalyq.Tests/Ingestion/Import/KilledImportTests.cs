using System.Text.RegularExpressions;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Ingestion.Import;

/// <summary>
/// The real program, killed with SIGKILL in the middle of `import FOLDER`, loses nothing it committed, and a rerun
/// completes the import with one article per page. The kill point is synchronised, never timed: `--progress` prints
/// "ready" once the schema is migrated and "page N PATH" as each page is taken up (every page before it is stored); the
/// test reads up to the wanted line, freezes the child at once (SIGSTOP: it may be anywhere, in a transaction too),
/// checks the database as the freeze left it, then SIGKILLs it.
/// </summary>
/// <remarks>
/// Why the child cannot have finished when it is frozen, however the two processes are scheduled: it blocks on writing
/// stdout once the pipe (64 KiB on Linux) and the test's reader (4 KiB read ahead) are full, and each line is over
/// 400 bytes, so it is at most ~170 pages ahead of the line the test acted on: far from the last of <see cref="Pages"/>.
/// </remarks>
public sealed partial class KilledImportTests
{
    private const int Pages = 300;
    private static readonly string LongName = new('x', 180); // long lines: the pipe holds few of them

    /// <param name="line">0: kill after "ready" (migration done; the walk and the template pass follow); N: after "page N" (N-1 pages stored).</param>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(40)]
    public async Task A_killed_import_keeps_what_it_committed_and_a_rerun_completes_it(int line)
    {
        var ct = TestContext.Current.CancellationToken;
        using var pages = new TempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(pages.Path, new string('d', 200))).FullName;
        for (var i = 0; i < Pages; i++)
            await File.WriteAllTextAsync(Path.Combine(folder, $"page-{i:D5}-{LongName}.html"), FolderImporterTests.Page(i), ct);
        using var data = new TempFolder();

        using (var child = CliProcess.Start("import", folder, "--data", data.Path, "--progress"))
        {
            await CliProcess.ReadUntilAsync(child, l => line == 0 ? l == "ready" : l.StartsWith($"page {line} ", StringComparison.Ordinal));
            CliProcess.Freeze(child);
            try
            {
                var stored = AssertWhole(await DatabaseChecks.AssertIntactAsync(data.Path));
                Assert.InRange(stored, Math.Max(0, line - 1), Pages - 1);
            }
            finally
            {
                await CliProcess.KillHardAsync(child);
            }
            Assert.Equal(128 + 9, child.ExitCode); // it died of SIGKILL: it had not ended on its own
        }

        var (exit, _, stderr) = await CliProcess.RunAsync("import", folder, "--data", data.Path);
        Assert.True(exit == 0, stderr);
        Assert.Equal(Pages, AssertWhole(await DatabaseChecks.AssertIntactAsync(data.Path)));
    }

    /// <summary>Every article is one of the pages, whole: its headline and all three paragraphs with its own number.</summary>
    private static int AssertWhole(IReadOnlyDictionary<string, (string Title, string Text, string Html)> articles)
    {
        foreach (var (canonical, (title, text, html)) in articles)
        {
            var n = int.Parse(PageNumber().Match(canonical).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(n, 0, Pages - 1);
            Assert.Equal($"Новость номер {n}", title);
            foreach (var paragraph in new[] { "Первый", "Второй", "Третий" })
            {
                Assert.Contains($"{paragraph} абзац новости номер {n}:", text, StringComparison.Ordinal);
                Assert.Contains($"{paragraph} абзац новости номер {n}:", html, StringComparison.Ordinal);
            }
        }
        return articles.Count;
    }

    [GeneratedRegex(@"^https://test\.kz/news/(\d+)$")]
    private static partial Regex PageNumber();
}
