using System.Globalization;
using Janalyq.Ranking;
using Janalyq.Storage;

namespace Janalyq.Web.Site.Pages;

/// <summary>A story: every outlet's article about one event, as a timeline, copies under their original.</summary>
internal static class StoryEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, string id, IStoryFeed feed, TrendingLoader trending, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long storyId)) return SitePage.NotFound(http);
        var context = SitePage.Context(http);
        var story = await feed.TimelineAsync(storyId, context.Language.Code, cancellationToken);
        if (story is null) return SitePage.NotFound(http);

        var model = new StoryModel(story, await trending.LoadAsync(context.Language.Code, cancellationToken, StoryKey.OfStory(storyId)));
        return SitePage.Render<StoryPage>(http, new { Ctx = context, Model = model }, SitePage.ListingCache);
    }
}

public sealed record StoryModel(StoryTimeline Story, IReadOnlyList<TrendingItem> Trending);
