using System.IO.Compression;
using Janalyq.Storage;
using Janalyq.Tests.Ingestion.Import;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Cli;

/// <summary>`./janalyq import PATH` on hostile folders: one clear line per bad input, the documented exit code, the rest imported.</summary>
public sealed class ImportCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_gzip_bomb_is_refused_as_over_the_limit_without_unpacking_it_whole()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("good.html"), FolderImporterTests.Page(1), Ct);
        await GzipBomb.WriteAsync(folder.File("bomb.html.gz"), 512, Ct);
        using var data = new TempFolder();

        // A 192 MB heap: unpacking the 512 MB page whole runs out of memory; reading it up to the limit does not.
        var (exit, _, stderr) = await CliProcess.RunAsync(GzipBomb.Environment, "import", folder.Path, "--data", data.Path);

        Assert.Equal(1, exit);
        Assert.Contains("bomb.html.gz", stderr, StringComparison.Ordinal);
        Assert.Contains("over the 1 MB limit (Extraction:MaxPageBytes)", stderr, StringComparison.Ordinal);
        AssertNoStackTrace(stderr);
        await using var engine = await Engine.StartAsync(data.Path);
        Assert.Equal(1, await engine.Get<IArticleRepository>().CountAsync(Ct));
    }

    [Fact]
    public async Task Symlink_cycles_and_a_link_to_the_parent_read_each_real_file_once()
    {
        using var root = new TempFolder();
        var pages = Directory.CreateDirectory(root.File("pages")).FullName;
        await File.WriteAllTextAsync(Path.Combine(pages, "a.html"), FolderImporterTests.Page(1), Ct);
        await File.WriteAllTextAsync(Path.Combine(pages, "b.html"), FolderImporterTests.Page(2), Ct);
        await File.WriteAllTextAsync(root.File("c.html"), FolderImporterTests.Page(3), Ct);
        Directory.CreateSymbolicLink(Path.Combine(pages, "loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(pages, "loop2"), ".");
        Directory.CreateSymbolicLink(Path.Combine(pages, "up"), "..");
        File.CreateSymbolicLink(Path.Combine(pages, "a-again.html"), "a.html");
        using var data = new TempFolder();

        var (exit, _, stderr) = await CliProcess.RunAsync("import", pages, "--data", data.Path);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("skipped /", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("failed /", stderr, StringComparison.Ordinal);
        await using var engine = await Engine.StartAsync(data.Path);
        Assert.Equal(3, await engine.Get<IArticleRepository>().CountAsync(Ct)); // a, b and, through "up", c
        Assert.Equal([3, 0, 0, 0, 0], Summary(stderr)); // new, updated, unchanged, skipped, failed: nothing read twice
    }

    [Fact]
    public async Task A_fifo_named_like_a_page_is_skipped_not_waited_on()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("b.html"), FolderImporterTests.Page(1), Ct);
        await MakeFifoAsync(folder.File("a.html"));
        using var data = new TempFolder();

        var (exit, _, stderr) = await CliProcess.RunAsync("import", folder.Path, "--data", data.Path);

        Assert.Equal(1, exit);
        Assert.Contains("a.html: not a regular file", stderr, StringComparison.Ordinal);
        await using var engine = await Engine.StartAsync(data.Path);
        Assert.Equal(1, await engine.Get<IArticleRepository>().CountAsync(Ct));
    }

    [Fact]
    public async Task A_missing_path_is_a_bad_argument_exit_4()
    {
        using var data = new TempFolder();

        var (exit, _, stderr) = await CliProcess.RunAsync("import", "/nonexistent/janalyq-pages", "--data", data.Path);

        Assert.Equal(4, exit);
        Assert.Equal("janalyq: no file or folder at /nonexistent/janalyq-pages.", stderr.Trim());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_subfolder_is_reported_and_the_rest_imported_with_exit_1()
    {
        // Root reads every folder whatever its mode: FolderImporterTests proves the same through the listing seam.
        if (Environment.IsPrivilegedProcess) Assert.Skip("running as root, which can read a folder of mode 000; FolderImporterTests.An_unreadable_subfolder_* covers it");
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.html"), FolderImporterTests.Page(1), Ct);
        var locked = Directory.CreateDirectory(folder.File("locked")).FullName;
        await File.WriteAllTextAsync(Path.Combine(locked, "b.html"), FolderImporterTests.Page(2), Ct);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        using var data = new TempFolder();
        try
        {
            var (exit, _, stderr) = await CliProcess.RunAsync("import", folder.Path, "--data", data.Path);

            Assert.Equal(1, exit);
            Assert.Contains("locked: cannot read the folder", stderr, StringComparison.Ordinal);
            await using var engine = await Engine.StartAsync(data.Path);
            Assert.Equal(1, await engine.Get<IArticleRepository>().CountAsync(Ct));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task A_database_locked_by_another_writer_is_one_line_and_exit_2()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.html"), FolderImporterTests.Page(1), Ct);
        using var data = new TempFolder();
        await (await Engine.StartAsync(data.Path)).DisposeAsync(); // migrated

        await using var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={data.File("janalyq.db")};Pooling=False");
        await writer.OpenAsync(Ct);
        await using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync(Ct);
        }
        var (exit, _, stderr) = await CliProcess.RunAsync(
            new Dictionary<string, string> { ["JANALYQ_Storage__Sqlite__BusyTimeoutMs"] = "200" }, "import", folder.Path, "--data", data.Path);

        Assert.Equal(2, exit);
        Assert.Contains("locked", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
        AssertNoStackTrace(stderr);
    }

    internal static void AssertNoStackTrace(string stderr) => Assert.DoesNotMatch(@"\n\s+at [\w.]+\(|Exception:", stderr);

    /// <summary>The numbers of the summary table (new, updated, unchanged, skipped, ...) printed at the end.</summary>
    internal static int[] Summary(string stderr)
    {
        var row = stderr.Split('\n').Last(l => l.Contains('│', StringComparison.Ordinal) && l.Any(char.IsDigit));
        return row.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(c => c.Length > 0)
            .Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    internal static async Task MakeFifoAsync(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        await mkfifo.WaitForExitAsync(Ct);
        Assert.Equal(0, mkfifo.ExitCode);
    }
}

/// <summary>A small .gz file that unpacks to hundreds of megabytes (gzip members of zeros, concatenated).</summary>
internal static class GzipBomb
{
    /// <summary>The child's settings: a page limit of 1 MB and a heap of 192 MB, far under the bomb's size.</summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["JANALYQ_Extraction__MaxPageBytes"] = "1048576",
        ["DOTNET_GCHeapHardLimit"] = "0xC000000",
    };

    public static async Task WriteAsync(string path, int megabytes, CancellationToken cancellationToken)
    {
        using var member = new MemoryStream();
        await using (var gz = new GZipStream(member, CompressionLevel.SmallestSize, leaveOpen: true))
            await gz.WriteAsync(new byte[8 * 1024 * 1024], cancellationToken);
        await using var file = File.Create(path);
        for (var i = 0; i < megabytes / 8; i++)
            await file.WriteAsync(member.GetBuffer().AsMemory(0, (int)member.Length), cancellationToken);
    }
}
