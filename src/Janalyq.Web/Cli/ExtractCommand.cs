using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Janalyq.Extraction;
using Janalyq.Extraction.Templates;
using Janalyq.Ingestion.Templates;
using Janalyq.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Janalyq.Web.Cli;

/// <summary>
/// `extract PATH... [--url URL]`: one JSON object per page on stdout, in the order given (folders
/// in name order). The field set is a stable contract, documented in the README. Pages of one outlet given
/// together (the host their canonical or og:url declares) teach each other its template, as in ingestion.
/// </summary>
internal static class ExtractCommand
{
    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "HTML files (plain or .gz) or folders of them.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string?> Url = UrlOption.Create("The page's original address: resolves relative links and dates in the URL.");

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var command = new Command("extract", "Extract the article from saved pages and print one JSON object per page (see README, \"Extraction contract\").");
        command.Arguments.Add(Paths);
        command.Options.Add(Url);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(Paths)!, UrlOption.Parse(parse.GetValue(Url)), parse.GetValue(CommonOptions.Data), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, Uri? url, string? data, CancellationToken cancellationToken)
    {
        using var host = JanalyqToolHost.Build(data);
        var extractor = host.Services.GetRequiredService<IArticleExtractor>();
        var time = host.Services.GetRequiredService<TimeProvider>();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsPage).Order(StringComparer.Ordinal));
            else
                files.Add(path);
        }

        var templates = await LearnTemplatesAsync(files, url, host.Services.GetService<IOptions<OutletTemplateOptions>>()?.Value ?? new OutletTemplateOptions(), cancellationToken);
        var failures = 0;
        await using var stdout = Console.OpenStandardOutput();
        foreach (var file in files)
        {
            var line = new MemoryStream();
            await using (var writer = new Utf8JsonWriter(line, Json))
            {
                try
                {
                    var bytes = await PageFiles.ReadAsync(file, cancellationToken);
                    var pageUrl = url ?? new Uri(System.IO.Path.GetFullPath(file));
                    var page = new RawPage(bytes, pageUrl, null, time.GetUtcNow()) { Template = templates.For(file) };
                    var article = extractor.Extract(page, cancellationToken);
                    if (page.Template is not null && article.Text.Length < MinimumTemplatedText)
                    {
                        // The template must never cost the article: a page it leaves nearly empty is taken as it is.
                        var plain = extractor.Extract(page with { Template = null }, cancellationToken);
                        if (plain.Text.Length > article.Text.Length) article = plain;
                    }
                    Write(writer, file, url is null ? null : url.AbsoluteUri, article, null);
                }
                catch (Exception e) when (e is ExtractionException or IOException or UnauthorizedAccessException)
                {
                    failures++;
                    await Console.Error.WriteLineAsync($"janalyq extract: {file}: {e.Message}");
                    Write(writer, file, url?.AbsoluteUri, null, e.Message);
                }
            }
            line.WriteByte((byte)'\n');
            line.Position = 0;
            await line.CopyToAsync(stdout, cancellationToken);
        }
        return failures == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
    }

    /// <summary>Below this many characters a page's text is not trusted to a template.</summary>
    private const int MinimumTemplatedText = 250;

    /// <summary>Which outlet each page belongs to (the host it declares) and the batch's sibling templates.</summary>
    private sealed class BatchTemplates(SiblingTemplates? siblings, Dictionary<string, string> outlets)
    {
        public TemplateModel? For(string file) =>
            siblings is not null && outlets.TryGetValue(file, out var outlet) ? siblings.For(outlet, file) : null;
    }

    /// <summary>
    /// A first pass over the pages: each page's block fingerprint, grouped by the host it declares (or --url's).
    /// Pages that declare no address get no template: a folder of unrelated pages shares no layout.
    /// </summary>
    private static async Task<BatchTemplates> LearnTemplatesAsync(List<string> files, Uri? url, OutletTemplateOptions options, CancellationToken cancellationToken)
    {
        var outlets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!options.Enabled || files.Count <= options.MinimumPages) return new BatchTemplates(null, outlets);
        var siblings = new SiblingTemplates(options);
        foreach (var file in files)
        {
            if (await SiblingTemplates.ReadFileAsync(file, cancellationToken) is not { } blocks) continue;
            if (SiblingTemplates.DeclaredOutlet(url, blocks) is not { } outlet) continue;
            outlets[file] = outlet;
            siblings.Add(outlet, file, blocks);
        }
        return new BatchTemplates(siblings, outlets);
    }

    private static bool IsPage(string file) =>
        file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm.gz", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);

    private static void Write(Utf8JsonWriter w, string file, string? url, ExtractedArticle? a, string? error)
    {
        w.WriteStartObject();
        w.WriteString("file", file);
        w.WriteString("url", url ?? a?.Url);
        w.WriteString("title", a?.Title);
        w.WriteString("text", a?.Text);
        w.WriteString("html", a?.Html);
        w.WriteString("published", Iso(a?.Published));
        w.WriteString("modified", Iso(a?.Modified));
        w.WriteString("author", a?.Author);
        w.WriteString("image", a?.Image);
        w.WriteString("caption", a?.Caption);
        w.WriteString("credit", a?.Credit);
        w.WriteString("canonical", a?.Canonical);
        w.WriteString("site", a?.Site);
        w.WriteString("language", a?.Language);
        w.WriteString("original_url", a?.OriginalUrl);
        w.WriteString("lead", a?.Lead);
        w.WriteString("section", a?.Section);
        w.WritePropertyName("tags");
        if (a is null) w.WriteNullValue();
        else
        {
            w.WriteStartArray();
            foreach (var tag in a.Tags) w.WriteStringValue(tag);
            w.WriteEndArray();
        }
        if (error is not null) w.WriteString("error", error);
        w.WriteEndObject();
    }

    /// <summary>ISO 8601 with offset, seconds precision: 2026-11-24T14:30:00+05:00.</summary>
    internal static string? Iso(DateTimeOffset? time) =>
        time?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
