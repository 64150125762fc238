using System.Globalization;
using System.CommandLine;
using Janalyq.Discovery;
using Janalyq.Ingestion;
using Janalyq.Ingestion.Crawling;
using Janalyq.Sources;
using Janalyq.Storage;
using Janalyq.Storage.Sqlite;
using Spectre.Console;

namespace Janalyq.Web.Cli;

using Markup = Spectre.Console.Markup; // inside the namespace: Janalyq.Markup would shadow it

/// <summary>`sources list|add|disable|enable|test|export`: manage the outlets the crawler follows.</summary>
public static class SourcesCommand
{

    public static Command Create(Option<string?> data, CoreHostBuilder hosts)
    {
        var command = new Command("sources", "Manage the sources (outlets and their listings) the crawler follows.");
        command.Subcommands.Add(List(data, hosts));
        command.Subcommands.Add(Add(data, hosts));
        command.Subcommands.Add(SetEnabled(data, hosts, enabled: false));
        command.Subcommands.Add(SetEnabled(data, hosts, enabled: true));
        command.Subcommands.Add(Test(data, hosts));
        command.Subcommands.Add(Export(data, hosts));
        return command;
    }

    private static Command List(Option<string?> data, CoreHostBuilder hosts)
    {
        var command = new Command("list", "List the sources with the state of each listing (next poll, failures, parked and why).");
        command.SetAction((parse, ct) => WithHostAsync(parse, data, hosts, async (services, console) =>
        {
            var sources = await services.GetRequiredService<ISourceRepository>().ListAsync(ct);
            var states = await services.GetRequiredService<ICrawlStateRepository>().ListFeedsAsync(ct);
            var table = new Table().Border(TableBorder.Rounded).AddColumns("slug", "name", "lang", "enabled", "listing", "next poll (UTC)", "failures", "parked / moved");
            foreach (var source in sources)
            {
                foreach (var feed in source.Feeds.DefaultIfEmpty(new SourceFeed("", FeedKind.Rss)))
                {
                    var state = states.GetValueOrDefault(feed.Url);
                    table.AddRow(Markup.Escape(source.Slug), Markup.Escape(source.Name), source.Language, source.Enabled ? "yes" : "[yellow]no[/]",
                        Markup.Escape(feed.Url), state?.NextPollAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-", $"{state?.ErrorStreak ?? 0}",
                        Markup.Escape(state?.ParkedReason ?? (state?.MovedTo is { } moved ? "moved to " + moved : "")));
                }
            }
            IngestCommand.Stdout().Write(table);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{sources.Count} sources.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Add(Option<string?> data, CoreHostBuilder hosts)
    {
        var what = new Argument<string?>("url-or-file") { Description = "A listing URL, or a sources file (OPML or one URL per line).", Arity = ArgumentArity.ZeroOrOne };
        var defaults = new Option<bool>("--defaults") { Description = "Add the bundled default sources (real outlets of Kazakhstan and the region)." };
        var name = new Option<string?>("--name") { Description = "Outlet name (for a URL)." };
        var slug = new Option<string?>("--slug") { Description = "Short identifier (for a URL); default from the host name." };
        var language = new Option<string?>("--language") { Description = "ISO 639-1 language (for a URL); default ru." };
        var command = new Command("add", "Add sources: a listing URL, a sources file, or --defaults. An existing slug is updated.");
        command.Arguments.Add(what);
        command.Options.Add(defaults);
        command.Options.Add(name);
        command.Options.Add(slug);
        command.Options.Add(language);
        command.Validators.Add(r =>
        {
            if (r.GetValue(defaults) == (r.GetValue(what) is not null)) r.AddError("Give a URL or file, or --defaults.");
        });
        command.SetAction((parse, ct) => WithHostAsync(parse, data, hosts, async (services, console) =>
        {
            IReadOnlyList<Source> sources;
            var arg = parse.GetValue(what);
            if (parse.GetValue(defaults)) sources = DefaultSources.Load();
            else if (File.Exists(arg)) sources = await SourceList.LoadAsync(arg, ct);
            else if (Uri.TryCreate(arg, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                var source = SourceList.FromUrl(url);
                sources = [source with
                {
                    Slug = parse.GetValue(slug) ?? source.Slug,
                    Name = parse.GetValue(name) ?? source.Name,
                    Language = parse.GetValue(language) ?? source.Language,
                }];
            }
            else
            {
                console.MarkupLineInterpolated($"[red]janalyq:[/] '{arg}' is neither a file nor an http(s) URL.");
                return ExitCodes.ConfigurationFailure;
            }
            var saved = await IngestCommand.SaveAsync(sources, services.GetRequiredService<ISourceRepository>(), ct);
            foreach (var s in saved) AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"added {s.Slug} ({s.Feeds.Count} listing(s))");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command SetEnabled(Option<string?> data, CoreHostBuilder hosts, bool enabled)
    {
        var slug = new Argument<string>("slug") { Description = "The source's slug (see `sources list`)." };
        var command = new Command(enabled ? "enable" : "disable", enabled ? "Resume crawling a source." : "Stop crawling a source (its articles stay).");
        command.Arguments.Add(slug);
        command.SetAction((parse, ct) => WithHostAsync(parse, data, hosts, async (services, console) =>
        {
            var repository = services.GetRequiredService<ISourceRepository>();
            var source = await repository.FindBySlugAsync(parse.GetValue(slug)!, ct);
            if (source is null)
            {
                console.MarkupLineInterpolated($"[red]janalyq:[/] no source with slug '{parse.GetValue(slug)}'.");
                return ExitCodes.ConfigurationFailure;
            }
            await repository.SaveAsync(source with { Enabled = enabled }, ct);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{source.Slug} {(enabled ? "enabled" : "disabled")}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Test(Option<string?> data, CoreHostBuilder hosts)
    {
        var what = new Argument<string>("slug-url-or-file") { Description = "A source's slug, a listing URL, or a sources file." };
        var command = new Command("test", $"Preview what the crawler would do with each listing: one poll by the crawler itself, of the listing and its first article, into a throwaway database (nothing is stored). Exit {ExitCodes.PartialFailure} if any fails.");
        command.Arguments.Add(what);
        command.Options.Add(IngestCommand.AllowNetwork);
        command.SetAction((parse, ct) => WithHostAsync(parse, data, hosts, async (services, console) =>
        {
            var arg = parse.GetValue(what)!;
            IReadOnlyList<Source> sources = File.Exists(arg) ? await SourceList.LoadAsync(arg, ct)
                : Uri.TryCreate(arg, UriKind.Absolute, out var url) ? [SourceList.FromUrl(url)]
                : await services.GetRequiredService<ISourceRepository>().FindBySlugAsync(arg, ct) is { } known ? [known] : [];
            if (sources.Count == 0)
            {
                console.MarkupLineInterpolated($"[red]janalyq:[/] '{arg}' is not a file, a URL or a known slug.");
                return ExitCodes.ConfigurationFailure;
            }
            await using var scratch = await ScratchStore.CreateAsync(hosts, ct);
            var preview = services.GetRequiredService<FeedPreview>();
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumns("source", "listing", "result", "format", "entries", "first entry", "its article (as the crawler would store it)");
            var failed = 0;
            foreach (var source in sources)
            {
                foreach (var feed in source.Feeds)
                {
                    var result = await preview.RunAsync(source, feed, scratch.Store, ct);
                    var report = result.Report;
                    if (report.Status is PollStatus.Failed or PollStatus.Parked)
                    {
                        failed++;
                        table.AddRow(Markup.Escape(source.Slug), Markup.Escape(feed.Url), $"[red]{Markup.Escape(report.Error ?? "failed")}[/]", "", "", "", "");
                        continue;
                    }
                    var first = report.Newest.Count > 0 ? report.Newest[0] : null;
                    table.AddRow(Markup.Escape(source.Slug), Markup.Escape(feed.Url), "[green]ok[/]", report.Format?.ToString() ?? "",
                        $"{report.Listed}", Markup.Escape(first?.Title ?? first?.Url.AbsoluteUri ?? "(none)"), Describe(result));
                }
            }
            IngestCommand.Stdout().Write(table);
            return failed == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
        }, ct));
        return command;
    }

    /// <summary>What the intake made of the first entry: the stored article's main fields, or why there is none.</summary>
    private static string Describe(FeedPreview.Result result)
    {
        var failures = result.Report.Failures;
        var failure = failures.Count > 0 ? failures[0] : null;
        if (result.First is null) return result.Report.Newest.Count == 0 ? "" : Markup.Escape(failure ?? "not read");
        if (result.Article is not { } article)
            return $"[yellow]not stored:[/] {Markup.Escape(result.First.LastError ?? failure ?? result.First.State.ToString())}";
        var from = result.First.State == EntryState.Feed
            ? $"[yellow]from the listing's text[/] (page: {Markup.Escape(result.First.LastError ?? "unavailable")})"
            : "from its page";
        var published = article.PublishedAt?.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture) ?? "no date";
        return $"{Markup.Escape(article.Title)}\n{from}; {published}; {article.Language ?? "?"}; {article.BodyText.Length} characters; " +
            $"category {Markup.Escape(article.CategorySlug ?? "-")}";
    }

    /// <summary>A throwaway database in a temporary folder, for `sources test`: the real intake stores there, and it is deleted after.</summary>
    private sealed class ScratchStore : IAsyncDisposable
    {
        private readonly IHost _host;
        private readonly string _folder;

        private ScratchStore(IHost host, string folder)
        {
            _host = host;
            _folder = folder;
            Store = new FeedPreview.Scratch(
                host.Services.GetRequiredService<IArticleIntake>(),
                ActivatorUtilities.CreateInstance<SqliteCrawlStateRepository>(host.Services),
                host.Services.GetRequiredService<IArticleRepository>(),
                host.Services.GetRequiredService<ISourceRepository>());
        }

        public FeedPreview.Scratch Store { get; }

        public static async Task<ScratchStore> CreateAsync(CoreHostBuilder hosts, CancellationToken cancellationToken)
        {
            var folder = Path.Combine(Path.GetTempPath(), "janalyq-sources-test-" + Guid.NewGuid().ToString("N"));
            var host = hosts(folder).Build();
            try
            {
                await host.Services.GetRequiredService<IDatabase>().MigrateAsync(cancellationToken);
                return new ScratchStore(host, folder);
            }
            catch
            {
                host.Dispose();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_host is IAsyncDisposable asynchronous) await asynchronous.DisposeAsync();
            else _host.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Temporary files: the system cleans them up if a handle is still open.
            }
        }
    }

    private static Command Export(Option<string?> data, CoreHostBuilder hosts)
    {
        var file = new Argument<FileInfo?>("file") { Description = "Where to write the OPML; default: standard output.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("export", "Write every source as OPML.");
        command.Arguments.Add(file);
        command.SetAction((parse, ct) => WithHostAsync(parse, data, hosts, async (services, console) =>
        {
            var opml = Opml.Write(await services.GetRequiredService<ISourceRepository>().ListAsync(ct));
            if (parse.GetValue(file) is { } target) await File.WriteAllTextAsync(target.FullName, opml, ct);
            else await Console.Out.WriteLineAsync(opml);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static async Task<int> WithHostAsync(ParseResult parse, Option<string?> data, CoreHostBuilder hosts,
        Func<IServiceProvider, IAnsiConsole, Task<int>> action, CancellationToken cancellationToken)
    {
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!IngestCommand.TryBuild(parse, data, hosts, background: false, stderr, out var host)) return ExitCodes.ConfigurationFailure;
        using (host)
        {
            await host.Services.GetRequiredService<IDatabase>().MigrateAsync(cancellationToken);
            try
            {
                return await action(host.Services, stderr);
            }
            catch (Exception e) when (e is FormatException or FeedFormatException or IOException or UnauthorizedAccessException)
            {
                stderr.MarkupLineInterpolated($"[red]janalyq:[/] {e.Message}");
                return ExitCodes.ConfigurationFailure;
            }
        }
    }
}
