using Janalyq.Extraction;

namespace Janalyq.Tests.Extraction;

/// <summary>A post rendered from a script template, with its text repeated in noscript for readers without scripts.</summary>
public class NoscriptTextTests
{
    private static ExtractedArticle Extract(string html) =>
        ArticleExtractor.Default.Extract(new RawPage(System.Text.Encoding.UTF8.GetBytes(html), new Uri("https://blog.example.com/2020/05/post.html"), "text/html; charset=utf-8", ExtractionPaths.FetchedAt),
            TestContext.Current.CancellationToken);

    [Fact]
    public void The_noscript_copy_of_a_post_is_its_text_and_a_notice_is_not()
    {
        var a = Extract("""
            <html><body><noscript><p>Please enable JavaScript to view this site.</p></noscript>
            <div class="post"><h1>Safer browsing</h1><div class="post-body" itemprop="articleBody">
            <script type="text/template"><p>Over the past years threats on the web became more sophisticated.</p></script>
            <noscript>
            <p>Over the past years threats on the web became more sophisticated, and phishing sites now rotate their domains within hours.</p>
            <p>The new protection checks pages against a list of known threats, and it shares a small part of the address with the service.</p>
            <p>This protocol is designed so that the service cannot tell which page a reader visits, and it keeps the list small.</p>
            </noscript></div></div>
            <div class="footer"><a href="/about">About</a></div></body></html>
            """);
        Assert.Contains("This protocol is designed", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("enable JavaScript", a.Text, StringComparison.Ordinal);
    }
}
