using Janalyq.Ranking;
using Janalyq.Storage;

namespace Janalyq.Web.Site.Pages;

/// <summary>The front page: a lead story, "Актуальное", the latest news and a section per category.</summary>
internal static class HomeEndpoint
{
    private const int SectionSize = 5;
    private const int LatestSize = 8;

    public static async Task<IResult> HandleAsync(
        HttpContext http, IArticleRepository articles, TrendingLoader trending, CancellationToken cancellationToken)
    {
        var context = SitePage.Context(http);
        var latest = await articles.LatestAsync(new ArticleQuery { Limit = 20 }, cancellationToken);
        // The lead block needs a photo: the newest article with one, in the reader's language when there is such.
        var lead = latest.FirstOrDefault(a => context.Media.MediaUrl(a) is not null && a.Language == context.Language.Code)
            ?? latest.FirstOrDefault(a => context.Media.MediaUrl(a) is not null)
            ?? (latest.Count > 0 ? latest[0] : null);

        var sections = new List<HomeSection>();
        foreach (var category in Category.All)
        {
            var items = await articles.LatestAsync(
                new ArticleQuery { CategorySlug = category.Slug, Limit = SectionSize + 1 }, cancellationToken);
            var shown = items.Where(a => a.Id != lead?.Id).Take(SectionSize).ToList();
            if (shown.Count > 0) sections.Add(new HomeSection(category.Slug, shown));
        }

        var trendingItems = await trending.LoadAsync(cancellationToken, lead?.Id);
        // While trending falls back to the latest articles, the latest-news block goes on where it stops.
        var inTrending = trendingItems.Where(t => t.ArticleId is not null).Select(t => t.ArticleId!.Value).ToHashSet();
        var model = new HomeModel(
            lead,
            latest.Where(a => a.Id != lead?.Id && !inTrending.Contains(a.Id)).Take(LatestSize).ToList(),
            sections,
            trendingItems);
        return SitePage.Render<HomePage>(http, new { Ctx = context, Model = model }, SitePage.ListingCache);
    }
}

public sealed record HomeSection(string CategorySlug, IReadOnlyList<ArticleListItem> Items);

public sealed record HomeModel(
    ArticleListItem? Lead,
    IReadOnlyList<ArticleListItem> Latest,
    IReadOnlyList<HomeSection> Sections,
    IReadOnlyList<TrendingItem> Trending);
