using System.Text;
using Janalyq.Extraction;

namespace Janalyq.Tests.Extraction;

/// <summary>Title, lead, author and outlet name from the page's declared metadata: the rules, each on a hand-made page.</summary>
public class MetadataTests
{
    private const string Body = "<article><p>" + "Текст статьи о событии, достаточно длинный для абзаца основного текста. " + "</p><p>Второй абзац статьи с подробностями и цитатами участников события.</p></article>";

    private static ExtractedArticle Extract(string head, string body = Body, string url = "https://news.example.kz/2026/11/story")
    {
        var html = $"<!doctype html><html><head>{head}</head><body>{body}</body></html>";
        return ArticleExtractor.Default.Extract(new RawPage(Encoding.UTF8.GetBytes(html), new Uri(url), "text/html; charset=utf-8", ExtractionPaths.FetchedAt), TestContext.Current.CancellationToken);
    }

    [Fact]
    public void JsonLd_wrapped_in_CDATA_is_read()
    {
        var a = Extract("""
            <script type="application/ld+json">//<![CDATA[
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Заголовок из JSON-LD","author":{"@type":"Person","name":"Айгуль Серикова"},"description":"Лид из JSON-LD"}
            //]]></script><meta property="og:title" content="Другой заголовок">
            """);
        Assert.Equal("Заголовок из JSON-LD", a.Title);
        Assert.Equal("Айгуль Серикова", a.Author);
        Assert.Equal("Лид из JSON-LD", a.Lead);
    }

    [Fact]
    public void JsonLd_name_wins_over_a_descriptive_headline_when_the_title_element_carries_it()
    {
        var a = Extract("""<title>New Zealand - Wikipedia</title><script type="application/ld+json">{"@type":"Article","name":"New Zealand","headline":"constitutional monarchy in Oceania"}</script>""");
        Assert.Equal("New Zealand", a.Title);
    }

    [Fact]
    public void Declared_title_comes_before_the_h1_and_keeps_its_own_wording()
    {
        var a = Extract("""<meta property="og:title" content="Seven secrets that hotel owners don't want you to know"><title>The seven secrets | The Daily</title>""",
            "<h1>The seven secrets that hotel owners don't want you to know</h1>" + Body);
        Assert.Equal("Seven secrets that hotel owners don't want you to know", a.Title);
    }

    [Theory]
    [InlineData("How we designed Dropbox’s ATF - an async task framework", "Dropbox Tech", "How we designed Dropbox’s ATF - an async task framework")]
    [InlineData("How to Build a Terrarium | eHow", "eHow", "How to Build a Terrarium")]
    [InlineData("Friday Facts #282 | Example", null, "Friday Facts #282")]
    [InlineData("Степной вестник — Акимат утвердил план", "Степной вестник", "Акимат утвердил план")]
    public void Declared_title_loses_only_a_part_that_names_the_outlet(string declared, string? site, string expected)
    {
        var siteMeta = site is null ? "" : $"""<meta property="og:site_name" content="{site}">""";
        var a = Extract($"""<meta property="og:title" content="{declared}">{siteMeta}""", url: "https://www.example.com/blog/post");
        Assert.Equal(expected, a.Title);
    }

    [Fact]
    public void The_h1_marks_where_the_headline_ends_in_a_declared_title()
    {
        var a = Extract("""<meta property="og:title" content="Māori tribes fearful over whale strandings | Eleanor Ainge Roy">""",
            "<h1>Māori tribes fearful over whale strandings</h1>" + Body);
        Assert.Equal("Māori tribes fearful over whale strandings", a.Title);
    }

    [Fact]
    public void A_headline_that_merely_ends_with_the_outlet_name_is_not_taken_for_it()
    {
        var a = Extract("""<meta property="og:site_name" content="史蒂文的家_藍天"><meta property="og:title" content="新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::">""", url: "https://stevenhgm.pixnet.net/blog/post/1");
        Assert.Equal("新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天", a.Title);
    }

    [Fact]
    public void Dublin_core_and_property_attributes_come_first()
    {
        var a = Extract("""
            <meta name="dc.title" content="Name title"><meta property="dc:title" content="Property title">
            <meta name="author" content="Meta Author"><meta name="DC.creator" content="Creator Name">
            <meta property="og:description x:description" content="A description"><meta property="dc:description og:description" content="Preferred description">
            """);
        Assert.Equal("Property title", a.Title);
        Assert.Equal("Creator Name", a.Author);
        Assert.Equal("Preferred description", a.Lead);
    }

    [Theory]
    [InlineData("""<meta name="twitter:creator" content="folha">""")]
    [InlineData("""<meta name="twitter:creator" content="@someone">""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Заголовок","creator":"CC7567"}</script>""")]
    [InlineData("""<meta name="author" content="user_42">""")]
    public void Account_handles_are_no_byline(string head) => Assert.Null(Extract(head).Author);

    [Theory]
    [InlineData("<div class=\"byline\">Tech Industry by Steven Musil January 18, 2017 11:00 PM PST</div>", "Steven Musil")]
    [InlineData("<div class=\"byline\">By Nathan Willis March 25, 2015</div>", "Nathan Willis")]
    [InlineData("<div class=\"author\">Айгуль Серикова, 25 ноября 2026</div>", "Айгуль Серикова")]
    [InlineData("<div class=\"author\">Айгуль Серикова вчера</div>", "Айгуль Серикова")]
    public void Byline_markup_gives_the_name_alone(string byline, string expected)
    {
        var a = Extract("", byline + Body);
        Assert.Equal(expected, a.Author);
    }

    [Fact]
    public void The_articles_publisher_in_JsonLd_names_the_outlet_before_a_slogan_in_og_site_name()
    {
        var a = Extract("""<meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Titulek","publisher":{"@type":"Organization","name":"Aktuálně.cz"}}</script>""");
        Assert.Equal("Aktuálně.cz", a.Site);
    }
}
