using System.Text;
using Janalyq.Extraction;
using Janalyq.Ingestion;
using Janalyq.Pipeline;
using Janalyq.Storage;
using Janalyq.Storage.Sqlite;
using Janalyq.Tests.Ingestion.Import;
using Janalyq.Tests.Storage;
using Janalyq.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Janalyq.Tests.Pipeline;

/// <summary>The stages after storage read the change log in order, in batches, from a checkpoint kept in the database.</summary>
public sealed class PipelineRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Engine> StartAsync(IPipelineStage stage, string? data = null, TimeProvider? time = null, int batchSize = 100) =>
        Engine.StartAsync(data, time, s =>
        {
            s.AddSingleton(stage);
            s.Configure<PipelineOptions>(o => o.BatchSize = batchSize);
        });

    private static async Task<long[]> SaveAsync(Engine engine, params string[] urls)
    {
        var ids = new List<long>();
        foreach (var url in urls) ids.Add((await engine.Get<IArticleRepository>().SaveAsync(ArticleRepositoryTests.Sample(url), Ct)).Id);
        return [.. ids];
    }

    [Fact]
    public async Task Stored_articles_reach_every_stage_through_the_change_log()
    {
        var stage = new RecordingStage();
        await using var engine = await StartAsync(stage);
        var intake = engine.Get<IArticleIntake>();
        var page = new RawPage(Encoding.UTF8.GetBytes(FolderImporterTests.Page(7)), new Uri("https://test.kz/news/7"), "text/html; charset=utf-8", DateTimeOffset.UnixEpoch);

        var stored = await intake.AcceptAsync(page, null, null, Ct);
        await intake.AcceptAsync(page, null, null, Ct); // unchanged: nothing to tell
        var steps = await engine.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);

        Assert.Equal(StageStep.CaughtUp, steps[stage.Name]);
        var change = Assert.Single(stage.Seen);
        Assert.Equal((stored.ArticleId!.Value, ArticleChangeKind.Inserted), (change.ArticleId, change.Kind));
    }

    [Fact]
    public async Task A_stage_gets_the_log_in_order_in_batches_and_its_checkpoint_advances()
    {
        var stage = new RecordingStage();
        await using var engine = await StartAsync(stage, batchSize: 2);
        var ids = await SaveAsync(engine, "https://a.kz/1", "https://a.kz/2", "https://a.kz/3", "https://a.kz/4", "https://a.kz/5");

        await engine.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);

        Assert.Equal([2, 2, 1], stage.Batches.Select(b => b.Count));
        Assert.Equal(ids, stage.Seen.Select(c => c.ArticleId));
        var last = stage.Seen[^1].Sequence;
        Assert.Equal(last, (await engine.Get<IStageCheckpoints>().GetAsync(stage.Name, Ct)).Position);
        Assert.Equal(0, (await engine.Get<PipelineRunner>().StatusAsync(Ct)).Single().LagEntries);
    }

    [Fact]
    public async Task The_checkpoint_survives_a_restart()
    {
        using var folder = new TempFolder();
        var before = new RecordingStage();
        await using (var engine = await StartAsync(before, folder.Path))
        {
            await SaveAsync(engine, "https://a.kz/1", "https://a.kz/2");
            await engine.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);
        }

        var after = new RecordingStage();
        await using var restarted = await StartAsync(after, folder.Path); // a new container on the same file
        var added = await SaveAsync(restarted, "https://a.kz/3");
        await restarted.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);

        Assert.Equal(2, before.Seen.Count);
        Assert.Equal(added, after.Seen.Select(c => c.ArticleId));
    }

    [Fact]
    public async Task A_stage_added_later_catches_up_from_zero()
    {
        using var folder = new TempFolder();
        await using (var engine = await Engine.StartAsync(folder.Path))
            await SaveAsync(engine, "https://a.kz/1", "https://a.kz/2");

        var late = new RecordingStage("late");
        await using var restarted = await StartAsync(late, folder.Path);
        await restarted.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);

        Assert.Equal(2, late.Seen.Count);
    }

    [Fact]
    public async Task A_failing_stage_keeps_its_checkpoint_and_retries_with_backoff()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var stage = new RecordingStage { FailNext = 2 };
        await using var engine = await StartAsync(stage, time: time);
        var runner = engine.Get<PipelineRunner>();
        await SaveAsync(engine, "https://a.kz/1", "https://a.kz/2");
        var retryBase = new PipelineOptions().RetryBase;

        Assert.Equal(StageStep.Failed, await runner.StepAsync(stage, Ct));
        var failing = (await runner.StatusAsync(Ct)).Single();
        Assert.Equal((0L, 2L, 1, true), (failing.Position, failing.LagEntries, failing.Failures, failing.Degraded));
        Assert.Contains("search index unavailable", failing.LastError, StringComparison.Ordinal);
        Assert.Equal(time.GetUtcNow() + retryBase, failing.RetryAt);

        time.Advance(retryBase - TimeSpan.FromMilliseconds(1));
        Assert.Equal(StageStep.Waiting, await runner.StepAsync(stage, Ct));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(StageStep.Failed, await runner.StepAsync(stage, Ct)); // second failure: the wait doubles
        Assert.Equal(time.GetUtcNow() + 2 * retryBase, (await runner.StatusAsync(Ct)).Single().RetryAt);

        time.Advance(2 * retryBase - TimeSpan.FromMilliseconds(1));
        Assert.Equal(StageStep.Waiting, await runner.StepAsync(stage, Ct));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(StageStep.CaughtUp, await runner.StepAsync(stage, Ct));

        Assert.Equal(2, stage.Seen.Count);
        var recovered = (await runner.StatusAsync(Ct)).Single();
        Assert.Equal((0L, 0, false), (recovered.LagEntries, recovered.Failures, recovered.Degraded));
    }

    [Fact]
    public async Task A_stage_that_falls_behind_is_degraded_by_its_lag()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var stage = new RecordingStage();
        await using var engine = await StartAsync(stage, time: time);
        await SaveAsync(engine, "https://a.kz/1");

        time.Advance(new PipelineOptions().LagTolerance);
        Assert.False((await engine.Get<PipelineRunner>().StatusAsync(Ct)).Single().Degraded);
        time.Advance(TimeSpan.FromSeconds(1));
        var status = (await engine.Get<PipelineRunner>().StatusAsync(Ct)).Single();

        Assert.True(status.Degraded);
        Assert.Equal((1L, new PipelineOptions().LagTolerance + TimeSpan.FromSeconds(1)), (status.LagEntries, status.Lag));
    }

    [Fact]
    public async Task Replay_lets_the_stage_drop_what_it_derived_and_catch_up_from_zero()
    {
        var stage = new RecordingStage();
        await using var engine = await StartAsync(stage);
        await SaveAsync(engine, "https://a.kz/1", "https://a.kz/2");
        var runner = engine.Get<PipelineRunner>();
        await runner.RunUntilCaughtUpAsync(Ct);

        await runner.ReplayAsync(stage.Name, Ct);
        Assert.Equal(0, (await engine.Get<IStageCheckpoints>().GetAsync(stage.Name, Ct)).Position);
        await runner.RunUntilCaughtUpAsync(Ct);

        Assert.Equal(1, stage.Resets);
        Assert.Equal(2, stage.Seen.Count);
    }

    [Fact]
    public async Task A_stage_writes_to_the_database_in_the_transaction_of_its_checkpoint()
    {
        var stage = new RecordingStage { FailNext = 1 };
        stage.OnBatch = async (batch, ct) =>
        {
            var (connection, transaction) = await SqliteStageWork.Of(batch.Work).OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO stage_rows (seq) VALUES {string.Join(", ", batch.Changes.Select(c => $"({c.Sequence})"))}";
            await command.ExecuteNonQueryAsync(ct);
        };
        var time = new FakeTimeProvider();
        await using var engine = await StartAsync(stage, time: time);
        await engine.ExecuteAsync("CREATE TABLE stage_rows (seq INTEGER NOT NULL)");
        await SaveAsync(engine, "https://a.kz/1", "https://a.kz/2");
        var runner = engine.Get<PipelineRunner>();

        Assert.Equal(StageStep.Failed, await runner.StepAsync(stage, Ct)); // wrote its rows, then threw: rolled back
        Assert.Equal(0, await engine.ScalarAsync("SELECT count(*) FROM stage_rows"));
        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(StageStep.CaughtUp, await runner.StepAsync(stage, Ct));

        Assert.Equal(2, await engine.ScalarAsync("SELECT count(*) FROM stage_rows"));
        Assert.Equal(await engine.ScalarAsync("SELECT max(seq) FROM stage_rows"), await engine.ScalarAsync("SELECT position FROM pipeline_stages"));
    }
}
