using Janalyq.Ranking;
using Janalyq.Storage;
using Microsoft.Extensions.Options;

namespace Janalyq.Web.Site.Pages;

/// <summary>A category's stories, newest first, one card each, paged with ?page=; "other" lists what no category claims yet.</summary>
internal static class CategoryEndpoint
{
    /// <summary>A page reads the articles of every story before it: keep the depth bounded.</summary>
    private const int MaxPage = 100;

    public static async Task<IResult> HandleAsync(
        HttpContext http, string slug, IStoryFeed feed, TrendingLoader trending,
        IOptions<SiteOptions> options, CancellationToken cancellationToken)
    {
        int? page = SitePage.PageNumber(http);
        if (!SiteCategories.IsListed(slug) || page is null or > MaxPage) return SitePage.NotFound(http);

        var context = SitePage.Context(http);
        int size = options.Value.PageSize;
        var cards = await feed.LatestAsync(
            SiteCategories.Query(slug, context.Language.Code, size + 1, (page.Value - 1) * size), cancellationToken);
        var items = cards.Take(size).ToList();
        if (items.Count == 0 && page > 1) return SitePage.NotFound(http);

        var model = new CategoryModel(slug, page.Value, items, cards.Count > size, await trending.LoadAsync(context.Language.Code, cancellationToken));
        return SitePage.Render<CategoryPage>(http, new { Ctx = context, Model = model }, SitePage.ListingCache);
    }
}

public sealed record CategoryModel(
    string Slug, int Page, IReadOnlyList<StoryCard> Items, bool HasNextPage, IReadOnlyList<TrendingItem> Trending);
