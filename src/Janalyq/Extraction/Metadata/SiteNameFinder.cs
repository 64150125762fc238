using Janalyq.Markup;
using Janalyq.Extraction.Body;

namespace Janalyq.Extraction.Metadata;

/// <summary>The outlet's name: declared (og:site_name, JSON-LD publisher), else its logo's alt text, else the title's suffix.</summary>
internal static class SiteNameFinder
{
    internal static string? Find(Document doc, PageMeta meta, Uri? url)
    {
        // The article's publisher in JSON-LD is the outlet's name; og:site_name sometimes carries a slogan too.
        if (meta.JsonLd?.Publisher is { Length: > 0 } publisher && !AuthorFinder.LooksLikeUrl(publisher)) return Html.Collapse(publisher);
        if (meta.First("og:site_name", "twitter:site:name", "application-name", "apple-mobile-web-app-title") is { Length: > 0 } declared) return Html.Collapse(declared);
        if (LogoAlt(doc, url) is { } alt) return alt;
        return null;
    }

    /// <summary>The alt text of the image in the first link to the home page (the masthead logo).</summary>
    private static string? LogoAlt(Document doc, Uri? url)
    {
        if (doc.Body is null) return null;
        foreach (var img in doc.Body.QuerySelectorAll("a[href] img[alt]"))
        {
            var alt = Html.Collapse(img.GetAttribute("alt") ?? "");
            if (alt.Length is < 2 or > 60) continue;
            var link = img.Closest("a")!;
            var sig = (ClassHints.Signature(link) + " " + ClassHints.Signature(img) + " " + (link.ParentElement is { } p ? ClassHints.Signature(p) : "")).ToLowerInvariant();
            var href = link.GetAttribute("href")!.Trim();
            var home = IsHome(href, url);
            if (home && (sig.Contains("logo", StringComparison.Ordinal) || (img.GetAttribute("src") ?? "").Contains("logo", StringComparison.OrdinalIgnoreCase)))
                return alt;
        }
        return null;
    }

    private static bool IsHome(string href, Uri? url)
    {
        if (href is "/" or "./" or "#") return true;
        if (!Uri.TryCreate(url, href, out var target)) return false;
        if (url is not null && !string.Equals(target.Host, url.Host, StringComparison.OrdinalIgnoreCase)) return false;
        var path = target.AbsolutePath.Trim('/');
        return path.Length <= 5 && !path.Contains('/', StringComparison.Ordinal); // "/", "/ru/", "/kk"
    }
}
