using System.IO.Compression;
using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Janalyq.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Site;

/// <summary>
/// What the demo portal offers machines: RSS and Atom for the site, a category, an outlet and a story; sitemaps and
/// robots.txt; the web app manifest; compressed answers; ETag and 304.
/// </summary>
public class MachineReadableTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string path, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure?.Invoke(request);
        var response = await site.Host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private async Task<SyndicationFeed> FeedAsync(string path, string mediaType)
    {
        var (response, body) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(new MemoryStream(body));
        return SyndicationFeed.Load(reader);
    }

    private static long ArticleId(SyndicationItem item)
    {
        string path = item.Links.Single(l => l.RelationshipType is null or "alternate").Uri.AbsolutePath;
        string key = path[(path.IndexOf("/article/", StringComparison.Ordinal) + "/article/".Length)..];
        return long.Parse(key.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_site_feed_lists_one_entry_per_story_newest_first_with_absolute_links()
    {
        var articles = (await site.Host.AllArticlesAsync()).ToDictionary(a => a.Id);

        var feed = await FeedAsync("/rss.xml", "application/rss+xml");

        Assert.True(feed.Items.Count() >= 10, $"only {feed.Items.Count()} entries");
        foreach (var item in feed.Items)
        {
            var link = item.Links.Single().Uri;
            Assert.True(link.IsAbsoluteUri && link.Host == site.Host.Address.Host, $"{link} is not an absolute link to the site");
            Assert.False(string.IsNullOrWhiteSpace(item.Title.Text));
        }
        var stories = feed.Items.Select(i => articles[ArticleId(i)]).Select(a => a.StoryId is long s ? "s" + s : "a" + a.Id).ToList();
        Assert.Equal(stories.Count, stories.Distinct().Count());
        // Newest first by each story's newest article, as the site's lists (an entry shows the story's article in the
        // feed's language, which may be older).
        var newest = articles.Values.GroupBy(a => a.StoryId is long s ? "s" + s : "a" + a.Id).ToDictionary(g => g.Key, g => g.Max(a => a.PublishedAt));
        var times = stories.Select(s => newest[s]).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task A_category_feed_in_Kazakh_lists_the_categorys_stories_in_Atom()
    {
        var articles = await site.Host.AllArticlesAsync();
        var economyStories = articles.Where(a => a.CategorySlug == "economy").Select(a => a.StoryId ?? -a.Id).ToHashSet();

        var feed = await FeedAsync("/kk/category/economy/atom.xml", "application/atom+xml");

        Assert.Equal("kk", feed.Language);
        Assert.NotEmpty(feed.Items);
        var byId = articles.ToDictionary(a => a.Id);
        Assert.All(feed.Items, item => Assert.Contains(byId[ArticleId(item)].StoryId ?? -ArticleId(item), economyStories));
        Assert.Contains("/kk/article/", feed.Items.First().Links.Single().Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outlet_feed_lists_that_outlets_articles_and_an_unknown_outlet_has_none()
    {
        var sources = await site.Host.Services.GetRequiredService<ISourceRepository>().ListAsync(TestContext.Current.CancellationToken);
        var outlet = sources[0];
        var articles = (await site.Host.AllArticlesAsync()).ToDictionary(a => a.Id);

        var feed = await FeedAsync($"/outlet/{outlet.Slug}/rss.xml", "application/rss+xml");

        Assert.Equal(articles.Values.Count(a => a.SourceId == outlet.Id), feed.Items.Count());
        Assert.All(feed.Items, item => Assert.Equal(outlet.Id, articles[ArticleId(item)].SourceId));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/outlet/no-such-outlet/rss.xml")).Response.StatusCode);
    }

    [Fact]
    public async Task A_story_feed_lists_every_article_of_the_story()
    {
        var articles = await site.Host.AllArticlesAsync();
        var biggest = articles.Where(a => a.StoryId is not null).GroupBy(a => a.StoryId!.Value).MaxBy(g => g.Count())!;

        var feed = await FeedAsync($"/en/story/{biggest.Key}/atom.xml", "application/atom+xml");

        Assert.Equal(biggest.Select(a => a.Id).Order(), feed.Items.Select(ArticleId).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/story/999999/rss.xml")).Response.StatusCode);
    }

    [Theory]
    [InlineData("/", "/rss.xml")]
    [InlineData("/kk/", "/kk/rss.xml")]
    [InlineData("/category/politics", "/category/politics/rss.xml")]
    [InlineData("/en/category/sports", "/en/category/sports/atom.xml")]
    public async Task Every_page_announces_its_feeds_in_its_head_and_they_answer(string page, string announced)
    {
        var document = await site.Host.GetAsync(page);

        var hrefs = document.Document.QuerySelectorAll("head link[rel=alternate][type$='+xml']").Select(l => new Uri(l.GetAttribute("href")!).AbsolutePath).ToList();
        Assert.Contains(announced, hrefs);
        foreach (string href in hrefs) Assert.Equal(HttpStatusCode.OK, (await GetAsync(href)).Response.StatusCode);
    }

    [Fact]
    public async Task The_sitemap_names_every_article_and_the_news_sitemap_only_the_last_two_days()
    {
        var articles = await site.Host.AllArticlesAsync();
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", news = "http://www.google.com/schemas/sitemap-news/0.9";

        var (response, body) = await GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var locs = XDocument.Load(new MemoryStream(body)).Root!.Elements(sm + "url").Select(u => new Uri(u.Element(sm + "loc")!.Value)).ToList();
        Assert.All(locs, l => Assert.True(l.IsAbsoluteUri));
        foreach (var article in articles)
            Assert.Contains(locs, l => l.AbsolutePath.StartsWith($"/article/{article.Id}", StringComparison.Ordinal));
        Assert.Contains(locs, l => l.AbsolutePath == "/kk/category/economy");

        var (newsResponse, newsBody) = await GetAsync("/news-sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, newsResponse.StatusCode);
        var dates = XDocument.Load(new MemoryStream(newsBody)).Root!.Elements(sm + "url")
            .Select(u => DateTimeOffset.Parse(u.Element(news + "news")!.Element(news + "publication_date")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var since = site.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow() - TimeSpan.FromHours(48);
        Assert.Equal(articles.Count(a => a.PublishedAt >= since + TimeSpan.FromMinutes(1)), dates.Count(d => d >= since + TimeSpan.FromMinutes(1)));
        Assert.All(dates, d => Assert.True(d >= since - TimeSpan.FromMinutes(5), $"{d} is older than two days"));
    }

    [Fact]
    public async Task Robots_txt_names_both_sitemaps_by_absolute_address()
    {
        var (response, body) = await GetAsync("/robots.txt");
        string text = System.Text.Encoding.UTF8.GetString(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Sitemap: {site.Host.Address.GetLeftPart(UriPartial.Authority)}/sitemap.xml", text, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {site.Host.Address.GetLeftPart(UriPartial.Authority)}/news-sitemap.xml", text, StringComparison.Ordinal);
        Assert.StartsWith("User-agent: *", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_web_app_manifest_names_the_site_and_its_icon()
    {
        var (response, body) = await GetAsync("/manifest.webmanifest");

        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType!.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal("Janalyq", json.RootElement.GetProperty("name").GetString());
        string icon = json.RootElement.GetProperty("icons")[0].GetProperty("src").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(icon)).Response.StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_and_feeds_are_compressed_for_clients_that_ask_and_decode_to_the_same_bytes(string encoding)
    {
        foreach (string path in new[] { "/", "/kk/category/economy", "/rss.xml" })
        {
            var (plainResponse, plain) = await GetAsync(path);
            var (response, compressed) = await GetAsync(path, r => r.Headers.TryAddWithoutValidation("Accept-Encoding", encoding));

            Assert.Null(plainResponse.Content.Headers.ContentEncoding.FirstOrDefault());
            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            using Stream decoder = encoding == "br"
                ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
                : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var decoded = new MemoryStream();
            await decoder.CopyToAsync(decoded, TestContext.Current.CancellationToken);
            Assert.Equal(plain, decoded.ToArray());
            Assert.True(compressed.Length * 2 < plain.Length, $"{path}: {compressed.Length} bytes compressed of {plain.Length}");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/kk/category/economy")]
    [InlineData("/atom.xml")]
    public async Task A_page_carries_an_ETag_and_a_revalidation_with_it_gets_304_without_a_body(string path)
    {
        var (first, _) = await GetAsync(path);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);

        var (again, body) = await GetAsync(path, r => r.Headers.TryAddWithoutValidation("If-None-Match", tag.ToString()));
        var (changed, changedBody) = await GetAsync(path, r => r.Headers.TryAddWithoutValidation("If-None-Match", "W/\"0000\""));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(body);
        Assert.Equal(tag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEmpty(changedBody);
    }

    [Fact]
    public async Task A_missing_page_gets_no_ETag()
    {
        var (response, _) = await GetAsync("/category/no-such-category");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }
}
