using Janalyq.Ranking;
using Janalyq.Storage;
using Janalyq.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Janalyq.Tests.Ranking;

/// <summary>"Актуальное" over a real SQLite database on a fake clock: what the feed reads as candidates and how they rank.</summary>
public sealed class TrendingLoaderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = StoryRankingTests.Now;
    private readonly FakeTimeProvider _time = new(Now);
    private Engine _engine = null!;
    private int _n;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _engine = await Engine.StartAsync(time: _time);

    public ValueTask DisposeAsync() => _engine.DisposeAsync();

    [Fact]
    public async Task Each_story_is_one_line_and_an_article_in_no_story_counts_with_its_copies()
    {
        long s1 = await ArticleAsync("dala", 2);
        long s2 = await ArticleAsync("kapital", 2.1);
        long s3 = await ArticleAsync("steppe", 2.2);
        long story = await StoryAsync(s1, s2, s3);
        long lone = await ArticleAsync("dala", 1);
        long copy = await ArticleAsync("vgorod", 0.9, copyOf: lone);
        long horoscope = await ArticleAsync("steppe", 0.5, isNews: false);

        var items = await Loader().LoadAsync("ru", Ct);

        Assert.Equal([StoryKey.OfStory(story), StoryKey.OfArticle(lone)], items.Select(i => i.Key));
        Assert.Equal([3, 2], items.Select(i => i.Outlets));
        Assert.Equal(lone, items[1].ArticleId); // the original stands for its copies
        Assert.DoesNotContain(items, i => i.ArticleId == copy || i.ArticleId == horoscope);
        Assert.Equal(3, items[0].Explanation.Votes);
    }

    [Fact]
    public async Task The_story_the_page_shows_big_is_left_out()
    {
        long a = await ArticleAsync("dala", 1);
        long story = await StoryAsync(a, await ArticleAsync("kapital", 1));
        long lone = await ArticleAsync("steppe", 3);

        var items = await Loader().LoadAsync("ru", Ct, shown: StoryKey.OfStory(story));

        Assert.Equal([StoryKey.OfArticle(lone)], items.Select(i => i.Key));
    }

    [Fact]
    public async Task A_story_gone_quiet_is_overtaken_when_another_comes_back_with_new_outlets()
    {
        long old = await StoryAsync(await ArticleAsync("dala", 8), await ArticleAsync("kapital", 8), await ArticleAsync("steppe", 8));
        long fresh = await StoryAsync(await ArticleAsync("dala", 0.5), await ArticleAsync("vgorod", 0.5));

        var before = await Loader().RankAsync(Ct);

        Assert.Equal([fresh, old], before.Select(r => r.Candidate.Key.StoryId!.Value));
        Assert.Equal(TimeSpan.FromHours(7.5), before[1].Explanation.Age);
        Assert.Equal(Math.Pow(0.5, 7.5 / 6), before[1].Explanation.Freshness, 9);

        // Twelve hours on, two more outlets take the old story up; the fresh one has gone quiet.
        _time.Advance(TimeSpan.FromHours(12));
        foreach (string outlet in new[] { "ult", "eurasia" }) await _engine.Get<IStoryRepository>().AssignAsync(await ArticleAsync(outlet, 0), old, Ct);
        var after = await Loader().RankAsync(Ct);

        Assert.Equal([old, fresh], after.Select(r => r.Candidate.Key.StoryId!.Value));
        Assert.Equal((5, 2, 2.0), (after[0].Explanation.Outlets, after[0].Explanation.RecentOutlets, after[0].Explanation.Velocity));
        Assert.Equal(TimeSpan.FromHours(12.5), after[1].Explanation.Age);
    }

    [Fact]
    public async Task Hidden_stories_leave_and_pinned_ones_lead()
    {
        long a = await StoryAsync(await ArticleAsync("dala", 1), await ArticleAsync("kapital", 1));
        long b = await StoryAsync(await ArticleAsync("steppe", 2));
        long c = await StoryAsync(await ArticleAsync("ult", 3));
        var overrides = new FixedOverrides(new StoryOverrides([StoryKey.OfStory(c)], new HashSet<StoryKey> { StoryKey.OfStory(a) }));

        var items = await Loader(overrides).LoadAsync("ru", Ct);

        Assert.Equal([c, b], items.Select(i => i.Key.StoryId!.Value));
        Assert.True(items[0].Explanation.Pinned);
    }

    private TrendingLoader Loader(IStoryOverrides? overrides = null) =>
        new(_engine.Get<IStoryFeed>(), overrides ?? new NoStoryOverrides(), Options.Create(new RankingOptions()), _time);

    private async Task<long> ArticleAsync(string outlet, double hoursAgo, long? copyOf = null, bool? isNews = true)
    {
        var sources = _engine.Get<ISourceRepository>();
        long source = (await sources.FindBySlugAsync(outlet, Ct))?.Id
            ?? await sources.SaveAsync(new Source { Slug = outlet, Name = outlet, HomeUrl = $"https://{outlet}.kz/", Language = "ru" }, Ct);
        string n = (++_n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var at = _time.GetUtcNow().AddHours(-hoursAgo);
        var saved = await _engine.Get<IArticleRepository>().SaveAsync(new Article
        {
            SourceId = source,
            Url = $"https://{outlet}.kz/{n}",
            CanonicalUrl = $"https://{outlet}.kz/{n}",
            Title = "Статья " + n,
            BodyHtml = "<p>Текст.</p>",
            BodyText = "Текст.",
            PublishedAt = at,
            FetchedAt = at,
            Language = "ru",
            CategorySlug = "politics",
            ContentHash = n,
        }, Ct);
        await _engine.Get<IStoryRepository>().SaveArticleUnderstandingAsync(saved.Id, copyOf, isNews, null, Ct);
        return saved.Id;
    }

    private async Task<long> StoryAsync(params long[] articles)
    {
        var stories = _engine.Get<IStoryRepository>();
        var times = new List<DateTimeOffset>();
        foreach (long id in articles) times.Add((await _engine.Get<IArticleRepository>().GetAsync(id, Ct))!.PublishedAt!.Value);
        long story = await stories.SaveAsync(new Story { Title = "Сюжет", FirstPublishedAt = times.Min(), LastPublishedAt = times.Max() }, Ct);
        foreach (long id in articles) await stories.AssignAsync(id, story, Ct);
        return story;
    }

    private sealed class FixedOverrides(StoryOverrides overrides) : IStoryOverrides
    {
        public Task<StoryOverrides> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(overrides);
    }
}
