using Janalyq.Storage;

namespace Janalyq.Web.Site;

/// <summary>
/// Where the page loads an article's photo from. Today the outlet's own address; when the portal caches
/// images (an IMediaStore serving /media/{key}), this is the one place to switch.
/// </summary>
public static class SiteMedia
{
    public static string? MediaUrl(Article article) => MediaUrl(article.ImageUrl);

    public static string? MediaUrl(ArticleListItem item) => MediaUrl(item.ImageUrl);

    /// <summary>Only absolute http(s) addresses are used: anything else would resolve against our own site.</summary>
    private static string? MediaUrl(string? imageUrl) =>
        Uri.TryCreate(imageUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
