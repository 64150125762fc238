using System.CommandLine;
using System.Net;
using Janalyq.Ingestion.Crawling;
using Janalyq.Sources;
using Janalyq.Storage;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Janalyq.Web.Cli;

using Markup = Spectre.Console.Markup; // inside the namespace: Janalyq.Markup would shadow it

/// <summary>
/// Makes the engine's host builder for a verb: configuration (appsettings, JANALYQ_ variables, the data folder),
/// logging to stderr and the core services (storage, extraction, intake). The verb adds its own settings and services.
/// </summary>
public delegate HostApplicationBuilder CoreHostBuilder(string? dataDirectory);

/// <summary>
/// `ingest --once [--sources FILE] [--allow-network CIDR]...`: one crawl round with a live progress display and a
/// summary table per listing. Exit <see cref="ExitCodes.Ok"/> when the round completed, even if some sources failed (they
/// are reported); <see cref="ExitCodes.ConfigurationFailure"/> for a bad sources file, range or setting.
/// </summary>
public static class IngestCommand
{
    private static readonly Option<bool> Once = new("--once") { Description = "Run one round over every listing, then exit (for continuous crawling use `worker`)." };

    private static readonly Option<FileInfo?> SourcesFile = new("--sources")
    {
        Description = "OPML file, or a text file with one listing URL per line; its sources are added to the database and only they are polled. Default: every enabled source in the database.",
    };

    /// <summary>Repeatable: lets the SSRF guard through a range it refuses by default (loopback, private, link-local).</summary>
    internal static readonly Option<string[]> AllowNetwork = new("--allow-network")
    {
        Description = "Allow a CIDR range the SSRF guard refuses by default (e.g. 127.0.0.0/8 for a local fixture fleet). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Command Create(Option<string?> data, CoreHostBuilder hosts)
    {
        var command = new Command("ingest", "Crawl the sources once: fetch their listings and new article pages, store the articles, print a summary.");
        command.Options.Add(Once);
        command.Options.Add(SourcesFile);
        command.Options.Add(AllowNetwork);
        command.Validators.Add(r =>
        {
            if (!r.GetValue(Once)) r.AddError("ingest runs one round: give --once (use `worker` to keep crawling).");
        });
        command.SetAction((parse, ct) => RunAsync(parse, data, hosts, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Option<string?> data, CoreHostBuilder hosts, CancellationToken cancellationToken)
    {
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!TryBuild(parse, data, hosts, background: false, stderr, out var host)) return ExitCodes.ConfigurationFailure;
        using (host)
        {
            var services = host.Services;
            await services.GetRequiredService<IDatabase>().MigrateAsync(cancellationToken);

            IReadOnlyList<Source> sources;
            if (parse.GetValue(SourcesFile) is { } file)
            {
                try
                {
                    sources = await SaveAsync(await SourceList.LoadAsync(file.FullName, cancellationToken), services.GetRequiredService<ISourceRepository>(), cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or Discovery.FeedFormatException)
                {
                    stderr.MarkupLineInterpolated($"[red]janalyq:[/] cannot read the sources file {file.FullName}: {e.Message}");
                    return ExitCodes.ConfigurationFailure;
                }
            }
            else
            {
                sources = await services.GetRequiredService<ISourceRepository>().ListAsync(cancellationToken);
            }

            var round = services.GetRequiredService<CrawlRound>();
            var listings = sources.Where(s => s.Enabled).Sum(s => s.Feeds.Count);
            RoundReport report = null!;
            await stderr.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"{listings} listings", maxValue: Math.Max(1, listings));
                    int done = 0, stored = 0;
                    var progress = new Progress<FeedReport>(r =>
                    {
                        done++;
                        stored += r.New + r.Updated;
                        task.Value = done;
                        task.Description = $"{done}/{listings} listings, {stored} articles stored";
                    });
                    report = await round.RunAsync(sources, RoundScope.All, new SynchronousProgress(progress), cancellationToken);
                    task.Value = task.MaxValue;
                });
            var stdout = Stdout();
            stdout.Write(SummaryTable(report));
            stdout.MarkupLineInterpolated(
                $"Round done in {report.Elapsed.TotalSeconds:0.0} s: [green]{report.New} new[/], {report.Updated} updated, {report.Unchanged} unchanged, [red]{report.Failed} failed[/] entries; {report.FailedFeeds} of {report.Feeds.Count} listings failed or parked.");
            return ExitCodes.Ok;
        }
    }

