using Janalyq.Copies;
using Janalyq.Extraction.Templates;
using Janalyq.Storage;
using Janalyq.Stories;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Storage;

/// <summary>Stage checkpoints, the understanding store and outlet templates through their interfaces, on every configured database.</summary>
public sealed class PipelineStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(5));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task A_stage_is_held_by_one_runner_and_advances_only_under_its_lease(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var stages = engine.Get<IStageCheckpoints>();

        var claimed = await stages.TryClaimAsync("stories", "runner-1", Now, TimeSpan.FromMinutes(1), Ct);
        var refused = await stages.TryClaimAsync("stories", "runner-2", Now, TimeSpan.FromMinutes(1), Ct);
        await using (var work = await stages.BeginAsync(Ct))
        {
            await stages.AdvanceAsync(work, "stories", "runner-1", 0, 5, Now, release: false, Ct);
            await work.CommitAsync(Ct);
        }
        // Another runner, or a stale position, may not commit a batch.
        await using (var work = await stages.BeginAsync(Ct))
            await Assert.ThrowsAsync<StageLeaseLostException>(() => stages.AdvanceAsync(work, "stories", "runner-2", 5, 9, Now, release: false, Ct));
        await using (var work = await stages.BeginAsync(Ct))
            await Assert.ThrowsAsync<StageLeaseLostException>(() => stages.AdvanceAsync(work, "stories", "runner-1", 0, 9, Now, release: false, Ct));
        // A batch not committed leaves the checkpoint where it was.
        await using (var work = await stages.BeginAsync(Ct))
            await stages.AdvanceAsync(work, "stories", "runner-1", 5, 7, Now, release: false, Ct);
        await stages.RecordFailureAsync("stories", "runner-1", "boom", Now, 1, Now.AddSeconds(30), Ct);
        var failed = await stages.GetAsync("stories", Ct);
        var lapsed = await stages.TryClaimAsync("stories", "runner-2", Now.AddMinutes(2), TimeSpan.FromMinutes(1), Ct);
        await using (var work = await stages.BeginAsync(Ct))
        {
            await stages.AdvanceAsync(work, "stories", "runner-2", 5, 8, Now.AddMinutes(2), release: true, Ct);
            await work.CommitAsync(Ct);
        }

        Assert.Equal(new StageCheckpoint("stories", 0, null, "runner-1", Now.AddMinutes(1), 0, null, null, null), claimed);
        Assert.Null(refused);
        Assert.Equal(new StageCheckpoint("stories", 5, Now, null, null, 1, "boom", Now, Now.AddSeconds(30)), failed);
        Assert.Equal("runner-2", lapsed!.LeaseOwner);
        Assert.Equal(new StageCheckpoint("stories", 8, Now.AddMinutes(2), null, null, 0, "boom", Now, null), await stages.GetAsync("stories", Ct));
        Assert.Equal(0, (await stages.GetAsync("search", Ct)).Position);

        await using (var work = await stages.BeginAsync(Ct))
        {
            await stages.ResetAsync(work, "stories", Ct);
            await work.CommitAsync(Ct);
        }
        Assert.Equal(new StageCheckpoint("stories", 0, null, null, null, 0, null, null, null), await stages.GetAsync("stories", Ct));
    }

    [Theory, DatabaseData]
    public async Task Understanding_writes_commit_with_the_stage_and_rebuild_stories_from_their_articles(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var articles = engine.Get<IArticleRepository>();
        var store = engine.Get<IUnderstandingStore>();
        var stages = engine.Get<IStageCheckpoints>();
        long a = (await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1", "Выборы", published: Noon) with { Language = null, CategorySlug = null }, Ct)).Id;
        long b = (await articles.SaveAsync(ArticleRepositoryTests.Sample("https://b.kz/1", "Сайлау", published: Noon.AddHours(1)) with { Language = "kk" }, Ct)).Id;
        long c = (await articles.SaveAsync(ArticleRepositoryTests.Sample("https://c.kz/1", "Выборы: копия", published: Noon.AddHours(2)), Ct)).Id;
        long old = (await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/old", "Прошлые выборы", published: Noon.AddDays(-30)), Ct)).Id;
        await stages.TryClaimAsync("understanding", "runner", Now, TimeSpan.FromMinutes(5), Ct);

        // Rolled back: nothing of it stays.
        await using (var work = await stages.BeginAsync(Ct))
            await store.SetStoriesAsync(work, [new StoryAssignment(a, 1)], [], Ct);
        Assert.Null((await articles.GetAsync(a, Ct))!.StoryId);

        await using (var work = await stages.BeginAsync(Ct))
        {
            await store.SaveAnalysisAsync(work, new ArticleAnalysis(a, "ru", true, true, "politics", true, "society"), Ct);
            await store.SaveAnalysisAsync(work, new ArticleAnalysis(b, "ru", false, true, "politics", true, "society"), Ct);
            await store.SaveAnalysisAsync(work, new ArticleAnalysis(c, "ru", false, true, null, false, "society"), Ct);
            await store.SaveAnalysisAsync(work, new ArticleAnalysis(old, "ru", false, false, null, false, "not_news"), Ct);
            await store.SetCopiesAsync(work, [new CopyAssignment(c, a), new CopyAssignment(b, 9999)], Ct);
            await store.SetStoriesAsync(work, [new StoryAssignment(a, 10), new StoryAssignment(b, 11), new StoryAssignment(c, 10), new StoryAssignment(old, 3)], [], Ct);
            await store.SetStoriesAsync(work, [], [new StoryMerge(11, 10)], Ct);
            await store.RefreshStoriesAsync(work, [10, 11, 3], Ct);
            await store.SetRelatedAsync(work, 10, [new RelatedStory(3, 0.7), new RelatedStory(10, 1.0)], Ct);
            await store.SaveStateAsync(work, 12, Noon.AddHours(2).ToUnixTimeMilliseconds(), Ct);
            await stages.AdvanceAsync(work, "understanding", "runner", 0, 4, Now, release: false, Ct);
            await work.CommitAsync(Ct);
        }

        var story = await engine.Get<IStoryRepository>().GetAsync(10, Ct);
        Assert.Equal(("Выборы", 3, Noon, Noon.AddHours(2)), (story!.Title, story.ArticleCount, story.FirstPublishedAt, story.LastPublishedAt));
        Assert.Null(await engine.Get<IStoryRepository>().GetAsync(11, Ct)); // merged into 10
        var read = (await articles.GetAsync(a, Ct))!;
        Assert.Equal(("ru", "politics", true, "society", (long?)10), (read.Language, read.CategorySlug, read.IsNews, read.ContestCategory, read.StoryId));
        Assert.Equal((long?)a, (await articles.GetAsync(c, Ct))!.DuplicateOfId);
        Assert.Null((await articles.GetAsync(b, Ct))!.DuplicateOfId); // no such original
        Assert.Equal("kk", (await articles.GetAsync(b, Ct))!.Language); // the page's language stays

        var timeline = await engine.Get<IStoryFeed>().TimelineAsync(10, "kk", Ct);
        Assert.Equal("Сайлау", timeline!.Title);
        Assert.Equal(["kk", "ru"], timeline.Languages);
        Assert.Equal(3, timeline.OutletCount);
        var earlier = await engine.Get<IStoryFeed>().EarlierAsync(a, "ru", 5, Ct);
        Assert.Empty(earlier); // story 3's only article is not news

        var snapshot = await store.LoadAsync(4, TimeSpan.FromDays(2), 10, Ct);
        Assert.Equal((12L, Noon.AddHours(2).ToUnixTimeMilliseconds()), (snapshot.NextStoryId, snapshot.Newest));
        Assert.Equal([a, b, c, old], snapshot.Window.Select(w => w.Id));
        await using (var work = await stages.BeginAsync(Ct))
        {
            var current = await store.ReadAsync(work, [a, c, 424242], Ct);
            Assert.Equal([(a, true, true), (c, false, false)], current.OrderBy(x => x.Id).Select(x => (x.Id, x.LanguageIdentified, x.CategoryClassified)));
        }

        // A story created without an id after the stage chose ids gets a new one.
        long created = await engine.Get<IStoryRepository>().SaveAsync(new Story { Title = "Новый", FirstPublishedAt = Noon, LastPublishedAt = Noon }, Ct);
        Assert.True(created > 10, $"story id {created} reused");

        await using (var work = await stages.BeginAsync(Ct))
        {
            await store.DetachAsync(work, c, Ct);
            await store.ResetAsync(work, Ct);
            await work.CommitAsync(Ct);
        }
        read = (await articles.GetAsync(a, Ct))!;
        Assert.Equal((null, null, null, (long?)null), (read.Language, read.CategorySlug, read.IsNews, read.StoryId));
        Assert.Equal("ru", (await articles.GetAsync(c, Ct))!.Language);
        Assert.Empty(await engine.Get<IStoryRepository>().LatestAsync(10, Ct));
    }

    [Theory, DatabaseData]
    public async Task An_outlet_keeps_its_newest_template_pages(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var templates = engine.Get<IOutletTemplateRepository>();

        for (int i = 0; i < 5; i++)
            await templates.SaveAsync("a.kz", $"https://a.kz/{i}", PageBlocks.FromKeys([(ulong)i, ulong.MaxValue - (ulong)i]), keep: 3, Ct);
        await templates.SaveAsync("a.kz", "https://a.kz/2", PageBlocks.FromKeys([42UL]), keep: 3, Ct); // again: now the newest
        await templates.SaveAsync("b.kz", "https://b.kz/0", PageBlocks.FromKeys([7UL]), keep: 3, Ct);

        var kept = await templates.LoadAsync("a.kz", Ct);
        Assert.Equal(["https://a.kz/3", "https://a.kz/4", "https://a.kz/2"], kept.Select(p => p.Page));
        Assert.Equal([3UL, ulong.MaxValue - 3], kept[0].Blocks.Keys);
        Assert.Equal([42UL], kept[2].Blocks.Keys);
        Assert.Single(await templates.LoadAsync("b.kz", Ct));
    }
}
