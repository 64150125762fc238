using System.Globalization;
using System.Xml.Linq;

namespace Janalyq.Discovery;

/// <summary>The XML formats: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom, sitemaps. Elements are found by local name, so a feed that puts them in an odd namespace still reads.</summary>
internal static class XmlListingReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static FeedDocument Read(XDocument document, ListingContext context)
    {
        var root = document.Root ?? throw new FeedFormatException("the XML has no root element");
        return root.Name.LocalName switch
        {
            "rss" => ReadRss(root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root, root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root, ListingFormat.Rss, context),
            "RDF" => ReadRss(root, root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root, ListingFormat.RssRdf, context),
            "feed" => ReadAtom(root, context),
            "urlset" => ReadSitemap(root, context),
            "sitemapindex" => ReadSitemapIndex(root, context),
            var other => throw new FeedFormatException($"not a feed or sitemap (root element <{other}>)"),
        };
    }

    private static FeedDocument ReadRss(XElement itemsParent, XElement channel, ListingFormat format, ListingContext context)
    {
        var entries = new List<FeedEntry>();
        foreach (var item in itemsParent.Elements().Where(e => e.Name.LocalName == "item").Take(ListingParser.MaxEntries))
        {
            var guid = Child(item, "guid");
            var link = PlainChild(item, "link") ?? AtomLink(item) ?? (guid?.Attribute("isPermaLink")?.Value != "false" ? guid?.Value.Trim() : null)
                ?? item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))?.Value;
            if (Resolve(context.Url, link) is not { } url) continue;
            entries.Add(new FeedEntry
            {
                Url = url,
                Id = guid?.Value.Trim() is { Length: > 0 } g ? g : null,
                Title = FeedText.Plain(Child(item, "title")?.Value),
                Summary = Child(item, "description")?.Value,
                ContentHtml = Child(item, "encoded")?.Value,
                Published = Date(item, context, "pubDate", "date", "published", "issued"),
                Updated = Date(item, context, "updated", "modified"),
                Author = FeedText.Plain(Child(item, "creator")?.Value ?? Child(item, "author")?.Value),
                ImageUrl = Image(item, context.Url),
            });
        }
        return new FeedDocument
        {
            Format = format,
            Title = FeedText.Plain(Child(channel, "title")?.Value),
            Entries = entries,
            UpdateInterval = UpdateInterval(channel),
        };
    }

    private static FeedDocument ReadAtom(XElement feed, ListingContext context)
    {
        var baseUrl = Resolve(context.Url, feed.Attribute(XNamespace.Xml + "base")?.Value) ?? context.Url;
        var entries = new List<FeedEntry>();
        foreach (var entry in feed.Elements().Where(e => e.Name.LocalName == "entry").Take(ListingParser.MaxEntries))
        {
            var entryBase = Resolve(baseUrl, entry.Attribute(XNamespace.Xml + "base")?.Value) ?? baseUrl;
            var id = Child(entry, "id")?.Value.Trim();
            if (Resolve(entryBase, AtomLink(entry) ?? (id?.StartsWith("http", StringComparison.Ordinal) == true ? id : null)) is not { } url) continue;
            entries.Add(new FeedEntry
            {
                Url = url,
                Id = id,
                Title = FeedText.Plain(Child(entry, "title")?.Value),
                Summary = Child(entry, "summary")?.Value,
                ContentHtml = Child(entry, "content")?.Value,
                Published = Date(entry, context, "published", "issued", "created"),
                Updated = Date(entry, context, "updated", "modified"),
                Author = FeedText.Plain(Child(entry, "author") is { } author ? Child(author, "name")?.Value ?? author.Value : null),
                ImageUrl = Image(entry, entryBase),
            });
        }
        return new FeedDocument { Format = ListingFormat.Atom, Title = FeedText.Plain(Child(feed, "title")?.Value), Entries = entries };
    }

    private static FeedDocument ReadSitemap(XElement urlset, ListingContext context)
    {
        var entries = new List<FeedEntry>();
        foreach (var node in urlset.Elements().Where(e => e.Name.LocalName == "url").Take(ListingParser.MaxEntries))
        {
            if (Resolve(context.Url, Child(node, "loc")?.Value) is not { } url) continue;
            var news = Child(node, "news");
            entries.Add(new FeedEntry
            {
                Url = url,
                Title = FeedText.Plain(news is null ? null : Child(news, "title")?.Value),
                Published = news is null ? null : Date(news, context, "publication_date"),
                Updated = Date(node, context, "lastmod"),
                ImageUrl = Child(node, "image") is { } image ? Resolve(context.Url, Child(image, "loc")?.Value)?.AbsoluteUri : null,
            });
        }
        // Newest first, so a poll that stops early has read the fresh end.
        entries.Sort((a, b) => Nullable.Compare(b.Published ?? b.Updated, a.Published ?? a.Updated));
        return new FeedDocument { Format = ListingFormat.Sitemap, Entries = entries };
    }

    private static FeedDocument ReadSitemapIndex(XElement index, ListingContext context)
    {
        var children = index.Elements().Where(e => e.Name.LocalName == "sitemap")
            .Select(s => (Url: Resolve(context.Url, Child(s, "loc")?.Value), Modified: Date(s, context, "lastmod")))
            .Where(s => s.Url is not null)
            .OrderByDescending(s => s.Modified ?? DateTimeOffset.MinValue)
            .Select(s => s.Url!)
            .ToList();
        return new FeedDocument { Format = ListingFormat.SitemapIndex, ChildListings = children };
    }

    private static TimeSpan? UpdateInterval(XElement channel)
    {
        if (int.TryParse(Child(channel, "ttl")?.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ttl) && ttl > 0)
            return TimeSpan.FromMinutes(ttl);
        var period = Child(channel, "updatePeriod")?.Value.Trim().ToLowerInvariant() switch
        {
            "hourly" => TimeSpan.FromHours(1),
            "daily" => TimeSpan.FromDays(1),
            "weekly" => TimeSpan.FromDays(7),
            "monthly" => TimeSpan.FromDays(30),
            "yearly" => TimeSpan.FromDays(365),
            _ => (TimeSpan?)null,
        };
        if (period is null) return null;
        var frequency = int.TryParse(Child(channel, "updateFrequency")?.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 1;
        return period / frequency;
    }

    private static XElement? Child(XElement parent, string localName)
    {
        XElement? any = null;
        foreach (var e in parent.Elements())
        {
            if (e.Name.LocalName != localName) continue;
            if (e.Name.Namespace != Atom || localName != "link") return e;
            any ??= e;
        }
        return any;
    }

    private static string? PlainChild(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && e.Name.Namespace != Atom)?.Value.Trim() is { Length: > 0 } v ? v : null;

    private static string? AtomLink(XElement parent) =>
        parent.Elements().Where(e => e.Name.LocalName == "link" && e.Attribute("href") is not null)
            .OrderBy(e => (e.Attribute("rel")?.Value ?? "alternate") == "alternate" ? 0 : 1)
            .Where(e => (e.Attribute("rel")?.Value ?? "alternate") is "alternate" or "self" && e.Attribute("rel")?.Value != "self")
            .Select(e => e.Attribute("href")!.Value)
            .FirstOrDefault();

    private static DateTimeOffset? Date(XElement parent, ListingContext context, params string[] names)
    {
        foreach (var name in names)
        {
            if (FeedDates.Parse(Child(parent, name)?.Value, context.TimeZone) is { } date) return date;
        }
        return null;
    }

    private static string? Image(XElement item, Uri baseUrl)
    {
        foreach (var e in item.Elements())
        {
            var name = e.Name.LocalName;
            var url = name switch
            {
                "enclosure" when e.Attribute("type")?.Value.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true => e.Attribute("url")?.Value,
                "content" when e.Attribute("medium")?.Value == "image" || e.Attribute("type")?.Value.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true => e.Attribute("url")?.Value,
                "thumbnail" => e.Attribute("url")?.Value,
                _ => null,
            };
            if (Resolve(baseUrl, url) is { } resolved) return resolved.AbsoluteUri;
        }
        return null;
    }

    internal static Uri? Resolve(Uri baseUrl, string? link)
    {
        link = link?.Trim();
        if (string.IsNullOrEmpty(link)) return null;
        if (!Uri.TryCreate(baseUrl, link, out var url)) return null;
        return url.Scheme is "http" or "https" ? url : null;
    }
}
