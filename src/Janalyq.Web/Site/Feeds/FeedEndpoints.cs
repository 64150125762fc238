using System.Globalization;
using Janalyq.Storage;
using Janalyq.Web.Site.Pages;

namespace Janalyq.Web.Site.Feeds;

/// <summary>
/// RSS and Atom for the whole site, each category, each outlet and each story, in every site version:
/// "/rss.xml", "/kk/category/economy/atom.xml", "/outlet/dala-news/rss.xml", "/en/story/12/rss.xml". Lists show one
/// entry per story (its article in the version's language, as the site's lists do); an outlet's and a story's feed
/// list their articles.
/// </summary>
internal static class FeedEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapFeeds(this RouteGroupBuilder site, string prefix)
    {
        foreach (var format in FeedFormat.All)
        {
            site.MapMethods(prefix + "/" + format.FileName, GetAndHead,
                (HttpContext http, IStoryFeed feed, CancellationToken ct) => SiteAsync(http, feed, format, null, ct));
            site.MapMethods(prefix + "/category/{slug}/" + format.FileName, GetAndHead,
                (HttpContext http, string slug, IStoryFeed feed, CancellationToken ct) => SiteAsync(http, feed, format, slug, ct));
            site.MapMethods(prefix + "/outlet/{slug}/" + format.FileName, GetAndHead,
                (HttpContext http, string slug, ISourceRepository sources, IArticleRepository articles, CancellationToken ct) => OutletAsync(http, slug, sources, articles, format, ct));
            site.MapMethods(prefix + "/story/{id}/" + format.FileName, GetAndHead,
                (HttpContext http, string id, IStoryFeed feed, IArticleRepository articles, CancellationToken ct) => StoryAsync(http, id, feed, articles, format, ct));
        }
    }

    /// <summary>The feed paths a page announces in its head: the site's, and the page's own when it has one.</summary>
    public static string FeedPath(SiteLinks links, string? pagePath, FeedFormat format) =>
        (pagePath is null || pagePath == links.Home() ? links.Home().TrimEnd('/') : pagePath) + "/" + format.FileName;

    private static async Task<IResult> SiteAsync(HttpContext http, IStoryFeed feed, FeedFormat format, string? slug, CancellationToken ct)
    {
        if (slug is not null && !SiteCategories.IsListed(slug)) return SitePage.NotFound(http);
        var context = SitePage.Context(http);
        string language = context.Language.Code;
        var query = slug is null ? new StoryListQuery { Language = language, Limit = SiteFeed.Size } : SiteCategories.Query(slug, language, SiteFeed.Size);
        var cards = await feed.LatestAsync(query, ct);
        var items = cards.Select(c => SiteFeed.Item(context, Entry(c.Article) with { UpdatedAt = c.LastPublishedAt })).ToList();
        string page = slug is null ? context.Links.Home() : context.Links.Category(slug);
        string title = slug is null ? "Janalyq" : context.Text.Category(slug) + " — Janalyq";
        return SiteFeed.Write(http, context, format, title, page, FeedPath(context.Links, slug is null ? null : page, format), items);
    }

    private static async Task<IResult> OutletAsync(HttpContext http, string slug, ISourceRepository sources, IArticleRepository articles, FeedFormat format, CancellationToken ct)
    {
        var source = await sources.FindBySlugAsync(slug, ct);
        if (source is null) return SitePage.NotFound(http);
        var context = SitePage.Context(http);
        var latest = await articles.LatestAsync(new ArticleQuery { SourceId = source.Id, Limit = SiteFeed.Size }, ct);
        var items = latest.Select(a => SiteFeed.Item(context, Entry(a))).ToList();
        string path = context.Links.Home().TrimEnd('/') + "/outlet/" + Uri.EscapeDataString(source.Slug);
        return SiteFeed.Write(http, context, format, source.Name + " — Janalyq", path, path + "/" + format.FileName, items);
    }

    private static async Task<IResult> StoryAsync(HttpContext http, string id, IStoryFeed feed, IArticleRepository articles, FeedFormat format, CancellationToken ct)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long storyId)) return SitePage.NotFound(http);
        var context = SitePage.Context(http);
        var story = await feed.TimelineAsync(storyId, context.Language.Code, ct);
        if (story is null) return SitePage.NotFound(http);
        var latest = await articles.LatestAsync(new ArticleQuery { StoryId = storyId, Limit = SiteFeed.Size }, ct);
        var items = latest.Select(a => SiteFeed.Item(context, Entry(a))).ToList();
        string page = context.Links.Story(storyId);
        return SiteFeed.Write(http, context, format, story.Title + " — Janalyq", page, FeedPath(context.Links, page, format), items);
    }

    private static FeedEntry Entry(ArticleListItem article) => new(
        article.Id, article.Title, article.Lead, article.PublishedAt, article.CategorySlug, article.SourceName, article.Language);
}
