using System.CommandLine;
using Janalyq.Storage;
using Janalyq.Web.Hosting;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Janalyq.Web.Cli;

/// <summary>The command-line program: `serve` (the default), `import`, `extract`; later issues add verbs here.</summary>
public static class JanalyqCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var serve = ServeCommand.Create();
        var root = new RootCommand("Janalyq: a news aggregation portal. With no verb, serves the portal (same as `serve`).");
        root.Options.Add(CommonOptions.Data);
        foreach (var option in serve.Options) root.Options.Add(option);
        root.Action = serve.Action;
        root.Subcommands.Add(serve);
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(IngestCommand.Create(CommonOptions.Data, JanalyqToolHost.CreateBuilder));
        root.Subcommands.Add(WorkerCommand.Create(CommonOptions.Data, JanalyqToolHost.CreateBuilder));
        root.Subcommands.Add(SourcesCommand.Create(CommonOptions.Data, JanalyqToolHost.CreateBuilder));
        root.Subcommands.Add(ReplayCommand.Create(CommonOptions.Data, JanalyqToolHost.CreateBuilder));
        root.Subcommands.Add(RankCommand.Create(CommonOptions.Data, JanalyqToolHost.CreateBuilder));
        root.Subcommands.Add(SearchCommand.Create(CommonOptions.Data, JanalyqToolHost.CreateBuilder));
        root.Subcommands.Add(ReindexCommand.Create(CommonOptions.Data, JanalyqToolHost.CreateBuilder));
        root.Subcommands.Add(SettingsTableCommand.Create());
        root.Subcommands.Add(TrainCategoriesCommand.Create());

        var parsed = root.Parse(args);
        try
        {
            var exit = await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            // A parse error (unknown verb or option, missing or invalid argument) is printed with the usage by
            // System.CommandLine, which then answers 1; a bad argument is ours to number.
            return parsed.Errors.Count > 0 ? ExitCodes.ConfigurationFailure : exit;
        }
        catch (Exception e) when (Explain(e) is { } failure)
        {
            await Console.Error.WriteLineAsync($"janalyq: {failure.Message}");
            return failure.ExitCode;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("JANALYQ_DEBUG") != "1")
        {
            // A bug, not a user's mistake: say so in one line; JANALYQ_DEBUG=1 shows the whole trace.
            await Console.Error.WriteLineAsync($"janalyq: internal error ({e.GetType().Name}: {e.Message}). Run with JANALYQ_DEBUG=1 for the details and report it.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Turns a failure a user can cause into one clear line and an exit code; null for a bug.</summary>
    internal static (string Message, int ExitCode)? Explain(Exception e) => e switch
    {
        StorageException storage => (storage.Message, ExitCodes.StorageFailure),
        OptionsValidationException options => ("invalid configuration: " + string.Join("; ", options.Failures), ExitCodes.ConfigurationFailure),
        IOException { InnerException: AddressInUseException } io => (io.Message.TrimEnd('.') + ". Choose another with --urls or ASPNETCORE_URLS.", ExitCodes.AddressFailure),
        AddressInUseException inUse => (inUse.Message + ". Choose another with --urls or ASPNETCORE_URLS.", ExitCodes.AddressFailure),
        OperationCanceledException => ("interrupted", ExitCodes.Interrupted),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Explain(aggregate.InnerExceptions[0]),
        _ when e.InnerException is not null => Explain(e.InnerException),
        _ => null,
    };
}
