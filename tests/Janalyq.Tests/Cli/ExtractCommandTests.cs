using System.Text.Json;
using Janalyq.Tests.Ingestion.Import;
using Janalyq.Tests.Support;
using Janalyq.Web.Cli;

namespace Janalyq.Tests.Cli;

/// <summary>`./janalyq extract` is how extraction is measured from outside: its output contract must hold.</summary>
public sealed class ExtractCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Contract =
        ["file", "url", "title", "text", "html", "published", "modified", "author", "image", "caption", "credit", "canonical", "site", "language", "original_url", "lead", "section", "tags"];

    [Fact]
    public async Task Prints_one_json_object_per_page_in_order_with_every_contract_field()
    {
        using var folder = new TempFolder();
        var corpus = await DemoCorpusFixture.LoadAsync();
        var page = corpus.Pages.First(p => p.Outlet == "vecherniy-gorod"); // windows-1251, time only in the text
        File.Copy(Path.Combine(corpus.Folder, page.File), folder.File("a.html"));
        await File.WriteAllBytesAsync(folder.File("b.html.gz"), [0x1f, 0x8b, 8, 0, 0, 0], TestContext.Current.CancellationToken);

        var (exit, stdout, stderr) = await CliProcess.RunAsync("extract", folder.File("a.html"), folder.File("b.html.gz"), "--url", page.Url);

        Assert.Equal(ExitCodes.PartialFailure, exit); // the truncated gzip is reported, the good page still printed
        Assert.Contains("b.html.gz", stderr, StringComparison.Ordinal);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var good = JsonDocument.Parse(lines[0]);
        using var bad = JsonDocument.Parse(lines[1]);
        Assert.Equal(Contract, good.RootElement.EnumerateObject().Select(p => p.Name));
        var r = good.RootElement;
        Assert.Equal(page.Url, r.GetProperty("url").GetString());
        Assert.Equal(page.Title, r.GetProperty("title").GetString());
        Assert.Equal(page.Text, r.GetProperty("text").GetString());
        Assert.Equal(page.Published!.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), r.GetProperty("published").GetString());
        Assert.Equal(page.Credit, r.GetProperty("credit").GetString());
        Assert.Equal("ru", r.GetProperty("language").GetString());
        Assert.Equal(page.Lead, r.GetProperty("lead").GetString());
        Assert.Equal(JsonValueKind.Array, r.GetProperty("tags").ValueKind);
        Assert.Equal(JsonValueKind.Null, bad.RootElement.GetProperty("title").ValueKind);
        Assert.False(string.IsNullOrEmpty(bad.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Pages_of_one_outlet_given_together_lose_the_block_their_template_repeats()
    {
        using var folder = new TempFolder();
        var corpus = await DemoCorpusFixture.LoadAsync();
        // Steppe Times closes every article with the same disclaimer, in the markup of an article paragraph.
        var pages = corpus.Pages.Where(p => p.Outlet == "steppe-times").ToList();
        Assert.True(pages.Count >= 8);
        foreach (var p in pages) File.Copy(Path.Combine(corpus.Folder, p.File), folder.File(Path.GetFileName(p.File)));

        var (exit, stdout, _) = await CliProcess.RunAsync("extract", folder.Path);

        Assert.Equal(ExitCodes.Ok, exit);
        var texts = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        Assert.Equal(pages.Count, texts.Count);
        Assert.Equal(pages.Select(p => p.Text).Order(StringComparer.Ordinal), texts.Order(StringComparer.Ordinal));

        // One page alone has no siblings: its disclaimer stays, which is why the template matters.
        var single = await CliProcess.RunAsync("extract", folder.File(Path.GetFileName(pages[0].File)));
        Assert.NotEqual(pages[0].Text, JsonDocument.Parse(single.Stdout.Trim()).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_gzip_bomb_is_an_error_line_over_the_limit_within_bounded_memory()
    {
        using var folder = new TempFolder();
        await GzipBomb.WriteAsync(folder.File("bomb.html.gz"), 512, Ct);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(GzipBomb.Environment, "extract", folder.File("bomb.html.gz"));

        Assert.Equal(1, exit);
        ImportCommandTests.AssertNoStackTrace(stderr);
        var error = JsonDocument.Parse(stdout.Trim()).RootElement.GetProperty("error").GetString();
        Assert.Contains("over the 1 MB limit (Extraction:MaxPageBytes)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_with_symlink_cycles_prints_each_real_page_once()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.html"), FolderImporterTests.Page(1), Ct);
        await File.WriteAllTextAsync(folder.File("b.html"), FolderImporterTests.Page(2), Ct);
        Directory.CreateSymbolicLink(folder.File("loop"), ".");
        Directory.CreateSymbolicLink(folder.File("loop2"), ".");
        File.CreateSymbolicLink(folder.File("c.html"), "a.html");

        var (exit, stdout, _) = await CliProcess.RunAsync("extract", folder.Path);

        Assert.Equal(0, exit);
        var files = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("file").GetString())).ToList();
        Assert.Equal(["a.html", "b.html"], files);
    }

    [Fact]
    public async Task Empty_files_fifos_and_missing_paths_are_error_lines_and_exit_1()
    {
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.File("empty.html"), [], Ct);
        var pages = Directory.CreateDirectory(folder.File("pages")).FullName;
        await File.WriteAllTextAsync(Path.Combine(pages, "b.html"), FolderImporterTests.Page(1), Ct);
        await ImportCommandTests.MakeFifoAsync(Path.Combine(pages, "a.html"));

        var (exit, stdout, stderr) = await CliProcess.RunAsync("extract", folder.File("empty.html"), pages, folder.File("missing.html"));

        Assert.Equal(1, exit);
        ImportCommandTests.AssertNoStackTrace(stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["empty.html", "a.html", "b.html", "missing.html"], lines.Select(l => Path.GetFileName(l.GetProperty("file").GetString())));
        Assert.Equal("empty file", lines[0].GetProperty("error").GetString());
        Assert.Equal("not a regular file (a FIFO, socket or device)", lines[1].GetProperty("error").GetString());
        Assert.False(lines[2].TryGetProperty("error", out _));
        Assert.Contains("missing.html", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_with_a_stray_nul_byte_is_extracted_and_a_pdf_is_refused()
    {
        using var folder = new TempFolder();
        var page = FolderImporterTests.Page(1).Replace("<nav>", "<nav>\0", StringComparison.Ordinal);
        await File.WriteAllTextAsync(folder.File("nul.html"), page, Ct);
        await File.WriteAllTextAsync(folder.File("paper.html"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n<p>text</p>\n", Ct);

        var (exit, stdout, _) = await CliProcess.RunAsync("extract", folder.File("nul.html"), folder.File("paper.html"));

        Assert.Equal(1, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains("Третий абзац новости номер 1", lines[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("not an HTML page", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
