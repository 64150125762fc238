using System.IO.Compression;
using System.Text;
using Janalyq.Extraction;

namespace Janalyq.Tests.Extraction;

/// <summary>Hostile and broken input: a clear error or a best-effort result, never a crash or a hang.</summary>
public class RobustnessTests
{
    private static ExtractedArticle Run(ArticleExtractor extractor, RawPage page) => extractor.Extract(page, TestContext.Current.CancellationToken);

    private static RawPage Page(byte[] bytes, string? contentType = null) => new(bytes, new Uri("https://example.kz/a"), contentType, ExtractionPaths.FetchedAt);
    private static RawPage Page(string html) => Page(Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Empty_input_gives_an_empty_article()
    {
        var a = Run(ArticleExtractor.Default, Page([]));
        Assert.Equal("", a.Text);
        Assert.Null(a.Title);
    }

    [Fact]
    public void Binary_junk_is_refused_with_a_clear_message()
    {
        var junk = new byte[4096];
        new Random(42).NextBytes(junk);
        var e = Assert.Throws<ExtractionException>(() => Run(ArticleExtractor.Default, Page(junk)));
        Assert.Contains("not an HTML page", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_refused()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxPageBytes = 1024 });
        var e = Assert.Throws<ExtractionException>(() => Run(extractor, Page(new string('a', 2048))));
        Assert.Contains("MaxPageBytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_20_MB_page_is_extracted_whole()
    {
        var sb = new StringBuilder("<html><head><title>Big</title></head><body><article>");
        var paragraph = "<p>Это длинный абзац текста статьи, в нём есть запятые, точки и слова, чтобы он выглядел как настоящая новость.</p>\n";
        while (sb.Length < 12 * 1024 * 1024) sb.Append(paragraph);
        sb.Append("</article></body></html>");
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        Assert.True(bytes.Length > 19 * 1024 * 1024);
        // Speed is measured by bench/ (docs/benchmarks.md), not here: this asserts that nothing is lost.
        var a = Run(ArticleExtractor.Default, Page(bytes));
        Assert.True(a.Text.Length > 10_000_000, $"only {a.Text.Length} characters kept");
    }

    [Fact]
    public void A_hundred_thousand_nested_elements_do_not_overflow_the_stack()
    {
        const int depth = 100_000;
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++) sb.Append("<div>");
        sb.Append("<p>Глубоко вложенный текст статьи, который всё же должен найтись, если это возможно.</p>");
        for (var i = 0; i < depth; i++) sb.Append("</div>");
        sb.Append("</body></html>");
        // Run on a thread with an ordinary stack, as ingestion workers do.
        ExtractedArticle? result = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = Run(ArticleExtractor.Default, Page(sb.ToString())); }
            catch (Exception e) { error = e; }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(error);
        Assert.NotNull(result);
    }

    [Fact]
    public void An_unknown_charset_falls_back_to_sniffing()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1251).GetBytes("<html><head><meta charset=\"x-unknown-42\"></head><body><article><p>Новость дня: в Алматы выпал первый снег, и коммунальные службы вышли на улицы города.</p></article></body></html>");
        var a = Run(ArticleExtractor.Default, Page(bytes, "text/html; charset=x-unknown-42"));
        Assert.Contains("первый снег", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_gzip_gives_a_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"janalyq-truncated-{Guid.NewGuid():N}.html.gz");
        try
        {
            using (var ms = new MemoryStream())
            {
                using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true))
                    gz.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Текст статьи для проверки.</p>", 2000))));
                await File.WriteAllBytesAsync(path, ms.ToArray()[..(int)(ms.Length / 2)], TestContext.Current.CancellationToken);
            }
            var e = await Assert.ThrowsAsync<ExtractionException>(() => PageFiles.ReadAsync(path, TestContext.Current.CancellationToken));
            Assert.Contains("truncated or corrupt", e.Message, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task A_whole_gzip_is_unpacked()
    {
        var path = Path.Combine(Path.GetTempPath(), $"janalyq-whole-{Guid.NewGuid():N}.html.gz");
        try
        {
            var original = Encoding.UTF8.GetBytes("<html><body><p>Привет</p></body></html>");
            using (var ms = new MemoryStream())
            {
                using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(original);
                await File.WriteAllBytesAsync(path, ms.ToArray(), TestContext.Current.CancellationToken);
            }
            Assert.Equal(original, await PageFiles.ReadAsync(path, TestContext.Current.CancellationToken));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Nothing_executable_survives_in_the_body_html()
    {
        var evil = """
            <html><body><article><h1>T</h1>
            <p>Первый абзац статьи, достаточно длинный, чтобы его выбрал алгоритм, с запятыми, точками и словами.</p>
            <p onmouseover="steal()" style="background:url(javascript:alert(1))">Второй абзац <a href="javascript:alert(1)">ссылка</a>
              <a href="  JaVaScRiPt:alert(1)">ещё</a> <a href="data:text/html,<script>alert(1)</script>">данные</a> <img src=x onerror=alert(1)></p>
            <script>alert(1)</script><svg><script>alert(2)</script></svg>
            <iframe src="https://evil.example.com/"></iframe><iframe srcdoc="<script>alert(3)</script>"></iframe>
            <form action="https://evil.example.com"><input type="password"></form>
            <object data="x.swf"></object><embed src="x.swf"><math><mi xlink:href="javascript:alert(4)">x</mi></math>
            <p>Третий абзац статьи тоже длинный, с запятыми, точками и словами, как в настоящей новости.</p>
            </article></body></html>
            """;
        var html = Run(ArticleExtractor.Default, Page(evil)).Html;
        foreach (var bad in new[] { "<script", "onmouseover", "onerror", "javascript:", "data:text", "<iframe", "srcdoc", "<form", "<input", "<object", "<embed", "<svg", "<math", "style=" })
            Assert.DoesNotContain(bad, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Третий абзац", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Default.Extract(Page("<html><body><p>x</p></body></html>"), cts.Token));
    }
}
