using Janalyq.Ranking;
using Janalyq.Storage;

namespace Janalyq.Web.Site.Pages;

/// <summary>
/// The front page: a lead story, "Актуальное", the latest news and a section per category, one card per story. The
/// lead's story appears nowhere else on the page, and the latest news leave out the stories "Актуальное" lists.
/// </summary>
internal static class HomeEndpoint
{
    private const int SectionSize = 5;
    private const int LatestSize = 8;

    /// <summary>Stories read for the lead and the latest block (those of "Актуальное" are left out of it).</summary>
    private const int LatestRead = LatestSize + TrendingLoader.Size + 10;

    public static async Task<IResult> HandleAsync(
        HttpContext http, IStoryFeed feed, TrendingLoader trending, CancellationToken cancellationToken)
    {
        var context = SitePage.Context(http);
        string language = context.Language.Code;
        var latest = await feed.LatestAsync(new StoryListQuery { Language = language, Limit = LatestRead }, cancellationToken);
        // The lead block needs a photo: the newest story with one, shown in the reader's language when it can be.
        var lead = latest.FirstOrDefault(c => context.Media.MediaUrl(c.Article) is not null && c.Article.Language == language)
            ?? latest.FirstOrDefault(c => context.Media.MediaUrl(c.Article) is not null)
            ?? (latest.Count > 0 ? latest[0] : null);

        var sections = new List<HomeSection>();
        foreach (string slug in SiteCategories.Listed)
        {
            var cards = await feed.LatestAsync(SiteCategories.Query(slug, language, SectionSize + 1), cancellationToken);
            var shown = cards.Where(c => c.Key != lead?.Key).Take(SectionSize).ToList();
            if (shown.Count > 0) sections.Add(new HomeSection(slug, shown));
        }

        var trendingItems = await trending.LoadAsync(language, cancellationToken, lead?.Key);
        var inTrending = trendingItems.Select(t => t.Key).ToHashSet();
        var model = new HomeModel(
            lead,
            latest.Where(c => c.Key != lead?.Key && !inTrending.Contains(c.Key)).Take(LatestSize).ToList(),
            sections,
            trendingItems);
        return SitePage.Render<HomePage>(http, new { Ctx = context, Model = model }, SitePage.ListingCache);
    }
}

public sealed record HomeSection(string CategorySlug, IReadOnlyList<StoryCard> Items);

public sealed record HomeModel(
    StoryCard? Lead,
    IReadOnlyList<StoryCard> Latest,
    IReadOnlyList<HomeSection> Sections,
    IReadOnlyList<TrendingItem> Trending);
