using System.CommandLine;
using Janalyq.Storage;
using Spectre.Console;

namespace Janalyq.Web.Cli;

/// <summary>`worker [--allow-network CIDR]...`: the crawler alone, as a separate process, until stopped (Ctrl+C / SIGTERM).</summary>
public static class WorkerCommand
{
    public static Command Create(Option<string?> data, CoreHostBuilder hosts)
    {
        var command = new Command("worker", "Keep crawling the enabled sources in the database (the same background crawler `serve` runs), until stopped.");
        command.Options.Add(IngestCommand.AllowNetwork);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            if (!IngestCommand.TryBuild(parse, data, hosts, background: true, stderr, out var host)) return ExitCodes.ConfigurationFailure;
            using (host)
            {
                await host.Services.GetRequiredService<IDatabase>().MigrateAsync(cancellationToken);
                stderr.MarkupLine("janalyq worker: crawling; stop with Ctrl+C.");
                try
                {
                    await host.RunAsync(cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Stopped by the user: every committed article and the crawl state are kept.
                }
                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
