using System.CommandLine;
using Janalyq.Ingestion.Import;
using Janalyq.Storage;
using Janalyq.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Janalyq.Web.Cli;

/// <summary>
/// `import PATH | --demo`: load saved pages (or the bundled demo corpus) into the database. Exit 0 when every input
/// was read (junk pages are skipped and listed), 1 when some could not be read (listed; the rest is imported), 2 when
/// the database stays locked by another writer, 4 when PATH does not exist.
/// </summary>
internal static class ImportCommand
{
    private static readonly Argument<string?> Path = new("path")
    {
        Description = "A page file (.html, .htm, plain or .gz) or a folder of them, searched recursively.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<bool> Demo = new("--demo") { Description = "Import the bundled demo corpus." };
    private static readonly Option<string?> Url = UrlOption.Create("The page's original address (when PATH is one file).");
    private static readonly Option<string?> SourceSlug = new("--source") { Description = "Slug of a known outlet these pages belong to." };
    private static readonly Option<bool> Progress = new("--progress")
    {
        Description = "Print to stdout 'ready' once the database is migrated, then 'page N PATH' as each page is taken up (every page before it is stored).",
    };

    public static Command Create()
    {
        var command = new Command("import", "Import saved pages, or the demo corpus, into the database. Junk files are reported and skipped.");
        command.Arguments.Add(Path);
        command.Options.Add(Demo);
        command.Options.Add(Url);
        command.Options.Add(SourceSlug);
        command.Options.Add(Progress);
        command.Validators.Add(r =>
        {
            if (r.GetValue(Demo) == (r.GetValue(Path) is not null))
                r.AddError("Give either a PATH or --demo.");
        });
        command.SetAction((parse, cancellationToken) => RunAsync(parse, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        if (parse.GetValue(Path) is { } path && !File.Exists(path) && !Directory.Exists(path))
        {
            // The one input is missing: nothing can be done, so it is a bad argument rather than a failed input.
            await Console.Error.WriteLineAsync($"janalyq: no file or folder at {path}.");
            return ExitCodes.ConfigurationFailure;
        }
        try
        {
            return await ImportAsync(parse, cancellationToken);
        }
        catch (Exception e) when (IsLocked(e))
        {
            await Console.Error.WriteLineAsync("janalyq: the database is locked by another writer past the busy timeout (Storage:Sqlite:BusyTimeoutMs); pages imported before are kept: run the import again when it is done.");
            return ExitCodes.StorageFailure;
        }
    }

    /// <summary>SQLite's "database is locked" (busy past the timeout), wherever it is wrapped.</summary>
    private static bool IsLocked(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is SqliteException { SqliteErrorCode: 5 or 6 }) return true; // SQLITE_BUSY, SQLITE_LOCKED
        return false;
    }

    private static async Task<int> ImportAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        using var host = JanalyqToolHost.Build(parse.GetValue(CommonOptions.Data));
        var services = host.Services;
        await services.GetRequiredService<IDatabase>().MigrateAsync(cancellationToken);
        var progress = parse.GetValue(Progress) ? new ProgressLines() : null;
        progress?.Ready();
        ImportReport report;
        if (parse.GetValue(Demo))
        {
            var folder = DemoCorpus.Locate(services.GetRequiredService<IOptions<DemoOptions>>().Value.CorpusDirectory)
                ?? throw new DirectoryNotFoundException("The demo corpus is not bundled with this program.");
            report = await services.GetRequiredService<DemoImporter>().ImportAsync(await DemoCorpus.LoadAsync(folder, cancellationToken), cancellationToken);
        }
        else
        {
            Source? source = null;
            if (parse.GetValue(SourceSlug) is { } slug)
            {
                source = await services.GetRequiredService<ISourceRepository>().FindBySlugAsync(slug, cancellationToken);
                if (source is null)
                {
                    await Console.Error.WriteLineAsync($"janalyq: no outlet with slug '{slug}'.");
                    return ExitCodes.ConfigurationFailure;
                }
            }
            var importer = services.GetRequiredService<FolderImporter>();
            report = await importer.ImportAsync(parse.GetValue(Path)!, UrlOption.Parse(parse.GetValue(Url)), source, progress, cancellationToken);
        }
        Print(report);
        return report.Failed.Count == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
    }

    private static void Print(ImportReport report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected) console.Profile.Width = 4096; // one line per file in a log, however long its path
        foreach (var failed in report.Failed)
            console.MarkupLineInterpolated($"[red]failed[/] {failed.File}: {failed.Reason}");
        foreach (var skipped in report.Skipped)
            console.MarkupLineInterpolated($"[yellow]skipped[/] {skipped.File}: {skipped.Reason}");
        var table = new Table().AddColumns("new", "updated", "unchanged", "skipped", "failed");
        table.AddRow($"{report.Inserted}", $"{report.Updated}", $"{report.Unchanged}", $"{report.Skipped.Count}", $"{report.Failed.Count}");
        console.Write(table);
    }

    /// <summary>
    /// `--progress`: one line per page on stdout, written at once (not posted to the thread pool as Progress&lt;T&gt;
    /// would), so that a line read means every page before it is committed. For logs, and for tests that stop the
    /// process at a known point.
    /// </summary>
    private sealed class ProgressLines : IProgress<string>
    {
        private int _pages;

        public void Ready() => Console.Out.WriteLine("ready");

        public void Report(string value) => Console.Out.WriteLine($"page {++_pages} {value}");
    }
}
