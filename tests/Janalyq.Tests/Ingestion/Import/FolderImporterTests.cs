using System.IO.Compression;
using System.Text;
using Janalyq.Ingestion.Import;
using Janalyq.Storage;
using Janalyq.Tests.Support;

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
            ["binary.html", "broken.html", "empty.html", "notes.txt", "truncated.html.gz"],
            report.Skipped.Select(s => Path.GetFileName(s.File)).Order(StringComparer.Ordinal));
        Assert.All(report.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
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
}
