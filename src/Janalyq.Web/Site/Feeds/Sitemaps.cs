using System.Globalization;
using System.Xml;
using Janalyq.News;
using Janalyq.Storage;

namespace Janalyq.Web.Site.Feeds;

/// <summary>
/// For search engines: /sitemap.xml (the front pages and category pages of every version, and the newest articles
/// under their canonical Russian-interface address, at most <see cref="MaxArticles"/>), /news-sitemap.xml (Google
/// News: the articles published in the last two days), and /robots.txt naming both. Sitemaps need absolute URLs:
/// without a trusted origin (<see cref="SiteOrigin"/>; set Site:PublicBaseUrl in production) they are answered 404
/// and robots.txt names none.
/// </summary>
internal static class Sitemaps
{
    /// <summary>The sitemap protocol's limit per file.</summary>
    public const int MaxArticles = 50_000;

    /// <summary>What Google News takes: articles of the last two days, at most 1,000.</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);
    public const int MaxNews = 1_000;

    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapSitemaps(this RouteGroupBuilder site)
    {
        site.MapMethods("/robots.txt", GetAndHead, Robots);
        site.MapMethods("/sitemap.xml", GetAndHead, SitemapAsync);
        site.MapMethods("/news-sitemap.xml", GetAndHead, NewsAsync);
    }

    private static IResult Robots(HttpContext http, SiteOrigin origin)
    {
        string baseUrl = origin.For(http.Request);
        var text = new System.Text.StringBuilder();
        text.Append("User-agent: *\n");
        // Search results and media keys are not pages to index; everything else is.
        text.Append("Disallow: /search\nDisallow: /kk/search\nDisallow: /en/search\nDisallow: /ru/search\n");
        if (baseUrl.Length > 0)
        {
            text.Append("\nSitemap: ").Append(baseUrl).Append("/sitemap.xml\n");
            text.Append("Sitemap: ").Append(baseUrl).Append("/news-sitemap.xml\n");
        }
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(text.ToString(), "text/plain; charset=utf-8");
    }

    private static async Task<IResult> SitemapAsync(HttpContext http, SiteOrigin origin, IArticleRepository articles, CancellationToken ct)
    {
        string baseUrl = origin.For(http.Request);
        if (baseUrl.Length == 0) return Results.NotFound();
        var latest = await articles.LatestAsync(new ArticleQuery { Limit = MaxArticles }, ct);
        return Xml(http, writer =>
        {
            writer.WriteStartElement("urlset", SitemapNs);
            foreach (var language in SiteLanguage.All)
            {
                var links = new SiteLinks(language, "/", baseUrl);
                Url(writer, links.Absolute(links.Home()), null, "hourly");
                foreach (var category in Category.All) Url(writer, links.Absolute(links.Category(category.Slug)), null, "hourly");
            }
            var russian = new SiteLinks(SiteLanguage.Russian, "/", baseUrl);
            foreach (var article in latest) Url(writer, russian.Absolute(russian.Article(article.Id, article.Title)), article.PublishedAt, null);
            writer.WriteEndElement();
        });
    }

    private static async Task<IResult> NewsAsync(HttpContext http, SiteOrigin origin, IArticleRepository articles, TimeProvider time, CancellationToken ct)
    {
        string baseUrl = origin.For(http.Request);
        if (baseUrl.Length == 0) return Results.NotFound();
        var since = time.GetUtcNow() - NewsWindow;
        var latest = await articles.LatestAsync(new ArticleQuery { Limit = MaxNews }, ct);
        var russian = new SiteLinks(SiteLanguage.Russian, "/", baseUrl);
        return Xml(http, writer =>
        {
            writer.WriteStartElement("urlset", SitemapNs);
            writer.WriteAttributeString("xmlns", "news", null, NewsNs);
            foreach (var article in latest.Where(a => a.PublishedAt >= since))
            {
                writer.WriteStartElement("url", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, russian.Absolute(russian.Article(article.Id, article.Title)));
                writer.WriteStartElement("news", NewsNs);
                writer.WriteStartElement("publication", NewsNs);
                writer.WriteElementString("name", NewsNs, "Janalyq");
                writer.WriteElementString("language", NewsNs, article.Language ?? "ru");
                writer.WriteEndElement();
                writer.WriteElementString("publication_date", NewsNs, article.PublishedAt!.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                writer.WriteElementString("title", NewsNs, article.Title);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
    }

    private static void Url(XmlWriter writer, string loc, DateTimeOffset? modified, string? changes)
    {
        writer.WriteStartElement("url", SitemapNs);
        writer.WriteElementString("loc", SitemapNs, loc);
        if (modified is { } at) writer.WriteElementString("lastmod", SitemapNs, at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        if (changes is not null) writer.WriteElementString("changefreq", SitemapNs, changes);
        writer.WriteEndElement();
    }

    private static IResult Xml(HttpContext http, Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        http.Response.Headers.CacheControl = "public, max-age=600";
        return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
    }
}
