using Janalyq.Storage;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Storage;

/// <summary>The site's lists through <see cref="IStoryFeed"/>, on every configured database.</summary>
public sealed class StoryFeedTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(5));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task A_page_of_cards_reads_on_past_a_story_of_many_articles(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var stories = engine.Get<IStoryRepository>();
        // The newest 200 articles are one story: a first read of 80 rows meets one story only, the page wants three.
        long story = await stories.SaveAsync(new Story { Title = "Большой сюжет", FirstPublishedAt = Noon, LastPublishedAt = Noon }, Ct);
        for (int i = 0; i < 200; i++) await stories.AssignAsync(await SaveAsync(engine, $"big/{i}", Noon.AddMinutes(-i)), story, Ct);
        long older = await SaveAsync(engine, "older", Noon.AddDays(-1));
        long oldest = await SaveAsync(engine, "oldest", Noon.AddDays(-2));

        var feed = engine.Get<IStoryFeed>();
        var first = await feed.LatestAsync(new StoryListQuery { Language = "ru", Limit = 3 }, Ct);
        var second = await feed.LatestAsync(new StoryListQuery { Language = "ru", Limit = 2, Offset = 1 }, Ct);

        Assert.Equal([StoryKey.OfStory(story), StoryKey.OfArticle(older), StoryKey.OfArticle(oldest)], first.Select(c => c.Key));
        Assert.Equal([StoryKey.OfArticle(older), StoryKey.OfArticle(oldest)], second.Select(c => c.Key));
        // The card of the story is its earliest article.
        Assert.Equal("https://a.kz/big/199", (await engine.Get<IArticleRepository>().GetAsync(first[0].Article.Id, Ct))!.CanonicalUrl);
    }

    [Theory, DatabaseData]
    public async Task Cards_keep_the_order_they_are_asked_in_and_leave_out_what_is_not_listable(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        long a = await SaveAsync(engine, "a", Noon);
        long b = await SaveAsync(engine, "b", Noon.AddHours(-1));
        long notNews = await SaveAsync(engine, "horoscope", Noon.AddHours(-2));
        await engine.Get<IStoryRepository>().SaveArticleUnderstandingAsync(notNews, null, false, "not_news", Ct);

        var cards = await engine.Get<IStoryFeed>().CardsAsync(
            [StoryKey.OfArticle(b), StoryKey.OfArticle(notNews), StoryKey.OfArticle(a), StoryKey.OfStory(999)], "ru", Ct);

        Assert.Equal([StoryKey.OfArticle(b), StoryKey.OfArticle(a)], cards.Select(c => c.Key));
        Assert.All(cards, c => Assert.Equal(1, c.OutletCount));
        Assert.All(cards, c => Assert.Equal(["ru"], c.Languages));
    }

    private static async Task<long> SaveAsync(Engine engine, string path, DateTimeOffset at)
    {
        var saved = await engine.Get<IArticleRepository>().SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/" + path) with
        {
            PublishedAt = at,
            Language = "ru",
        }, Ct);
        return saved.Id;
    }
}
