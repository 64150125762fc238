using System.Globalization;
using Janalyq.Ranking;
using Janalyq.Storage;

namespace Janalyq.Web.Site.Pages;

/// <summary>A story: every outlet's article about one event.</summary>
internal static class StoryEndpoint
{
    private const int MaxArticles = 50;

    public static async Task<IResult> HandleAsync(
        HttpContext http, string id, IStoryRepository stories, IArticleRepository articles, TrendingLoader trending,
        CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long storyId)) return SitePage.NotFound(http);
        var story = await stories.GetAsync(storyId, cancellationToken);
        if (story is null) return SitePage.NotFound(http);

        var items = await articles.LatestAsync(new ArticleQuery { StoryId = storyId, Limit = MaxArticles }, cancellationToken);
        var model = new StoryModel(story, items, await trending.LoadAsync(cancellationToken));
        return SitePage.Render<StoryPage>(http, new { Ctx = SitePage.Context(http), Model = model }, SitePage.ListingCache);
    }
}

public sealed record StoryModel(Story Story, IReadOnlyList<ArticleListItem> Items, IReadOnlyList<TrendingItem> Trending);
