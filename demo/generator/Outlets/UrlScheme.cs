using System.Globalization;
using Janalyq.Demo.Generator.Content;

namespace Janalyq.Demo.Generator.Outlets;

/// <summary>EVENTS.md's page URLs, and the corpus file each URL is stored in.</summary>
internal static class UrlScheme
{
    public static string Url(Article a)
    {
        var outlet = OutletCatalog.Get(a.Outlet);
        var d = a.Published;
        string Date(string format) => d.ToString(format, CultureInfo.InvariantCulture);
        var path = a.Outlet switch
        {
            "dala-info" => $"/{(a.Language == "kk" ? "kz" : a.Language)}/news/{a.Category}/{a.Id}-{a.Slug}",
            "kapital-press" => $"/articles/{Date("yyyy")}/{Date("MM")}/{Date("dd")}/{a.Slug}.html",
            "vecherniy-gorod" => $"/news/{Date("yyyy-MM-dd")}/{a.Slug}/",
            "steppe-times" => $"/{Date("yyyy")}/{Date("MM")}/{Date("dd")}/{a.Slug}",
            "ult-aqparat" => $"/kk/{a.Category}/{a.Slug}-{a.Id}",
            "eurasia-today" => $"/{a.Language}/{a.Category}/{Date("yyyyMMdd")}/{a.Slug}.html",
            _ => throw new ArgumentException($"no URL scheme for {a.Outlet}", nameof(a)),
        };
        return outlet.Home + path;
    }

    /// <summary>corpus-relative file of a page: the URL path, "index.html" for a trailing slash, ".html" added if missing.</summary>
    public static string File(string outletSlug, string url)
    {
        var path = new Uri(url).AbsolutePath;
        if (path.EndsWith('/')) path += "index.html";
        else if (!path.EndsWith(".html", StringComparison.Ordinal)) path += ".html";
        return outletSlug + path;
    }
}
