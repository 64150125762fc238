using Janalyq.Pipeline;
using Janalyq.Storage;
using Janalyq.Storage.Sqlite;
using Janalyq.Tests.Storage;
using Janalyq.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Janalyq.Tests.Pipeline;

/// <summary>Two runners on one database file (as two processes would be): a stage's lease lets one at a time work on it.</summary>
public sealed class PipelineLeaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Engine> StartAsync(string folder, IPipelineStage stage, TimeProvider time) =>
        Engine.StartAsync(folder, time, s => s.AddSingleton(stage));

    [Fact]
    public async Task While_one_runner_works_on_a_stage_the_other_leaves_it()
    {
        using var folder = new TempFolder();
        var time = new FakeTimeProvider();
        var first = new RecordingStage("index");
        var second = new RecordingStage("index");
        await using var a = await StartAsync(folder.Path, first, time);
        await using var b = await StartAsync(folder.Path, second, time);
        foreach (var n in Enumerable.Range(1, 3))
            await a.Get<IArticleRepository>().SaveAsync(ArticleRepositoryTests.Sample($"https://a.kz/{n}"), Ct);
        var inside = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        first.OnBatch = async (_, _) =>
        {
            inside.TrySetResult();
            await release.Task;
        };

        var working = a.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);
        await inside.Task;
        var meanwhile = await b.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);
        release.SetResult();
        var done = await working;
        var after = await b.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);

        Assert.Equal(StageStep.Held, meanwhile["index"]);
        Assert.Equal(StageStep.CaughtUp, done["index"]);
        Assert.Equal(StageStep.CaughtUp, after["index"]); // a gave the lease back once caught up; b starts at a's checkpoint
        Assert.Equal(3, first.Seen.Count);
        Assert.Empty(second.Seen);
    }

    [Fact]
    public async Task A_runner_whose_lease_expired_mid_batch_commits_nothing_and_no_entry_is_processed_twice()
    {
        using var folder = new TempFolder();
        var time = new FakeTimeProvider();
        var stalled = new RecordingStage("stories");
        var other = new RecordingStage("stories");
        await using var a = await StartAsync(folder.Path, stalled, time);
        await using var b = await StartAsync(folder.Path, other, time);
        await a.ExecuteAsync("CREATE TABLE stage_rows (seq INTEGER NOT NULL)");
        foreach (var n in Enumerable.Range(1, 3))
            await a.Get<IArticleRepository>().SaveAsync(ArticleRepositoryTests.Sample($"https://a.kz/{n}"), Ct);
        var inside = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        stalled.OnBatch = async (batch, ct) =>
        {
            inside.TrySetResult();
            await release.Task; // a long pause (a GC, a slow disk) before the stage writes its rows
            await WriteRowsAsync(batch, ct);
        };
        other.OnBatch = WriteRowsAsync;

        var stalling = a.Get<PipelineRunner>().StepAsync(stalled, Ct);
        await inside.Task;
        time.Advance(new PipelineOptions().LeaseDuration + TimeSpan.FromSeconds(1));
        var taken = await b.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct); // the lease expired: b takes the stage
        release.SetResult();

        Assert.Equal(StageStep.CaughtUp, taken["stories"]);
        Assert.Equal(StageStep.Held, await stalling); // its checkpoint moved under it: its rows are rolled back
        Assert.Equal(3, await a.ScalarAsync("SELECT count(*) FROM stage_rows"));
        Assert.Equal(3, await a.ScalarAsync("SELECT count(DISTINCT seq) FROM stage_rows"));
        Assert.Equal(3, await a.ScalarAsync("SELECT position FROM pipeline_stages WHERE stage = 'stories'"));
    }

    private static async Task WriteRowsAsync(StageBatch batch, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await SqliteStageWork.Of(batch.Work).OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO stage_rows (seq) VALUES {string.Join(", ", batch.Changes.Select(c => $"({c.Sequence})"))}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
