using Janalyq.Ingestion.Import;
using Janalyq.Pipeline;
using Janalyq.Storage;
using Janalyq.Tests.Support;
using Janalyq.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Janalyq.Tests.Understanding;

/// <summary>The understanding stage on a real SQLite database, driven synchronously through the pipeline runner.</summary>
public sealed class UnderstandingStageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Engine> StartAsync(string data, int batchSize = 100, TimeProvider? time = null) => Engine.StartAsync(data, time, s =>
    {
        s.AddUnderstanding(new ConfigurationBuilder().Build());
        s.Configure<PipelineOptions>(o => o.BatchSize = batchSize);
    });

    /// <summary>The demo corpus stored as articles (in file order, not publication order: as a crawl would store them).</summary>
    private static async Task<Dictionary<long, DemoPage>> StoreDemoAsync(Engine engine)
    {
        var corpus = await DemoCorpusFixture.LoadAsync();
        var pages = new Dictionary<long, DemoPage>();
        foreach (var page in corpus.Pages)
        {
            var body = page.Lead + "\n\n" + page.Text;
            var saved = await engine.Get<IArticleRepository>().SaveAsync(new Article
            {
                Url = page.Url,
                CanonicalUrl = page.Url,
                Title = page.Title!,
                BodyHtml = "<p>" + page.Text + "</p>",
                BodyText = body,
                PublishedAt = page.Published,
                FetchedAt = page.Published!.Value,
                Language = page.Language,
                SiteName = page.Site,
                OriginalUrl = page.OriginalUrl,
                ContentHash = ContentHash.Of(page.Title!, body),
            }, Ct);
            pages[saved.Id] = page;
        }
        return pages;
    }

    /// <summary>The stories as sets of article ids (ids of stories aside), and each copy's original.</summary>
    private static async Task<(string Partition, string Copies)> ResultAsync(Engine engine)
    {
        var rows = new List<(long Id, long? Story, long? Original)>();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(engine.DataDirectory, "janalyq.db")}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, story_id, duplicate_of_id FROM articles ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
        var partition = string.Join(" | ", rows.GroupBy(r => r.Story).Select(g => string.Join(",", g.Select(r => r.Id))).Order(StringComparer.Ordinal));
        return (partition, string.Join(",", rows.Where(r => r.Original is not null).Select(r => $"{r.Id}>{r.Original}")));
    }

    [Fact]
    public async Task Every_article_gets_a_story_copies_point_to_their_original_and_stories_are_summarised()
    {
        using var folder = new TempFolder();
        await using var engine = await StartAsync(folder.Path, batchSize: 10);
        var pages = await StoreDemoAsync(engine);

        await engine.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);

        Assert.Equal(0, await engine.ScalarAsync("SELECT count(*) FROM articles WHERE story_id IS NULL OR is_news IS NULL OR contest_category IS NULL"));
        var stories = await engine.ScalarAsync("SELECT count(*) FROM stories");
        // 15 events, 15 stories, though the articles are stored in the manifest's order (not publication order).
        Assert.Equal(15, stories);
        // Each story holds one event.
        var (partition, copies) = await ResultAsync(engine);
        foreach (var story in partition.Split(" | "))
            Assert.Single(story.Split(',').Select(id => pages[long.Parse(id, System.Globalization.CultureInfo.InvariantCulture)].Event).Distinct());
        // Republications point to the page they link.
        foreach (var copy in copies.Split(','))
        {
            var ids = copy.Split('>').Select(s => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(pages[ids[1]].Url, pages[ids[0]].OriginalUrl);
        }
        Assert.Equal(pages.Values.Count(p => p.OriginalUrl is not null), copies.Split(',').Length);
        // Summaries: counts, languages, titles per language, and no related story that is not earlier.
        Assert.Equal(62, await engine.ScalarAsync("SELECT sum(article_count) FROM stories"));
        Assert.Equal(0, await engine.ScalarAsync("SELECT count(*) FROM stories WHERE outlet_count < 1 OR languages = '' OR title = ''"));
        Assert.True(await engine.ScalarAsync("SELECT count(*) FROM stories WHERE languages = 'en,kk,ru'") >= 1);
        Assert.Equal(await engine.ScalarAsync("SELECT count(*) FROM (SELECT DISTINCT story_id, language FROM articles)"),
            await engine.ScalarAsync("SELECT count(*) FROM story_titles"));
        Assert.Equal(0, await engine.ScalarAsync("""
            SELECT count(*) FROM story_related r JOIN stories s ON s.id = r.story_id JOIN stories e ON e.id = r.earlier_story_id
            WHERE r.story_id = r.earlier_story_id OR e.last_published_utc >= s.first_published_utc
            """));
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_clustering_loses_nothing_duplicates_nothing_and_ends_as_an_uninterrupted_run()
    {
        using var uninterruptedFolder = new TempFolder();
        (string, string) uninterrupted;
        await using (var engine = await StartAsync(uninterruptedFolder.Path, batchSize: 7))
        {
            await StoreDemoAsync(engine);
            await engine.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);
            uninterrupted = await ResultAsync(engine);
        }

        using var folder = new TempFolder();
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-30T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using (var engine = await StartAsync(folder.Path, batchSize: 7, clock))
        {
            await StoreDemoAsync(engine);
            var runner = engine.Get<PipelineRunner>();
            var stage = runner.Find(UnderstandingStage.StageName)!;
            for (var i = 0; i < 4; i++) Assert.Equal(StageStep.Progressed, await runner.StepAsync(stage, Ct));
            Assert.Equal(28, await engine.ScalarAsync("SELECT count(*) FROM articles WHERE story_id IS NOT NULL"));
        }
        // A new process on the same database (the window is rebuilt from it), once the dead one's lease has expired.
        clock.Advance(TimeSpan.FromMinutes(2));
        await using (var restarted = await StartAsync(folder.Path, batchSize: 7, clock))
        {
            Assert.Equal(StageStep.CaughtUp, (await restarted.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct))[UnderstandingStage.StageName]);
            Assert.Equal(uninterrupted, await ResultAsync(restarted));
            Assert.Equal(62, await restarted.ScalarAsync("SELECT sum(article_count) FROM stories"));
        }
    }

    [Fact]
    public async Task A_replay_from_zero_drops_what_understanding_derived_and_rebuilds_the_same_result()
    {
        using var folder = new TempFolder();
        await using var engine = await StartAsync(folder.Path, batchSize: 9);
        await StoreDemoAsync(engine);
        var runner = engine.Get<PipelineRunner>();
        await runner.RunUntilCaughtUpAsync(Ct);
        var first = await ResultAsync(engine);
        var stories = await engine.ScalarAsync("SELECT sum(id * id) + count(*) FROM stories");

        await runner.ReplayAsync(UnderstandingStage.StageName, Ct);
        Assert.Equal(0, await engine.ScalarAsync("SELECT count(*) FROM stories"));
        Assert.Equal(0, await engine.ScalarAsync("SELECT count(*) FROM articles WHERE story_id IS NOT NULL OR is_news IS NOT NULL OR duplicate_of_id IS NOT NULL"));
        await runner.RunUntilCaughtUpAsync(Ct);

        Assert.Equal(first, await ResultAsync(engine));
        Assert.Equal(stories, await engine.ScalarAsync("SELECT sum(id * id) + count(*) FROM stories"));
    }

    [Fact]
    public async Task A_re_fetch_keeps_what_understanding_wrote_when_the_page_gives_none()
    {
        using var folder = new TempFolder();
        await using var engine = await StartAsync(folder.Path);
        var repository = engine.Get<IArticleRepository>();
        var article = Storage.ArticleRepositoryTests.Sample("https://a.kz/no-rubric", category: null) with { Language = null };
        var id = (await repository.SaveAsync(article, Ct)).Id;
        await engine.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);
        Assert.Equal(1, await engine.ScalarAsync($"SELECT category_classified AND language_identified FROM articles WHERE id = {id}"));

        await repository.SaveAsync(article with { BodyText = "Исправленный текст статьи.", ContentHash = ContentHash.Of(article.Title, "Исправленный текст статьи.") }, Ct);

        Assert.Equal(1, await engine.ScalarAsync($"SELECT category_slug IS NOT NULL AND language IS NOT NULL AND story_id IS NOT NULL FROM articles WHERE id = {id}"));
    }
}
