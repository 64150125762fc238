using System.Text;
using Janalyq.Extraction;
using Janalyq.Extraction.Body;

namespace Janalyq.Tests.Extraction;

/// <summary>Video players embedded in an article: kept from the allowed hosts over https, every other iframe gone.</summary>
public class VideoEmbedTests
{
    private const string Prose = "<p>Акимат утвердил план развития транспорта на ближайшие пять лет, сообщает пресс-служба.</p><p>Документ предусматривает выделенные полосы для автобусов на главных улицах города.</p>";

    private static ExtractedArticle Extract(string inside)
    {
        var html = $"<!doctype html><html><head><title>План транспорта</title></head><body><article>{Prose}{inside}<p>Работы начнутся весной, завершить их планируют к концу следующего года.</p></article></body></html>";
        return ArticleExtractor.Default.Extract(new RawPage(Encoding.UTF8.GetBytes(html), new Uri("https://news.example.kz/a/1"), "text/html; charset=utf-8", ExtractionPaths.FetchedAt), TestContext.Current.CancellationToken);
    }

    [Fact]
    public void A_player_from_an_allowed_host_is_kept_as_a_figure()
    {
        var a = Extract("<iframe src=\"https://www.youtube.com/embed/abc123\" width=\"560\" onload=\"alert(1)\"></iframe>");
        Assert.Contains("<figure><iframe src=\"https://www.youtube.com/embed/abc123\"", a.Html, StringComparison.Ordinal);
        Assert.Contains("allowfullscreen", a.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("onload", a.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("youtube", a.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<iframe src=\"https://ads.example.com/frame\"></iframe>")]
    [InlineData("<iframe src=\"http://www.youtube.com/embed/abc123\"></iframe>")] // not https
    [InlineData("<iframe src=\"javascript:alert(1)\"></iframe>")]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")]
    public void Every_other_iframe_is_removed(string iframe)
    {
        var a = Extract(iframe);
        Assert.DoesNotContain("iframe", a.Html, StringComparison.Ordinal);
        Assert.Contains("выделенные полосы", a.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example.com/x\"></iframe>")]
    [InlineData("<iframe src=\"https://www.youtube.com.evil.example/x\"></iframe>")]
    [InlineData("<iframe src=\"data:text/html,hi\"></iframe>")]
    [InlineData("<iframe></iframe>")]
    public void The_sanitizer_removes_iframes_the_writer_would_never_make(string markup)
    {
        var sanitizer = new BodySanitizer(["www.youtube.com"]);
        Assert.DoesNotContain("iframe", sanitizer.Sanitize("<p>x</p>" + markup), StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"https://www.youtube.com/embed/a\"", sanitizer.Sanitize("<iframe src=\"https://www.youtube.com/embed/a\" onload=\"x()\"></iframe>"), StringComparison.Ordinal);
    }
}
