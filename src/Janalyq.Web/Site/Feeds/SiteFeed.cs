using System.ServiceModel.Syndication;
using System.Xml;

namespace Janalyq.Web.Site.Feeds;

/// <summary>
/// One feed of the site (the whole site, a category, an outlet or a story) as RSS 2.0 or Atom 1.0, written with
/// System.ServiceModel.Syndication. Links are absolute when the site knows its origin (<see cref="SiteOrigin"/>);
/// else root-relative, which feed readers resolve against the feed's own address.
/// </summary>
internal static class SiteFeed
{
    /// <summary>Entries per feed: a reader polling every few minutes misses nothing on a busy day.</summary>
    public const int Size = 50;

    /// <summary>Feeds change as often as the listings they mirror.</summary>
    public const string Cache = "public, max-age=300";

    public static SyndicationItem Item(PageContext context, FeedEntry entry)
    {
        string link = context.Links.Absolute(context.Links.Article(entry.ArticleId, entry.Title));
        var item = new SyndicationItem
        {
            Id = link.StartsWith("http", StringComparison.Ordinal) ? link : "urn:janalyq:article:" + entry.ArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = new TextSyndicationContent(entry.Title),
            Summary = entry.Lead is { Length: > 0 } lead ? new TextSyndicationContent(lead) : null,
            PublishDate = entry.PublishedAt ?? DateTimeOffset.MinValue,
            LastUpdatedTime = entry.UpdatedAt ?? entry.PublishedAt ?? DateTimeOffset.MinValue,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(link, UriKind.RelativeOrAbsolute)));
        if (entry.CategorySlug is { } slug) item.Categories.Add(new SyndicationCategory(context.Text.Category(slug)));
        if (entry.SourceName is { Length: > 0 } source) item.Contributors.Add(new SyndicationPerson { Name = source });
        if (entry.Language is { Length: > 0 } language) item.AttributeExtensions.Add(new XmlQualifiedName("lang", "http://www.w3.org/XML/1998/namespace"), language);
        return item;
    }

    /// <summary>Writes <paramref name="items"/> as the feed titled <paramref name="title"/> whose page is <paramref name="pagePath"/>.</summary>
    public static IResult Write(HttpContext http, PageContext context, FeedFormat format, string title, string pagePath, string feedPath, IReadOnlyList<SyndicationItem> items)
    {
        var feed = new SyndicationFeed(title, context.Text["Site.Description"], new Uri(context.Links.Absolute(pagePath), UriKind.RelativeOrAbsolute), items)
        {
            Language = context.Language.Code,
            Id = context.Links.Absolute(feedPath),
            LastUpdatedTime = items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch,
            Generator = "Janalyq",
        };
        feed.Links.Add(new SyndicationLink(new Uri(context.Links.Absolute(feedPath), UriKind.RelativeOrAbsolute), "self", title, format.MediaType, 0));

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false }))
        {
            SyndicationFeedFormatter formatter = format == FeedFormat.Atom ? new Atom10FeedFormatter(feed) : new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false);
            formatter.WriteTo(writer);
        }
        http.Response.Headers.CacheControl = Cache;
        return Results.Bytes(buffer.ToArray(), format.MediaType + "; charset=utf-8");
    }
}

/// <summary>What a feed entry shows of an article.</summary>
/// <param name="UpdatedAt">When the entry's story last grew (Atom's "updated"); the article's time when it is alone.</param>
internal sealed record FeedEntry(long ArticleId, string Title, string? Lead, DateTimeOffset? PublishedAt, string? CategorySlug, string? SourceName, string? Language, DateTimeOffset? UpdatedAt = null);

/// <summary>RSS 2.0 (rss.xml) or Atom 1.0 (atom.xml).</summary>
internal sealed record FeedFormat(string FileName, string MediaType)
{
    public static readonly FeedFormat Rss = new("rss.xml", "application/rss+xml");
    public static readonly FeedFormat Atom = new("atom.xml", "application/atom+xml");
    public static readonly IReadOnlyList<FeedFormat> All = [Rss, Atom];
}
