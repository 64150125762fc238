using Janalyq.Pipeline;
using Janalyq.Storage;
using Janalyq.Tests.Storage;
using Janalyq.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Janalyq.Tests.Pipeline;

/// <summary>The background service `serve` and `worker` run: stages follow the articles as they are stored.</summary>
public sealed class PipelineServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_change_stored_in_this_process_wakes_the_stages_at_once()
    {
        var stage = new RecordingStage();
        var seen = new TaskCompletionSource<ArticleChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        stage.OnBatch = (batch, _) =>
        {
            seen.TrySetResult(batch.Changes[^1]);
            return Task.CompletedTask;
        };
        // Fake time that never moves: only the in-process signal can wake the service.
        await using var engine = await Engine.StartAsync(time: new FakeTimeProvider(), configure: s =>
        {
            s.AddSingleton<IPipelineStage>(stage);
            s.AddPipeline(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), background: true);
        });
        var service = engine.Services.GetServices<IHostedService>().OfType<PipelineService>().Single();
        await service.StartAsync(Ct);
        try
        {
            var saved = await engine.Get<IArticleRepository>().SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1"), Ct);

            var change = await seen.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
            Assert.Equal(saved.Id, change.ArticleId);
        }
        finally
        {
            await service.StopAsync(Ct);
        }
        Assert.Null((await engine.Get<IStageCheckpoints>().GetAsync(stage.Name, Ct)).LeaseOwner);
    }
}
