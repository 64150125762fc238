using System.Globalization;

namespace Janalyq.Web.Site;

/// <summary>The site's URLs in one interface language; the one place that knows the URL scheme.</summary>
public sealed class SiteLinks
{
    private readonly string _prefix;

    /// <param name="language">Interface language: its prefix goes before every path.</param>
    /// <param name="currentPath">The requested path without its language prefix, for the site-version switch.</param>
    /// <param name="baseUrl">
    /// Absolute origin ("https://janalyq.kz") for canonical and OpenGraph links; "" keeps them root-relative
    /// (see <see cref="SiteOrigin"/>).
    /// </param>
    public SiteLinks(SiteLanguage language, string currentPath, string baseUrl)
    {
        _prefix = language.PathPrefix;
        CurrentPath = currentPath;
        BaseUrl = baseUrl.TrimEnd('/');
    }

    public string CurrentPath { get; }
    public string BaseUrl { get; }

    public string Home() => _prefix + "/";

    public string Category(string slug, int page = 1) =>
        _prefix + "/category/" + Uri.EscapeDataString(slug) + (page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    public string Article(long id, string title)
    {
        string slug = ArticleSlug.From(title);
        string key = id.ToString(CultureInfo.InvariantCulture);
        return _prefix + "/article/" + (slug.Length == 0 ? key : key + "-" + slug);
    }

    public string Story(long id) => _prefix + "/story/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The page being shown, in another interface language.</summary>
    public string InLanguage(SiteLanguage language) =>
        CurrentPath == "/" ? language.PathPrefix + "/" : language.PathPrefix + CurrentPath;

    /// <summary>
    /// An absolute URL for a site path ("/article/1"), root-relative when the origin is not trusted; URLs that are
    /// already absolute are returned as they are.
    /// </summary>
    public string Absolute(string path) => path.StartsWith('/') ? BaseUrl + path : path;

    /// <summary>
    /// An outlet's address as a page may link it: absolute http(s) only, else null. A saved page's file:// path,
    /// javascript: or data: never reaches a page, and a relative one would resolve against our own site.
    /// </summary>
    public static string? Outlet(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0
            ? uri.AbsoluteUri
            : null;
}
