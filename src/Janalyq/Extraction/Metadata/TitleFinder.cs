using AngleSharp.Dom;
using Janalyq.Extraction.Body;

namespace Janalyq.Extraction.Metadata;

/// <summary>The headline, without the outlet's name that titles usually carry ("Headline | Outlet").</summary>
internal static class TitleFinder
{
    private static readonly string[] Separators = [" | ", " - ", " — ", " – ", " :: ", " « ", " » ", " / ", " · ", " ・ ", " • ", " ~ ", " : "];

    internal static string? Find(IDocument doc, PageMeta meta, string? siteName)
    {
        var declared = meta.JsonLd?.Headline ?? meta.First("og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "title");
        var docTitle = meta.DocumentTitle;
        var h1s = doc.QuerySelectorAll("h1").Select(h => Html.Collapse(h.TextContent)).Where(t => t.Length > 0).ToList();

        // The h1 that the declared title or <title> contains is the cleanest form of the headline.
        foreach (var reference in (ReadOnlySpan<string?>)[declared, docTitle])
        {
            if (string.IsNullOrEmpty(reference)) continue;
            var norm = BlockFilter.Normalize(reference);
            foreach (var h in h1s)
            {
                var hn = BlockFilter.Normalize(h);
                if (hn.Length >= 8 && norm.Contains(hn, StringComparison.Ordinal) && hn.Length >= norm.Length * 0.4) return h;
            }
        }
        var raw = declared ?? docTitle ?? h1s.FirstOrDefault();
        if (raw is null) return null;
        return StripSite(Html.Collapse(raw), siteName);
    }

    /// <summary>Removes a leading or trailing outlet name set off by a separator.</summary>
    internal static string StripSite(string title, string? siteName)
    {
        var site = siteName is null ? null : BlockFilter.Normalize(siteName);
        foreach (var sep in Separators)
        {
            var last = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0)
            {
                var tail = title[(last + sep.Length)..];
                var head = title[..last];
                if (IsSiteName(tail, site) || (WordCount(tail) <= 4 && WordCount(head) >= 3 && sep != " : "))
                    return StripSite(head.Trim(), siteName);
            }
            var first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0)
            {
                var lead = title[..first];
                if (IsSiteName(lead, site)) return title[(first + sep.Length)..].Trim();
            }
        }
        return title;
    }

    private static bool IsSiteName(string part, string? site)
    {
        if (site is null || site.Length == 0) return false;
        var p = BlockFilter.Normalize(part);
        return p.Length > 0 && (p == site || site.Contains(p, StringComparison.Ordinal) || p.Contains(site, StringComparison.Ordinal) && p.Length <= site.Length + 12);
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
