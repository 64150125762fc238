using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Janalyq.Pipeline;
using Janalyq.Search;
using Janalyq.Storage;

namespace Janalyq.Web.Cli;

/// <summary>
/// `search QUERY [--language xx] [--category SLUG] [--limit N] [--collapse]`: brings the index up to date with the database (the
/// pipeline's stages run until caught up, unless a running serve or worker holds them), then prints one JSON object per
/// hit, best first: id, url, title, language, published, story, score, snippet (README's contract).
/// </summary>
internal static class SearchCommand
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Argument<string> Query = new("query") { Description = "Words, \"a phrase\", -excluded, a OR b." };

    private static readonly Option<string?> Language = new("--language") { Description = "Only articles in this language (ru, kk, en)." };

    private static readonly Option<string?> Category = new("--category") { Description = "Only articles of this category (its slug: politics, economy, ...)." };

    private static readonly Option<bool> Collapse = new("--collapse") { Description = "One hit per story, as the site shows them (default: every matching article)." };

    private static readonly Option<int> Limit = new("--limit") { Description = "How many hits (default 10).", DefaultValueFactory = _ => 10 };

    public static Command Create(Option<string?> data, CoreHostBuilder hosts)
    {
        var command = new Command("search", "Search the articles; one JSON line per hit, best first.");
        command.Arguments.Add(Query);
        command.Options.Add(Language);
        command.Options.Add(Category);
        command.Options.Add(Limit);
        command.Options.Add(Collapse);
        Limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 1000) r.AddError("--limit must be between 1 and 1000."); });
        Language.Validators.Add(r => { if (r.GetValueOrDefault<string?>() is { } l && !System.Text.RegularExpressions.Regex.IsMatch(l, "^[a-z]{2}$")) r.AddError("--language takes a two-letter code (ru, kk, en)."); });
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(data), new SearchRequest(parse.GetValue(Query) ?? "")
        {
            Language = parse.GetValue(Language),
            Category = parse.GetValue(Category),
            Limit = parse.GetValue(Limit),
            Collapse = parse.GetValue(Collapse),
        }, hosts, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? data, SearchRequest request, CoreHostBuilder hosts, CancellationToken cancellationToken)
    {
        using var host = hosts(data).Build();
        var services = host.Services;
        await services.GetRequiredService<IDatabase>().MigrateAsync(cancellationToken);
        var index = services.GetRequiredService<SearchIndex>();
        await index.EnsureOpenAsync(cancellationToken);
        await services.GetRequiredService<PipelineRunner>().RunUntilCaughtUpAsync(cancellationToken);
        await index.RefreshAsync(cancellationToken);
        var results = await services.GetRequiredService<ArticleSearch>().SearchAsync(request, cancellationToken);
        await using var stdout = Console.OpenStandardOutput();
        foreach (var hit in results.Hits)
        {
            await using (var writer = new Utf8JsonWriter(stdout, Json))
            {
                writer.WriteStartObject();
                writer.WriteString("id", hit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteString("url", hit.Url);
                writer.WriteString("title", hit.Title);
                writer.WriteString("language", hit.Language);
                writer.WriteString("published", hit.Published);
                if (hit.Story is { } story) writer.WriteNumber("story", story);
                else writer.WriteNull("story");
                writer.WriteNumber("score", hit.Score);
                writer.WriteString("snippet", hit.Snippet);
                if (request.Collapse) writer.WriteNumber("more_in_story", hit.MoreInStory);
                writer.WriteEndObject();
            }
            stdout.WriteByte((byte)'\n');
        }
        await stdout.FlushAsync(cancellationToken);
        if (results.CatchingUp) await Console.Error.WriteLineAsync("janalyq search: the index is being rebuilt; some articles may be missing for now.");
        return ExitCodes.Ok;
    }
}
