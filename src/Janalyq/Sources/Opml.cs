using System.Xml.Linq;
using Janalyq.Discovery;
using Janalyq.Storage;

namespace Janalyq.Sources;

/// <summary>
/// OPML 2.0 import and export. Each outline with an xmlUrl is a listing; outlines sharing a "slug" attribute
/// are one outlet with several listings. Attributes beyond the standard text/title/xmlUrl/htmlUrl/language:
/// slug, kind (rss, atom, json, sitemap, section), timeZone (IANA), links (section-page link pattern), enabled.
/// Nested outlines (folders) are flattened. Loaded with the same hardened XML reader as feeds.
/// </summary>
public static class Opml
{
    public static IReadOnlyList<Source> Read(string text)
    {
        var document = SafeXml.Load(text);
        if (document.Root?.Name.LocalName != "opml") throw new FormatException("not an OPML file (no <opml> root)");
        var sources = new List<Source>();
        var bySlug = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outline in document.Descendants().Where(e => e.Name.LocalName == "outline"))
        {
            var xmlUrl = Attr(outline, "xmlUrl") ?? Attr(outline, "url");
            if (xmlUrl is null) continue;
            if (!Uri.TryCreate(xmlUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                throw new FormatException($"outline '{Attr(outline, "text")}' has xmlUrl '{xmlUrl}', which is not an http(s) URL");
            var feed = new SourceFeed(url.AbsoluteUri, KindOf(Attr(outline, "kind") ?? Attr(outline, "type"), url), Attr(outline, "links"));

            if (Attr(outline, "slug") is { } slug && bySlug.TryGetValue(slug, out var index))
            {
                sources[index] = sources[index] with { Feeds = [.. sources[index].Feeds, feed] };
                continue;
            }
            var name = Attr(outline, "title") ?? Attr(outline, "text") ?? url.IdnHost;
            var source = new Source
            {
                Slug = SourceList.Unique(Attr(outline, "slug") ?? SourceList.SlugOf(url), taken),
                Name = name,
                HomeUrl = Attr(outline, "htmlUrl") ?? url.GetLeftPart(UriPartial.Authority) + "/",
                Language = Attr(outline, "language")?.Split('-')[0].ToLowerInvariant() ?? "ru",
                TimeZone = Attr(outline, "timeZone"),
                Enabled = Attr(outline, "enabled") != "false",
                Feeds = [feed],
            };
            if (Attr(outline, "slug") is not null) bySlug[source.Slug] = sources.Count;
            sources.Add(source);
        }
        return sources;
    }

    public static string Write(IEnumerable<Source> sources, string title = "Janalyq sources")
    {
        var body = new XElement("body");
        foreach (var source in sources)
        {
            foreach (var feed in source.Feeds)
            {
                body.Add(new XElement("outline",
                    new XAttribute("type", "rss"),
                    new XAttribute("text", source.Name),
                    new XAttribute("title", source.Name),
                    new XAttribute("xmlUrl", feed.Url),
                    new XAttribute("htmlUrl", source.HomeUrl),
                    new XAttribute("language", source.Language),
                    new XAttribute("slug", source.Slug),
                    new XAttribute("kind", KindName(feed.Kind)),
                    source.TimeZone is null ? null : new XAttribute("timeZone", source.TimeZone),
                    feed.LinkPattern is null ? null : new XAttribute("links", feed.LinkPattern),
                    source.Enabled ? null : new XAttribute("enabled", "false")));
            }
        }
        var opml = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"), new XElement("head", new XElement("title", title)), body));
        return opml.Declaration + "\n" + opml.Root;
    }

    private static FeedKind KindOf(string? kind, Uri url) => kind?.ToLowerInvariant() switch
    {
        "atom" => FeedKind.Atom,
        "json" or "jsonfeed" => FeedKind.JsonFeed,
        "sitemap" => FeedKind.Sitemap,
        "section" or "html" => FeedKind.SectionPage,
        "rss" => SourceList.GuessKind(url) == FeedKind.Sitemap ? FeedKind.Sitemap : FeedKind.Rss,
        _ => SourceList.GuessKind(url),
    };

    private static string KindName(FeedKind kind) => kind switch
    {
        FeedKind.Atom => "atom",
        FeedKind.JsonFeed => "json",
        FeedKind.Sitemap => "sitemap",
        FeedKind.SectionPage => "section",
        _ => "rss",
    };

    private static string? Attr(XElement e, string name) =>
        e.Attributes().FirstOrDefault(a => a.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } v ? v : null;
}
