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
    public void A_real_page_with_a_stray_nul_byte_is_extracted()
    {
        var a = Run(ArticleExtractor.Default, Page("<html><head><title>T</title></head><body>\0<article><p>Новость дня: в Алматы выпал первый снег, и коммунальные службы вышли на улицы города.</p></article></body></html>"));
        Assert.Contains("первый снег", a.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("png", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData("jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData("gif", new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a' })]
    [InlineData("pdf", new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1', (byte)'.', (byte)'7', (byte)'\n' })]
    [InlineData("zip", new byte[] { (byte)'P', (byte)'K', 3, 4 })]
    [InlineData("webp", new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'E', (byte)'B', (byte)'P' })]
    public void Real_binaries_are_refused_by_their_magic_number_even_when_the_rest_looks_like_text(string kind, byte[] magic)
    {
        var bytes = magic.Concat(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>text that looks like markup</p>\n", 100)))).ToArray();
        var e = Assert.Throws<ExtractionException>(() => Run(ArticleExtractor.Default, Page(bytes)));
        Assert.Contains("not an HTML page", e.Message, StringComparison.Ordinal);
        Assert.True(PageDecoder.LooksBinary(bytes), kind);
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
            var e = await Assert.ThrowsAsync<ExtractionException>(() => PageFiles.ReadAsync(path, Limit, TestContext.Current.CancellationToken));
            Assert.Contains("truncated or corrupt", e.Message, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    private const int Limit = 1024 * 1024;

    [Theory]
    [InlineData("garbage after the header", 10)]
    [InlineData("a header alone", 0)]
    public async Task A_corrupt_gzip_gives_a_clear_error(string what, int garbage)
    {
        var path = Path.Combine(Path.GetTempPath(), $"janalyq-corrupt-{Guid.NewGuid():N}.html.gz");
        try
        {
            byte[] header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];
            await File.WriteAllBytesAsync(path, [.. header, .. Enumerable.Repeat((byte)0xEE, garbage * 100)], TestContext.Current.CancellationToken);
            var e = await Assert.ThrowsAsync<ExtractionException>(() => PageFiles.ReadAsync(path, Limit, TestContext.Current.CancellationToken));
            Assert.Contains("truncated or corrupt", e.Message, StringComparison.Ordinal);
            Assert.NotNull(what);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task A_gzip_that_unpacks_over_the_limit_is_refused_at_the_limit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"janalyq-bomb-{Guid.NewGuid():N}.html.gz");
        try
        {
            await Janalyq.Tests.Cli.GzipBomb.WriteAsync(path, 64, TestContext.Current.CancellationToken);
            Assert.True(new FileInfo(path).Length < 1024 * 1024);
            var e = await Assert.ThrowsAsync<ExtractionException>(() => PageFiles.ReadAsync(path, 64 * 1024, TestContext.Current.CancellationToken));
            Assert.Equal("The unpacked page is over the 64 KB limit (Extraction:MaxPageBytes).", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task A_plain_page_over_the_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"janalyq-big-{Guid.NewGuid():N}.html");
        try
        {
            await File.WriteAllTextAsync(path, new string('a', 3 * 1024 * 1024), TestContext.Current.CancellationToken);
            var e = await Assert.ThrowsAsync<ExtractionException>(() => PageFiles.ReadAsync(path, Limit, TestContext.Current.CancellationToken));
            Assert.Equal("The page is 3 MB, over the 1 MB limit (Extraction:MaxPageBytes).", e.Message);
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
            Assert.Equal(original, await PageFiles.ReadAsync(path, Limit, TestContext.Current.CancellationToken));
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
