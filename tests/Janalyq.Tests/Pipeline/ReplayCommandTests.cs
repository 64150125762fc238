using System.CommandLine;
using Janalyq.Pipeline;
using Janalyq.Storage;
using Janalyq.Tests.Storage;
using Janalyq.Tests.Support;
using Janalyq.Web.Cli;
using Janalyq.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Janalyq.Tests.Pipeline;

/// <summary>`./janalyq replay STAGE`: the stage starts again from zero and catches up.</summary>
public sealed class ReplayCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replay_runs_the_stage_again_over_the_whole_log()
    {
        using var folder = new TempFolder();
        var stage = new RecordingStage("stories");
        await using (var engine = await Engine.StartAsync(folder.Path, configure: s => s.AddSingleton<IPipelineStage>(stage)))
        {
            await engine.Get<IArticleRepository>().SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1"), Ct);
            await engine.Get<IArticleRepository>().SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/2"), Ct);
            await engine.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var exit = await RunAsync(stage, "replay", "stories", "--data", folder.Path);

        Assert.Equal(0, exit);
        Assert.Equal(1, stage.Resets);
        Assert.Equal(2, stage.Seen.Count);
    }

    [Fact]
    public async Task An_unknown_stage_is_a_usage_error()
    {
        using var folder = new TempFolder();
        Assert.Equal(4, await RunAsync(new RecordingStage("stories"), "replay", "nosuch", "--data", folder.Path));
    }

    [Fact]
    public async Task Replay_has_help()
    {
        var (exit, stdout, _) = await CliProcess.RunAsync("replay", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
    }

    private static async Task<int> RunAsync(IPipelineStage stage, params string[] args)
    {
        var data = new Option<string?>("--data") { Recursive = true };
        var root = new RootCommand { Options = { data } };
        root.Subcommands.Add(ReplayCommand.Create(data, dir =>
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration["Storage:DataDirectory"] = dir;
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.AddJanalyqCore();
            builder.Services.AddSingleton(stage);
            return builder;
        }));
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, Ct);
    }
}
