using Janalyq.Markup;
using Janalyq.Extraction.Body;

namespace Janalyq.Extraction.Metadata;

/// <summary>The headline, without the outlet's name that titles usually carry ("Headline | Outlet").</summary>
internal static class TitleFinder
{
    private static readonly string[] Separators = [" | ", " - ", " — ", " – ", " :: ", " « ", " » ", " / ", " · ", " ・ ", " • ", " ~ ", " : "];

    internal static string? Find(Document doc, PageMeta meta, string? siteName, Uri? url = null)
    {
        // The declared title, in the order Readability and most consumers use: JSON-LD, Dublin Core, OpenGraph, Twitter.
        var declared = Declared(meta, siteName);
        var docTitle = meta.DocumentTitle;
        var h1s = meta.Index.H1s.Select(h => Html.Collapse(h.TextContent)).Where(t => t.Length > 0).ToList();

        if (declared is not null && Html.Collapse(declared) is { Length: > 0 } d)
        {
            // "Headline | Columnist": where the page's h1 ends inside the declared title, the headline ends.
            if (HeadlineBeforeSeparator(d, h1s) is { } head) return head;
            // A declared title is the outlet's own: only a part that names the outlet goes, no guessing.
            var stripped = StripSite(d, siteName, HostLabel(url), guess: false);
            if (stripped.Length > 0) return stripped;
        }

        // Only <title>: the h1 it contains is the cleanest form of the headline.
        if (!string.IsNullOrEmpty(docTitle))
        {
            var norm = BlockFilter.Normalize(docTitle);
            foreach (var h in h1s)
            {
                var hn = BlockFilter.Normalize(h);
                if (hn.Length >= 8 && norm.StartsWith(hn, StringComparison.Ordinal) && hn.Length >= norm.Length * 0.4) return HeadlineBeforeSeparator(docTitle, [h]) ?? h;
            }
        }
        var raw = docTitle ?? h1s.FirstOrDefault();
        if (raw is null) return null;
        return StripSite(Html.Collapse(raw), siteName, HostLabel(url));
    }

    /// <summary>"ehow" for www.ehow.com, "tengrinews" for tengrinews.kz: the outlet's name as its address spells it.</summary>
    private static string? HostLabel(Uri? url)
    {
        if (url is null || url.HostNameType != UriHostNameType.Dns) return null;
        var labels = url.Host.Split('.');
        if (labels.Length < 2) return null;
        var label = labels[^2];
        if (label.Length <= 3 && labels.Length >= 3) label = labels[^3]; // bbc.co.uk
        return label.Length >= 3 ? label.ToLowerInvariant() : null;
    }

    /// <summary>The first declared title that is not just the outlet's name.</summary>
    private static string? Declared(PageMeta meta, string? siteName)
    {
        var site = Site(siteName);
        if (meta.JsonLd?.Title(meta.DocumentTitle) is { } ld && !IsSiteName(Html.Collapse(ld), site)) return ld;
        foreach (var key in (ReadOnlySpan<string>)["dc:title", "dcterm:title", "dcterms:title", "og:title", "twitter:title", "parsely-title", "sailthru:title", "title"])
            if (meta.First(key) is { } v && Html.Collapse(v) is { Length: > 0 } c && !IsSiteName(c, site)) return v;
        return null;
    }

    /// <summary>The part of <paramref name="title"/> before a separator that equals one of the h1s (compared without punctuation).</summary>
    private static string? HeadlineBeforeSeparator(string title, List<string> h1s)
    {
        foreach (var h in h1s)
        {
            var hn = BlockFilter.Normalize(h);
            if (hn.Length < 8) continue;
            foreach (var sep in Separators)
            {
                var at = title.IndexOf(sep, StringComparison.Ordinal);
                while (at > 0)
                {
                    var head = title[..at].Trim();
                    if (BlockFilter.Normalize(head) == hn) return head;
                    at = title.IndexOf(sep, at + sep.Length, StringComparison.Ordinal);
                }
            }
        }
        return null;
    }

    private static string? Site(string? siteName) => siteName is null ? null : BlockFilter.Normalize(siteName);

    /// <summary>
    /// Removes a leading or trailing outlet name set off by a separator: a part that matches the site's name or its
    /// address, or (with <paramref name="guess"/>) a short trailing part after a headline of three words or more.
    /// </summary>
    internal static string StripSite(string title, string? siteName, string? hostLabel = null, bool guess = true)
    {
        var site = siteName is null ? null : BlockFilter.Normalize(siteName);
        foreach (var sep in Separators)
        {
            var last = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0)
            {
                var tail = title[(last + sep.Length)..];
                var head = title[..last];
                if (IsSiteName(tail, site) || IsSiteName(tail, hostLabel) || (guess && WordCount(tail) <= 4 && WordCount(head) >= 3 && sep != " : "))
                    return StripSite(head.Trim(), siteName, hostLabel, guess);
            }
            var first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0)
            {
                var lead = title[..first];
                if (IsSiteName(lead, site) || IsSiteName(lead, hostLabel)) return title[(first + sep.Length)..].Trim();
            }
        }
        return title;
    }

    private static bool IsSiteName(string part, string? site)
    {
        if (site is null || site.Length == 0) return false;
        var p = BlockFilter.Normalize(part);
        if (p.Length == 0) return false;
        if (p == site || (p.Length >= 3 && site.Contains(p, StringComparison.Ordinal))) return true;
        // "Tengrinews.kz — новости Казахстана": the name and a short slogan, but not a headline that ends with the name.
        return (p.StartsWith(site, StringComparison.Ordinal) || p.EndsWith(site, StringComparison.Ordinal)) && p.Length <= Math.Min(site.Length + 12, site.Length * 2);
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
