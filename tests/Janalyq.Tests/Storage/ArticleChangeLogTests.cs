using Janalyq.Storage;
using Janalyq.Tests.Support;
using System.Data.Common;
using Microsoft.Extensions.Time.Testing;

namespace Janalyq.Tests.Storage;

/// <summary>Every insert and update of an article is logged, in order, in the same transaction as the change.</summary>
public sealed class ArticleChangeLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Inserts_and_updates_are_logged_in_order_and_unchanged_saves_are_not(string database)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        await using var engine = await Engine.StartAsync(time: time, database: database);
        var articles = engine.Get<IArticleRepository>();

        var first = await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1"), Ct);
        time.Advance(TimeSpan.FromMinutes(1));
        var second = await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/2"), Ct);
        await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1"), Ct); // unchanged
        time.Advance(TimeSpan.FromMinutes(1));
        await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1", body: "Исправленный текст."), Ct);

        var log = await engine.Get<IArticleChangeLog>().ReadAfterAsync(0, 100, Ct);
        Assert.Equal(
            [(first.Id, ArticleChangeKind.Inserted), (second.Id, ArticleChangeKind.Inserted), (first.Id, ArticleChangeKind.Updated)],
            log.Select(c => (c.ArticleId, c.Kind)));
        Assert.Equal(log.Select(c => c.Sequence).Order(), log.Select(c => c.Sequence));
        Assert.Equal(time.GetUtcNow(), log[^1].ChangedAt);
        Assert.Equal([log[1].Sequence, log[2].Sequence], (await engine.Get<IArticleChangeLog>().ReadAfterAsync(log[0].Sequence, 100, Ct)).Select(c => c.Sequence));
    }

    [Theory, DatabaseData]
    public async Task A_failing_save_writes_no_log_entry(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var article = ArticleRepositoryTests.Sample("https://a.kz/1") with { SourceId = 999 }; // no such source

        await Assert.ThrowsAnyAsync<DbException>(() => engine.Get<IArticleRepository>().SaveAsync(article, Ct));

        Assert.Equal(0, await engine.ScalarAsync("SELECT count(*) FROM articles"));
        Assert.Equal(0, await engine.ScalarAsync("SELECT count(*) FROM article_changes"));
    }

    [Theory, DatabaseData]
    public async Task A_log_entry_that_cannot_be_written_takes_the_article_back_with_it(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var articles = engine.Get<IArticleRepository>();
        await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1"), Ct);
        // The log write is the last statement of the save: failing it rolls back what the save did before it.
        await engine.ExecuteAsync(database == StorageProviders.PostgreSql
            ? """
              CREATE FUNCTION no_log() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced'; END $$;
              CREATE TRIGGER no_log BEFORE INSERT ON article_changes FOR EACH ROW EXECUTE FUNCTION no_log();
              """
            : "CREATE TRIGGER no_log BEFORE INSERT ON article_changes BEGIN SELECT RAISE(ABORT, 'forced'); END");

        await Assert.ThrowsAnyAsync<DbException>(() => articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/2"), Ct));
        await Assert.ThrowsAnyAsync<DbException>(() => articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1", body: "Новый текст."), Ct));

        Assert.Equal(1, await engine.ScalarAsync("SELECT count(*) FROM articles"));
        Assert.Equal(1, await engine.ScalarAsync("SELECT count(*) FROM articles WHERE body_text = 'Текст статьи.'"));
        Assert.Equal(0, await engine.ScalarAsync("SELECT count(*) FROM article_revisions"));
        Assert.Equal(1, await engine.ScalarAsync("SELECT count(*) FROM article_changes"));
    }

    [Theory, DatabaseData]
    public async Task Saves_of_one_url_at_once_store_it_once_and_log_in_commit_order(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var articles = engine.Get<IArticleRepository>();
        // Twelve savers, three versions of one page and nine other pages, released together by one gate (not a sleep).
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saves = Enumerable.Range(0, 12).Select(async i =>
        {
            await gate.Task;
            return await articles.SaveAsync(i < 3
                ? ArticleRepositoryTests.Sample("https://a.kz/same", body: $"Версия {i}.")
                : ArticleRepositoryTests.Sample($"https://a.kz/other/{i}"), Ct);
        }).ToList();
        gate.SetResult();
        var results = await Task.WhenAll(saves);

        var same = results.Take(3).ToList();
        Assert.Single(same.Select(r => r.Id).Distinct());
        Assert.Single(same, r => r.Outcome == SaveOutcome.Inserted);
        Assert.Equal(10, await articles.CountAsync(Ct));
        // Read in pieces, as a stage does: every entry is met once, in sequence order, none passed over.
        var log = new List<ArticleChange>();
        for (long after = 0; ;)
        {
            var page = await engine.Get<IArticleChangeLog>().ReadAfterAsync(after, 4, Ct);
            if (page.Count == 0) break;
            log.AddRange(page);
            after = page[^1].Sequence;
        }
        Assert.Equal(results.Count(r => r.Outcome != SaveOutcome.Unchanged), log.Count);
        Assert.Equal(10, log.Count(c => c.Kind == ArticleChangeKind.Inserted));
        Assert.Equal(log.Select(c => c.Sequence).Order(), log.Select(c => c.Sequence));
        Assert.Equal(0, (await engine.Get<IArticleChangeLog>().LagAsync(log[^1].Sequence, Ct)).Entries);
    }

    [Fact]
    public async Task The_migration_logs_the_articles_stored_before_it()
    {
        using var folder = new TempFolder();
        long[] ids;
        await using (var engine = await Engine.StartAsync(folder.Path))
        {
            var articles = engine.Get<IArticleRepository>();
            ids = [(await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1"), Ct)).Id,
                   (await articles.SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/2"), Ct)).Id];
            // Back to the schema before the change log.
            await engine.ExecuteAsync("DROP TABLE article_changes; DROP TABLE pipeline_stages; DELETE FROM schema_migrations WHERE version = 6");
        }

        await using var migrated = await Engine.StartAsync(folder.Path);

        var log = await migrated.Get<IArticleChangeLog>().ReadAfterAsync(0, 100, Ct);
        Assert.Equal(ids, log.Select(c => c.ArticleId));
        Assert.All(log, c => Assert.Equal(ArticleChangeKind.Inserted, c.Kind));
    }
}
