using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Janalyq.Discovery;

/// <summary>
/// An HTML section page ("/news/", "/politics/"): its article links, chosen by the source's pattern, or,
/// without one, by a heuristic: same site, a path deep or specific enough to be an article, not a listing page.
/// </summary>
internal static partial class SectionPageReader
{
    public static FeedDocument Read(string html, ListingContext context)
    {
        var document = new HtmlParser().ParseDocument(html);
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        var baseUrl = XmlListingReader.Resolve(context.Url, baseHref) ?? context.Url;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<FeedEntry>();
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (XmlListingReader.Resolve(baseUrl, anchor.GetAttribute("href")) is not { } url) continue;
            url = new UriBuilder(url) { Fragment = "" }.Uri;
            var matches = context.LinkPattern?.IsMatch(url.AbsoluteUri) ?? LooksLikeArticle(url, context.Url);
            if (!matches || !seen.Add(url.AbsoluteUri)) continue;
            entries.Add(new FeedEntry { Url = url, Title = FeedText.Plain(anchor.TextContent) });
            if (entries.Count >= ListingParser.MaxEntries) break;
        }
        return new FeedDocument { Format = ListingFormat.SectionPage, Title = FeedText.Plain(document.Title), Entries = entries };
    }

    internal static bool LooksLikeArticle(Uri url, Uri section)
    {
        if (UrlCanonicalizer.SiteKey(url) != UrlCanonicalizer.SiteKey(section)) return false;
        var path = url.AbsolutePath;
        if (path == section.AbsolutePath || NotArticle().IsMatch(path)) return false;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return false;
        var last = segments[^1];
        return (segments.Length >= 2 && (last.Length >= 12 || last.Any(char.IsAsciiDigit))) || (last.Contains('-', StringComparison.Ordinal) && last.Length >= 20);
    }

    [GeneratedRegex(@"(/(tag|tags|page|category|categories|author|authors|search|login|register|about|contacts?|rss|feed)(/|$))|\.(jpe?g|png|gif|svg|webp|pdf|css|js|xml|rss|mp[34])$", RegexOptions.IgnoreCase)]
    private static partial Regex NotArticle();
}
