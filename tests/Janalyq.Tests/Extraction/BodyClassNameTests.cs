using Janalyq.Extraction;
using Janalyq.Extraction.Body;

namespace Janalyq.Tests.Extraction;

/// <summary>Class names that look like boilerplate but are not: a post's taxonomy, "label hidden", responsive hiding; and link-rich prose.</summary>
public class BodyClassNameTests
{
    private static ExtractedArticle Extract(string html) =>
        ArticleExtractor.Default.Extract(new RawPage(System.Text.Encoding.UTF8.GetBytes(html), new Uri("https://blog.example.org/2020/01/post"), "text/html; charset=utf-8", ExtractionPaths.FetchedAt),
            TestContext.Current.CancellationToken);

    private const string Prose = "<p>Der Abend war still, und über dem Feld stand die Sonne tief, als wir die Kamera zum ersten Mal auf das Licht richteten.</p>"
        + "<p>Die Silhouetten der Bäume zeichneten sich scharf gegen den Himmel ab, und jedes Bild wurde ein wenig besser als das vorige.</p>";

    [Theory]
    [InlineData("post-27 post type-post status-publish hentry category-fotografie tag-comments tag-sidebar")]
    [InlineData("entry hentry tag-share tag-related")]
    public void A_post_is_not_boilerplate_for_its_taxonomy_classes(string classes)
    {
        Assert.False(ClassHints.IsNegativeName(classes));
        Assert.False(ClassHints.IsUnlikelyName(classes));
    }

    [Fact]
    public void Taxonomy_tokens_count_outside_a_post()
    {
        Assert.True(ClassHints.IsNegativeName("tag-list"));
        Assert.Equal("tag-list", ClassHints.WithoutTaxonomy("tag-list"));
    }

    [Theory]
    [InlineData("field field--name-field-text field--label-hidden field__item", false)]
    [InlineData("cms-365804 l-hidden-xs l-text-l", false)]
    [InlineData("teaser-box hidden", true)]
    [InlineData("is-hidden", true)]
    public void Hidden_means_hidden_not_a_hidden_label_or_a_small_screen(string classes, bool negative) =>
        Assert.Equal(negative, ClassHints.IsNegativeName(classes));

    [Fact]
    public void A_blog_post_tagged_like_furniture_keeps_its_text()
    {
        var a = Extract($"""
            <html><body><div id="main"><div class="post-27 post type-post status-publish hentry tag-abendhimmel tag-comments">
            <h2>Scherenschnitt</h2>{Prose}</div></div>
            <div class="sidebar"><a href="/a">Archiv</a> <a href="/b">Impressum</a></div></body></html>
            """);
        Assert.Contains("Die Silhouetten der Bäume", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inside_the_article_a_link_rich_block_with_paragraphs_of_its_own_stays_and_a_link_list_goes()
    {
        static string Para(int i) => $"<p>Absatz {i}: Wer einen Welpen kaufen will, sollte den Züchter besuchen, die Elterntiere sehen und sich Zeit lassen; "
            + $"<a href=\"/z{i}\">die Liste der seriösen Züchter im Verband für Deutschland</a> und <a href=\"/t{i}\">die Tierheime in der Nähe mit allen Adressen</a> "
            + $"und <a href=\"/r{i}\">unser Ratgeber zum Welpenkauf mit allen Fragen und Antworten</a> und <a href=\"/k{i}\">die Kosten im ersten Jahr im Überblick</a> helfen weiter.</p>";
        var links = string.Concat(Enumerable.Range(0, 12).Select(i => $"<li><a href=\"/s{i}\">Weitere Geschichte Nummer {i} aus unserem Archiv</a></li>"));
        var doc = Janalyq.Markup.PageParser.Parse($"""
            <html><body><div id="root">{Prose}{Prose}{Prose}
            <div class="links">{Para(1)}{Para(2)}{Para(3)}{Para(4)}{Para(5)}{Para(6)}</div>
            <div class="more"><ul>{links}</ul></div></div></body></html>
            """);
        var root = doc.GetElementById("root")!;
        var stats = NodeStats.Measure(doc.Body!);
        Assert.True(stats[root.QuerySelector(".links")!].LinkDensity > 0.5);
        ContentPruner.Prune([root], stats);
        Assert.Contains("Absatz 4", root.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Weitere Geschichte", root.TextContent, StringComparison.Ordinal);
    }
}
