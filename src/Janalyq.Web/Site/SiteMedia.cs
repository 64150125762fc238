using Janalyq.Storage;
using Janalyq.Storage.Media;

namespace Janalyq.Web.Site;

/// <summary>
/// Where a page loads an article's photo from: the portal's own copy under /media/{key} when the media store
/// holds one, else the outlet's address. The one place that decides it.
/// </summary>
public sealed class SiteMedia(IMediaStore? store)
{
    public string? MediaUrl(Article article) => MediaUrl(article.ImageUrl);

    public string? MediaUrl(ArticleListItem item) => MediaUrl(item.ImageUrl);

    private string? MediaUrl(string? imageUrl)
    {
        if (SiteLinks.Outlet(imageUrl) is not { } outletUrl) return null;
        return store?.KeyFor(imageUrl) is { } key ? "/media/" + Uri.EscapeDataString(key) : outletUrl;
    }
}
