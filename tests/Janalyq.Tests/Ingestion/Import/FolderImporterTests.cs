using System.IO.Compression;
using System.Text;
using Janalyq.Ingestion.Import;
using Janalyq.Storage;
using Janalyq.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Ingestion.Import;

public sealed class FolderImporterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A small but real article page, distinct per number.</summary>
    internal static string Page(int n) => $$"""
        <!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Новость номер {{n}} — Тест</title>
        <link rel="canonical" href="https://test.kz/news/{{n}}"></head>
        <body><nav><a href="/">Главная</a> <a href="/politics">Политика</a></nav>
        <article><h1>Новость номер {{n}}</h1>
        <p>Первый абзац новости номер {{n}}: в Алматы прошло заседание, на котором обсуждали развитие городского транспорта и новые автобусные маршруты.</p>
        <p>Второй абзац новости номер {{n}}: участники договорились вернуться к вопросу через месяц, когда будут готовы расчёты стоимости проекта.</p>
        <p>Третий абзац новости номер {{n}}: жители смогут высказать своё мнение на общественных слушаниях, которые пройдут в каждом районе города.</p>
        </article><footer>© Тест</footer></body></html>
        """;

    [Fact]
    public async Task Junk_is_reported_and_skipped_and_the_rest_is_imported()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("good-1.html"), Page(1), Ct);
        await using (var gz = new GZipStream(File.Create(folder.File("good-2.html.gz")), CompressionLevel.Fastest))
            await gz.WriteAsync(Encoding.UTF8.GetBytes(Page(2)), Ct);
        await File.WriteAllBytesAsync(folder.File("empty.html"), [], Ct);
        await File.WriteAllBytesAsync(folder.File("binary.html"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray(), Ct);
        await File.WriteAllTextAsync(folder.File("broken.html"), "<html><body><div><p>Обрыв стр", Ct);
        await File.WriteAllBytesAsync(folder.File("truncated.html.gz"), (await File.ReadAllBytesAsync(folder.File("good-2.html.gz"), Ct))[..40], Ct);
        await File.WriteAllTextAsync(folder.File("notes.txt"), "just some words, no markup at all", Ct);
        await File.WriteAllTextAsync(folder.File("utf16.html"), Page(3), new UnicodeEncoding(bigEndian: false, byteOrderMark: true), Ct);
        await using var engine = await Engine.StartAsync();

        var report = await engine.Get<FolderImporter>().ImportAsync(folder.Path, null, null, null, Ct);

        Assert.Equal(3, report.Inserted); // the UTF-16 page (NUL bytes, but a BOM) is text

        Assert.Equal(
            ["binary.html", "broken.html", "empty.html", "notes.txt"],
            report.Skipped.Select(s => Path.GetFileName(s.File)).Order(StringComparer.Ordinal));
        Assert.All(report.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.Equal("empty file", report.Skipped.Single(s => s.File.EndsWith("empty.html", StringComparison.Ordinal)).Reason);
        // Read but not a page is junk (skipped); a gzip that cannot be unpacked is an input that failed.
        var failed = Assert.Single(report.Failed);
        Assert.Equal("truncated.html.gz", Path.GetFileName(failed.File));
        Assert.Contains("truncated or corrupt", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(3, await engine.Get<IArticleRepository>().CountAsync(Ct));
    }

    [Fact]
    public async Task A_second_import_of_the_same_folder_creates_no_duplicates()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 3; i++) await File.WriteAllTextAsync(folder.File($"p{i}.html"), Page(i), Ct);
        await using var engine = await Engine.StartAsync();
        var importer = engine.Get<FolderImporter>();

        await importer.ImportAsync(folder.Path, null, null, null, Ct);
        var again = await importer.ImportAsync(folder.Path, null, null, null, Ct);

        Assert.Equal(3, again.Unchanged);
        Assert.Equal(3, await engine.Get<IArticleRepository>().CountAsync(Ct));
    }

    [Fact]
    public async Task An_unreadable_subfolder_is_reported_and_the_rest_is_imported()
    {
        // Tests may run as root, which lists a folder of mode 000: the listing seam refuses it instead, as the system would.
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.html"), Page(1), Ct);
        var locked = Directory.CreateDirectory(folder.File("locked")).FullName;
        await File.WriteAllTextAsync(Path.Combine(locked, "b.html"), Page(2), Ct);
        var deeper = Directory.CreateDirectory(folder.File("open")).FullName;
        await File.WriteAllTextAsync(Path.Combine(deeper, "c.html"), Page(3), Ct);
        var listing = new PageFolder(d => d.FullName == locked
            ? throw new UnauthorizedAccessException($"Access to the path '{locked}' is denied.")
            : d.EnumerateFileSystemInfos());
        await using var engine = await Engine.StartAsync(configure: s => s.AddSingleton(listing));

        var report = await engine.Get<FolderImporter>().ImportAsync(folder.Path, null, null, null, Ct);

        Assert.Equal(2, report.Inserted);
        var failed = Assert.Single(report.Failed);
        Assert.Equal(locked, failed.File);
        Assert.StartsWith("cannot read the folder: Access to the path", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_over_the_limit_fails_and_the_rest_is_imported()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.html"), Page(1), Ct);
        await Janalyq.Tests.Cli.GzipBomb.WriteAsync(folder.File("bomb.html.gz"), 16, Ct);
        await using var engine = await Engine.StartAsync(configure: s => s.Configure<Janalyq.Extraction.ExtractionOptions>(o => o.MaxPageBytes = 1024 * 1024));

        var report = await engine.Get<FolderImporter>().ImportAsync(folder.Path, null, null, null, Ct);

        Assert.Equal(1, report.Inserted);
        Assert.Equal("The unpacked page is over the 1 MB limit (Extraction:MaxPageBytes).", Assert.Single(report.Failed).Reason);
    }
}
