using Janalyq.Discovery;

namespace Janalyq.Tests.Discovery;

public class ListingParserTests
{
    private static FeedDocument Parse(string file, string? contentType = null, string url = "https://vg.example/rss") =>
        ListingParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "testdata", "feeds", file)), contentType,
            new ListingContext(new Uri(url), ListingContext.DefaultZone));

    [Fact]
    public void Windows1251_feed_is_decoded_with_html_entities_and_russian_dates()
    {
        var feed = Parse("encoding_windows-1251.xml");
        Assert.Equal(ListingFormat.Rss, feed.Format);
        Assert.Equal("Вечерний город", feed.Title);
        Assert.Equal(TimeSpan.FromMinutes(15), feed.UpdateInterval);
        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal("Акимат «обновил» маршруты автобусов", feed.Entries[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 14, 30, 0, TimeSpan.FromHours(5)), feed.Entries[0].Published);
        Assert.Equal("Жара в Алматы: рекорд & предупреждение", feed.Entries[1].Title);
        Assert.Equal("https://vg.example/news/102-zhara", feed.Entries[1].Url.AbsoluteUri);
        // No zone given: read in Asia/Almaty, UTC+5 since March 2024.
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 15, 0, TimeSpan.FromHours(5)), feed.Entries[1].Published);
    }

    [Theory]
    [InlineData("encoding_koi8-r.xml", null)]
    [InlineData("koi8-r_no_declaration.xml", "application/rss+xml; charset=koi8-r")]
    public void Koi8r_feed_is_decoded_from_declaration_or_header(string file, string? contentType)
    {
        var feed = Parse(file, contentType);
        Assert.Equal("Старая газета", feed.Title);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("Новости экономики", entry.Title);
        Assert.Equal("a-1", entry.Id);
    }

    [Fact]
    public void Rss10_rdf_items_are_read_with_dublin_core()
    {
        var feed = Parse("rss10_rdf.xml");
        Assert.Equal(ListingFormat.RssRdf, feed.Format);
        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal("Иван Петров", feed.Entries[0].Author);
        Assert.Equal("https://dw.example/ru/a-2", feed.Entries[1].Url.AbsoluteUri);
        Assert.Equal(TimeSpan.FromHours(3), feed.Entries[1].Published!.Value.Offset);
    }

    [Fact]
    public void Atom_uses_alternate_link_and_xml_base()
    {
        var feed = Parse("atom.xml");
        Assert.Equal("The Steppe Times", feed.Title);
        Assert.Equal("https://steppe.example/en/2026/11/grain-exports", feed.Entries[0].Url.AbsoluteUri);
        Assert.Equal("Grain exports & rail", feed.Entries[0].Title);
        Assert.Equal("Aigerim Sadykova", feed.Entries[0].Author);
        Assert.Equal("https://steppe.example/en/2026/11/no-link", feed.Entries[1].Url.AbsoluteUri);
        Assert.Equal(new DateTime(2026, 11, 24), feed.Entries[1].Updated!.Value.Date);
    }

    [Fact]
    public void Json_feed_items_without_url_are_skipped_and_bad_dates_are_null()
    {
        var feed = Parse("jsonfeed.json");
        Assert.Equal(ListingFormat.JsonFeed, feed.Format);
        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal("Первая & лучшая", feed.Entries[0].Title);
        Assert.Equal("A, B", feed.Entries[0].Author);
        Assert.Equal("https://vg.example/img/1.jpg", feed.Entries[0].ImageUrl);
        Assert.Null(feed.Entries[1].Published);
    }

    [Fact]
    public void Sitemap_index_lists_children_newest_first()
    {
        var feed = Parse("sitemap_index.xml");
        Assert.Equal(ListingFormat.SitemapIndex, feed.Format);
        Assert.Equal("https://kz.example/sitemap-2026-11.xml", feed.ChildListings[0].AbsoluteUri);
    }

    [Fact]
    public void News_sitemap_gives_titles_dates_and_images_newest_first()
    {
        var feed = Parse("news_sitemap.xml");
        Assert.Equal("Новая", feed.Entries[0].Title);
        Assert.Equal("https://kz.example/i.jpg", feed.Entries[0].ImageUrl);
        Assert.Equal("Старая", feed.Entries[1].Title);
    }

    [Fact]
    public void Gzipped_sitemap_is_unpacked()
    {
        var raw = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "testdata", "feeds", "news_sitemap.xml"));
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(raw);
        var feed = ListingParser.Parse(packed.ToArray(), "application/octet-stream", new ListingContext(new Uri("https://kz.example/s.xml.gz"), ListingContext.DefaultZone));
        Assert.Equal(2, feed.Entries.Count);
    }

    [Theory]
    [InlineData("hostile_billion_laughs.xml")]
    [InlineData("hostile_external_entity.xml")]
    public void Hostile_xml_is_refused(string file)
    {
        var e = Assert.Throws<FeedFormatException>(() => Parse(file));
        Assert.Contains("hostile", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rss091_with_netscape_doctype_bare_ampersand_and_html_entities_reads()
    {
        var feed = Parse("rss091_doctype.xml");
        Assert.Equal("Old & Gold", feed.Title);
        Assert.Equal("Café news © 2026", feed.Entries[0].Title);
        Assert.Equal("Bare & ampersand", feed.Entries[0].Summary);
    }

    [Fact]
    public void Section_page_links_follow_the_pattern_or_the_heuristic()
    {
        const string html = """
            <!doctype html><html><head><title>Новости</title></head><body>
            <a href="/">Главная</a><a href="/news/">Новости</a><a href="/tag/astana">Астана</a>
            <a href="/news/2026/11/24/akimat-reshil-12345">Акимат решил</a>
            <a href="https://m.site.example/news/2026/11/24/second-story-67890#comments">Вторая</a>
            <a href="https://other.example/news/2026/11/1">Чужая</a>
            <a href="/upload/photo.jpg">Фото</a></body></html>
            """;
        var context = new ListingContext(new Uri("https://site.example/news/"), ListingContext.DefaultZone);
        var feed = ListingParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "text/html", context);
        Assert.Equal(["https://site.example/news/2026/11/24/akimat-reshil-12345", "https://m.site.example/news/2026/11/24/second-story-67890"],
            feed.Entries.Select(e => e.Url.AbsoluteUri));
        var patterned = ListingParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "text/html",
            context with { LinkPattern = new System.Text.RegularExpressions.Regex("akimat") });
        Assert.Single(patterned.Entries);
    }

    [Fact]
    public void Garbage_is_a_format_error_not_a_crash()
    {
        Assert.Throws<FeedFormatException>(() => ListingParser.Parse("<rss><channel><item>"u8.ToArray(), null, new ListingContext(new Uri("https://x.example/"), ListingContext.DefaultZone)));
        Assert.Throws<FeedFormatException>(() => ListingParser.Parse("{\"no\":1}"u8.ToArray(), null, new ListingContext(new Uri("https://x.example/"), ListingContext.DefaultZone)));
        Assert.Throws<FeedFormatException>(() => ListingParser.Parse(""u8.ToArray(), null, new ListingContext(new Uri("https://x.example/"), ListingContext.DefaultZone)));
    }
}
