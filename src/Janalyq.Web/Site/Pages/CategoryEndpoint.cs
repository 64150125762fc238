using Janalyq.Ranking;
using Janalyq.Storage;
using Microsoft.Extensions.Options;

namespace Janalyq.Web.Site.Pages;

/// <summary>A category's articles, newest first, paged with ?page=.</summary>
internal static class CategoryEndpoint
{
    /// <summary>The repository has no offset yet, so a page costs all the rows before it: keep the depth bounded.</summary>
    private const int MaxPage = 100;

    public static async Task<IResult> HandleAsync(
        HttpContext http, string slug, IArticleRepository articles, TrendingLoader trending,
        IOptions<SiteOptions> options, CancellationToken cancellationToken)
    {
        int? page = SitePage.PageNumber(http);
        if (!Category.IsKnown(slug) || page is null or > MaxPage) return SitePage.NotFound(http);

        int size = options.Value.PageSize;
        var rows = await articles.LatestAsync(
            new ArticleQuery { CategorySlug = slug, Limit = page.Value * size + 1 }, cancellationToken);
        var items = rows.Skip((page.Value - 1) * size).Take(size).ToList();
        if (items.Count == 0 && page > 1) return SitePage.NotFound(http);

        var model = new CategoryModel(slug, page.Value, items, rows.Count > page.Value * size, await trending.LoadAsync(cancellationToken));
        return SitePage.Render<CategoryPage>(http, new { Ctx = SitePage.Context(http), Model = model }, SitePage.ListingCache);
    }
}

public sealed record CategoryModel(
    string Slug, int Page, IReadOnlyList<ArticleListItem> Items, bool HasNextPage, IReadOnlyList<TrendingItem> Trending);
