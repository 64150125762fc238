using System.CommandLine;
using Janalyq.Pipeline;
using Janalyq.Storage;

namespace Janalyq.Web.Cli;

/// <summary>
/// `replay STAGE`: sets a pipeline stage's checkpoint back to zero (the stage drops what it derived), then runs it
/// until it has caught up with the whole change log. A `serve` or `worker` running meanwhile is safe: the stage's lease
/// lets one process at a time work on it.
/// </summary>
internal static class ReplayCommand
{
    private static readonly Argument<string> Stage = new("stage") { Description = "The stage's name (see the pipeline on /healthz)." };

    public static Command Create(Option<string?> data, CoreHostBuilder hosts)
    {
        var command = new Command("replay", "Rebuild a pipeline stage (stories, search index, ...) from the start of the article change log.");
        command.Arguments.Add(Stage);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(data), parse.GetValue(Stage)!, hosts, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? data, string name, CoreHostBuilder hosts, CancellationToken cancellationToken)
    {
        using var host = hosts(data).Build();
        var services = host.Services;
        await services.GetRequiredService<IDatabase>().MigrateAsync(cancellationToken);
        var runner = services.GetRequiredService<PipelineRunner>();
        if (runner.Find(name) is not { } stage)
        {
            var known = runner.Stages.Count == 0 ? "none yet" : string.Join(", ", runner.Stages.Select(s => s.Name));
            await Console.Error.WriteLineAsync($"janalyq: no pipeline stage named '{name}' (stages: {known}).");
            return ExitCodes.ConfigurationFailure;
        }
        await runner.ReplayAsync(name, cancellationToken);
        StageStep step;
        do step = await runner.StepAsync(stage, cancellationToken);
        while (step == StageStep.Progressed);
        var status = (await runner.StatusAsync(cancellationToken)).Single(s => s.Stage == name);
        Console.WriteLine(step switch
        {
            StageStep.CaughtUp => $"{name}: replayed from zero, caught up at entry {status.Position}.",
            StageStep.Held => $"{name}: set back to zero; a running serve or worker holds it and is catching it up ({status.LagEntries} entries to go).",
            _ => $"{name}: set back to zero; it failed at entry {status.Position + 1} ({status.LastError}) and will be retried by serve or worker.",
        });
        return step is StageStep.Failed or StageStep.Waiting ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }
}
