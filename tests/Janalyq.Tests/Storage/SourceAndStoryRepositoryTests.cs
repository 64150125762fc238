using Janalyq.Storage;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Storage;

public sealed class SourceAndStoryRepositoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Sources_are_saved_by_slug_with_their_feeds(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var sources = engine.Get<ISourceRepository>();
        var source = new Source
        {
            Slug = "dala-info",
            Name = "Dala Info",
            HomeUrl = "https://dala-info.kz/",
            Language = "ru",
            TimeZone = "Asia/Almaty",
            Feeds = [new SourceFeed("https://dala-info.kz/rss.xml", FeedKind.Rss)],
        };

        var id = await sources.SaveAsync(source, Ct);
        var again = await sources.SaveAsync(source with { Name = "Dala Info KZ", Feeds = [new SourceFeed("https://dala-info.kz/atom.xml", FeedKind.Atom), new SourceFeed("https://dala-info.kz/news/", FeedKind.SectionPage, @"/news/\d+")] }, Ct);

        Assert.Equal(id, again);
        var read = await sources.FindBySlugAsync("dala-info", Ct);
        Assert.Equal("Dala Info KZ", read!.Name);
        Assert.Equal([new SourceFeed("https://dala-info.kz/atom.xml", FeedKind.Atom), new SourceFeed("https://dala-info.kz/news/", FeedKind.SectionPage, @"/news/\d+")], read.Feeds);
        Assert.Single(await sources.ListAsync(Ct));
        Assert.Equivalent(read, await sources.GetAsync(id, Ct), strict: true);
    }

    [Theory, DatabaseData]
    public async Task Stories_count_their_articles(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var articles = engine.Get<IArticleRepository>();
        var stories = engine.Get<IStoryRepository>();
        var a = await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1"), Ct);
        var b = await articles.SaveAsync(ArticleRepositoryTests.Sample("https://b.kz/1"), Ct);
        var when = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(5));

        var story = await stories.SaveAsync(new Story { Title = "Переговоры", FirstPublishedAt = when, LastPublishedAt = when.AddHours(2) }, Ct);
        await stories.AssignAsync(a.Id, story, Ct);
        await stories.AssignAsync(b.Id, story, Ct);
        await stories.AssignAsync(b.Id, null, Ct);

        var read = await stories.GetAsync(story, Ct);
        Assert.Equal(1, read!.ArticleCount);
        Assert.Equal(when.AddHours(2), read.LastPublishedAt);
        Assert.Equal([story], (await stories.LatestAsync(5, Ct)).Select(s => s.Id));
    }
}
