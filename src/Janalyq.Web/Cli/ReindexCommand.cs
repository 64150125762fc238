using System.CommandLine;
using Janalyq.Pipeline;
using Janalyq.Search;
using Janalyq.Storage;
using Spectre.Console;

namespace Janalyq.Web.Cli;

/// <summary>
/// `reindex`: rebuilds the search index from the database (the stage "search" replayed from the start of the change
/// log), with a progress bar on stderr. A running serve or worker keeps answering from the old index meanwhile.
/// </summary>
internal static class ReindexCommand
{
    public static Command Create(Option<string?> data, CoreHostBuilder hosts)
    {
        var command = new Command("reindex", "Rebuild the search index from the stored articles.");
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(data), hosts, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? data, CoreHostBuilder hosts, CancellationToken cancellationToken)
    {
        using var host = hosts(data).Build();
        var services = host.Services;
        await services.GetRequiredService<IDatabase>().MigrateAsync(cancellationToken);
        await services.GetRequiredService<SearchIndex>().EnsureOpenAsync(cancellationToken);
        var runner = services.GetRequiredService<PipelineRunner>();
        var stage = runner.Find(SearchStage.StageName)!;
        await runner.ReplayAsync(SearchStage.StageName, cancellationToken);
        var total = (await runner.StatusAsync(cancellationToken)).Single(s => s.Stage == SearchStage.StageName).LagEntries;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var step = StageStep.Progressed;
        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("reindex", maxValue: Math.Max(1, total));
            while (step == StageStep.Progressed)
            {
                step = await runner.StepAsync(stage, cancellationToken);
                var left = (await runner.StatusAsync(cancellationToken)).Single(s => s.Stage == SearchStage.StageName).LagEntries;
                task.Value = Math.Max(0, total - left);
            }
            task.Value = task.MaxValue;
        });
        var status = (await runner.StatusAsync(cancellationToken)).Single(s => s.Stage == SearchStage.StageName);
        Console.WriteLine(step switch
        {
            StageStep.CaughtUp => $"search: index rebuilt from {total} change-log entries, caught up at entry {status.Position}.",
            StageStep.Held => $"search: set back to zero; a running serve or worker holds the stage and is rebuilding it ({status.LagEntries} entries to go).",
            _ => $"search: set back to zero; it failed at entry {status.Position + 1} ({status.LastError}) and will be retried by serve or worker.",
        });
        return step is StageStep.Failed or StageStep.Waiting ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }
}