    /// <summary>Builds the crawler's host with --allow-network applied; false (and a message) for a bad range. A bad setting throws from Build.</summary>
    internal static bool TryBuild(ParseResult parse, Option<string?> data, CoreHostBuilder hosts, bool background, IAnsiConsole stderr, out IHost host)
    {
        host = null!;
        var builder = hosts(parse.GetValue(data));
        var ranges = parse.GetResult(AllowNetwork) is null ? [] : parse.GetValue(AllowNetwork) ?? [];
        var configured = builder.Configuration.GetSection("Fetching:AllowedNetworks").GetChildren().Count();
        foreach (var (range, i) in ranges.Select((r, i) => (r, i)))
        {
            if (!IPNetwork.TryParse(range, out _))
            {
                stderr.MarkupLineInterpolated($"[red]janalyq:[/] --allow-network '{range}' is not a CIDR range like 127.0.0.0/8.");
                return false;
            }
            builder.Configuration[$"Fetching:AllowedNetworks:{configured + i}"] = range;
        }
        builder.Services.AddCrawling(background);
        host = builder.Build(); // a bad setting fails here, before the data folder is touched (CoreServices)
        var allowed = host.Services.GetRequiredService<IOptions<Fetching.FetchOptions>>().Value.AllowedNetworks;
        foreach (var warning in Fetching.NetworkPolicy.Warnings(allowed))
            stderr.MarkupLineInterpolated($"[yellow]janalyq: warning:[/] {warning}");
        return true;
    }

    internal static async Task<IReadOnlyList<Source>> SaveAsync(IReadOnlyList<Source> sources, ISourceRepository repository, CancellationToken cancellationToken)
    {
        var saved = new List<Source>(sources.Count);
        foreach (var source in sources)
            saved.Add(source with { Id = await repository.SaveAsync(source, cancellationToken) });
        return saved;
    }

    /// <summary>Standard output; when it is a file or a pipe, wide enough that the table's URLs are not folded.</summary>
    internal static IAnsiConsole Stdout()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 240;
        return console;
    }

    internal static Table SummaryTable(RoundReport report)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("source", "listing", "status", "entries", "new", "updated", "unchanged", "from feed", "failed", "why");
        foreach (var r in report.Feeds.OrderBy(r => r.Source.Slug, StringComparer.Ordinal).ThenBy(r => r.Feed.Url, StringComparer.Ordinal))
        {
            var why = r.Error ?? string.Join("; ", r.Failures);
            table.AddRow(
                Markup.Escape(r.Source.Slug),
                Markup.Escape(Shorten(r.Feed.Url, 60)),
                r.Status switch
                {
                    PollStatus.Failed => "[red]failed[/]",
                    PollStatus.Parked => "[yellow]parked[/]",
                    PollStatus.NotModified => "not modified",
                    PollStatus.Busy => "[grey]busy[/]",
                    _ => "[green]ok[/]",
                },
                $"{r.Entries}", $"{r.New}", $"{r.Updated}", $"{r.Unchanged}", $"{r.FromFeed}", $"{r.Failed}",
                Markup.Escape(Shorten(why, 80)));
        }
        return table;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Reports on the caller's thread: Progress&lt;T&gt; posts to the thread pool, which Spectre's live display does not need.</summary>
    private sealed class SynchronousProgress(IProgress<FeedReport> inner) : IProgress<FeedReport>
    {
        private readonly Lock _lock = new();

        public void Report(FeedReport value)
        {
            lock (_lock) inner.Report(value);
        }
    }
}
