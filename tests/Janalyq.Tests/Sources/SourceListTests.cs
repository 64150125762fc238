using Janalyq.Sources;
using Janalyq.Storage;

namespace Janalyq.Tests.Sources;

public class SourceListTests
{
    [Fact]
    public void A_plain_list_gives_one_source_per_line_with_unique_slugs()
    {
        var sources = SourceList.Parse("""
            # fixture fleet
            http://127.0.0.5:8080/feed/1.xml
            http://127.0.0.5:8080/feed/2.xml   # same host
            https://www.tengrinews.kz/news.rss

            https://site.kz/sitemap-news.xml
            """);
        Assert.Equal(["127-0-0-5", "127-0-0-5-2", "tengrinews-kz", "site-kz"], sources.Select(s => s.Slug));
        Assert.Equal(FeedKind.Sitemap, sources[3].Feeds[0].Kind);
        Assert.Equal("tengrinews.kz", sources[2].Name);
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_number() =>
        Assert.Contains("line 2", Assert.Throws<FormatException>(() => SourceList.Parse("https://a.kz/rss\nftp://b.kz/x")).Message, StringComparison.Ordinal);

    [Fact]
    public void Opml_round_trips_outlets_with_several_listings()
    {
        var sources = SourceList.Parse("""
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>t</title></head><body>
              <outline text="Folder">
                <outline type="rss" slug="dala" text="Dala Info" language="ru-KZ" htmlUrl="https://dala.kz/" xmlUrl="https://dala.kz/rss" timeZone="Asia/Almaty"/>
                <outline type="rss" slug="dala" text="Dala Info" xmlUrl="https://dala.kz/sitemap-news.xml"/>
                <outline text="Section" kind="section" links="/news/\d+" xmlUrl="https://dala.kz/news/"/>
                <outline text="Off" xmlUrl="https://off.kz/rss" enabled="false"/>
              </outline>
            </body></opml>
            """);
        Assert.Equal(3, sources.Count);
        Assert.Equal(2, sources[0].Feeds.Count);
        Assert.Equal(("ru", "Asia/Almaty", FeedKind.Sitemap), (sources[0].Language, sources[0].TimeZone, sources[0].Feeds[1].Kind));
        Assert.Equal(FeedKind.SectionPage, sources[1].Feeds[0].Kind);
        Assert.False(sources[2].Enabled);

        var again = Opml.Read(Opml.Write(sources));
        Assert.Equal(sources.Select(s => (s.Slug, s.Name, s.Language, s.Enabled, s.Feeds.Count)), again.Select(s => (s.Slug, s.Name, s.Language, s.Enabled, s.Feeds.Count)));
        Assert.Equal(sources[1].Feeds[0].Url, again[1].Feeds[0].Url);
        Assert.Equal(@"/news/\d+", sources[1].Feeds[0].LinkPattern);
        Assert.Equal(sources[1].Feeds[0], again[1].Feeds[0]);
    }

    [Fact]
    public void The_default_sources_file_lists_real_outlets_in_ru_kk_and_en()
    {
        var sources = DefaultSources.Load();
        Assert.True(sources.Count >= 40);
        Assert.Equal(sources.Count, sources.Select(s => s.Slug).Distinct().Count());
        Assert.True(sources.Count(s => s.Language == "kk") >= 5);
        Assert.True(sources.Count(s => s.Language == "en") >= 3);
        Assert.All(sources.SelectMany(s => s.Feeds), f => Assert.StartsWith("https://", f.Url, StringComparison.Ordinal));
        Assert.Contains(sources, s => s.Slug == "tengrinews");
    }
}
