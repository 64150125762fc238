using Janalyq.Ranking;
using Janalyq.Storage;
using Janalyq.Tests.Site;

namespace Janalyq.Tests.Ranking;

/// <summary>The loader over in-memory repositories: which candidates it reads, and the fallback before stories exist.</summary>
public class TrendingLoaderTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public async Task Only_the_most_recently_active_stories_compete()
    {
        var (stories, articles) = Repositories();
        // The most covered story of all is older than the 30 most recently active ones: it has dropped out.
        await stories.SaveAsync(TrendingRankingTests.Story(0, articles: 100, hoursAgo: 500), TestContext.Current.CancellationToken);
        for (int i = 1; i <= TrendingLoader.Candidates; i++)
            await stories.SaveAsync(TrendingRankingTests.Story(0, articles: i % 5 + 1, hoursAgo: i), TestContext.Current.CancellationToken);

        var items = await new TrendingLoader(stories, articles).LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(TrendingLoader.Size, items.Count);
        Assert.DoesNotContain(items, t => t.Coverage == 100);
        Assert.All(items, t => Assert.Equal(5, t.Coverage));
    }

    [Fact]
    public async Task Without_stories_the_latest_articles_fill_the_list_but_the_one_shown_big()
    {
        var (stories, articles) = Repositories();
        var ids = new List<long>();
        for (int i = 0; i < 10; i++) ids.Add(await SaveArticleAsync(articles, i));

        var items = await new TrendingLoader(stories, articles).LoadAsync(TestContext.Current.CancellationToken, shownArticleId: ids[0]);

        // ids[0] is the newest; the next six follow, newest first.
        Assert.Equal(ids.Skip(1).Take(TrendingLoader.Size), items.Select(t => t.ArticleId!.Value));
    }

    private static (InMemoryStoryRepository, InMemoryArticleRepository) Repositories()
    {
        var articles = new InMemoryArticleRepository(new InMemorySourceRepository());
        return (new InMemoryStoryRepository(articles), articles);
    }

    private static async Task<long> SaveArticleAsync(InMemoryArticleRepository articles, int hoursAgo)
    {
        var saved = await articles.SaveAsync(new Article
        {
            Url = $"https://example.kz/{hoursAgo}",
            CanonicalUrl = $"https://example.kz/{hoursAgo}",
            Title = "Статья " + hoursAgo,
            BodyHtml = "<p>Текст.</p>",
            BodyText = "Текст.",
            FetchedAt = Noon,
            PublishedAt = Noon.AddHours(-hoursAgo),
            ContentHash = hoursAgo.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, TestContext.Current.CancellationToken);
        return saved.Id;
    }
}
