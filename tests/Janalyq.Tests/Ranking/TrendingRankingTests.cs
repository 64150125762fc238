using Janalyq.Ranking;
using Janalyq.Storage;

namespace Janalyq.Tests.Ranking;

public class TrendingRankingTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public void The_most_covered_story_comes_first_and_the_more_recent_breaks_a_tie()
    {
        Story[] candidates = [Story(1, articles: 2, hoursAgo: 1), Story(2, articles: 5, hoursAgo: 9), Story(3, articles: 2, hoursAgo: 0.5), Story(4, articles: 7, hoursAgo: 20)];

        var ranked = TrendingRanking.RankStories(candidates, size: 10);

        Assert.Equal([4L, 2L, 3L, 1L], ranked.Select(t => t.StoryId!.Value));
    }

    [Fact]
    public void A_ranked_story_carries_its_title_coverage_category_and_last_activity()
    {
        var story = Story(7, articles: 3, hoursAgo: 2) with { Title = "Пожар на рынке", CategorySlug = "incidents" };

        var item = Assert.Single(TrendingRanking.RankStories([story], size: 6));

        Assert.Equal(new TrendingItem("Пожар на рынке", 7, null, 3, "incidents", Noon.AddHours(-2)), item);
    }

    [Fact]
    public void Only_size_stories_are_kept()
    {
        var candidates = Enumerable.Range(1, 30).Select(i => Story(i, articles: i, hoursAgo: i));

        var ranked = TrendingRanking.RankStories(candidates, size: 6);

        Assert.Equal([30L, 29L, 28L, 27L, 26L, 25L], ranked.Select(t => t.StoryId!.Value));
    }

    [Fact]
    public void The_fallback_keeps_the_order_of_the_latest_articles_without_the_one_shown_big()
    {
        ArticleListItem[] latest = [Article(9), Article(8), Article(7), Article(6)];

        var items = TrendingRanking.LatestArticles(latest, shownArticleId: 8, size: 2);

        Assert.Equal([9L, 7L], items.Select(t => t.ArticleId!.Value));
        Assert.All(items, t => Assert.Null(t.StoryId));
        Assert.All(items, t => Assert.Equal(1, t.Coverage));
        Assert.Equal(new TrendingItem("Статья 9", null, 9, 1, "economy", Noon.AddHours(-9)), items[0]);
    }

    [Fact]
    public void Nothing_to_rank_is_an_empty_list()
    {
        Assert.Empty(TrendingRanking.RankStories([], size: 6));
        Assert.Empty(TrendingRanking.LatestArticles([], shownArticleId: null, size: 6));
    }

    internal static Story Story(long id, int articles, double hoursAgo) => new()
    {
        Id = id,
        Title = "Сюжет " + id,
        CategorySlug = "politics",
        FirstPublishedAt = Noon.AddHours(-hoursAgo - 1),
        LastPublishedAt = Noon.AddHours(-hoursAgo),
        ArticleCount = articles,
    };

    private static ArticleListItem Article(long id) =>
        new(id, "Статья " + id, null, Noon.AddHours(-id), null, "economy", "ru", null, null, null);
}
