using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Janalyq.Extraction;
using Janalyq.Ingestion;
using Janalyq.Ingestion.Import;
using Janalyq.Ingestion.Templates;
using Janalyq.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Janalyq.Web.Cli;

/// <summary>
/// `extract PATH... [--url URL]`: one JSON object per page on stdout, in the order given (folders
/// in name order, each real file once). The field set is a stable contract, documented in the README. Pages of one
/// outlet given together (the host their canonical or og:url declares) teach each other its template, as in ingestion
/// (<see cref="BatchTemplates"/>, <see cref="TemplatedExtraction"/>).
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
        var maxBytes = host.Services.GetRequiredService<IOptions<ExtractionOptions>>().Value.MaxPageBytes;
        var minimumText = host.Services.GetRequiredService<IOptions<IngestionOptions>>().Value.MinimumBodyLength;
        var folders = new PageFolder();
        var inputs = new List<FoundPage>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) inputs.AddRange(folders.Walk(path, IsPage));
            else inputs.Add(new FoundPage(path, null));
        }

        // Pages that declare no address get no template: a folder of unrelated pages shares no layout.
        var templates = await BatchTemplates.LearnAsync(
            inputs.Where(i => i.Unreadable is null).Select(i => new BatchPage(i.File, url, null)).ToList(),
            host.Services.GetRequiredService<IOptions<OutletTemplateOptions>>().Value, maxBytes, cancellationToken);
        var failures = 0;
        await using var stdout = Console.OpenStandardOutput();
        foreach (var (file, unreadable) in inputs)
        {
            var line = new MemoryStream();
            await using (var writer = new Utf8JsonWriter(line, Json))
            {
                var saved = unreadable is null ? await SavedPage.ReadAsync(file, maxBytes, cancellationToken) : null;
                var error = unreadable ?? saved!.Unreadable ?? saved!.Junk;
                ExtractedArticle? article = null;
                if (error is null)
                {
                    try
                    {
                        var page = new RawPage(saved!.Content!, url ?? new Uri(System.IO.Path.GetFullPath(file)), null, time.GetUtcNow()) { Template = templates.For(file) };
                        article = TemplatedExtraction.Extract(extractor, page, minimumText, cancellationToken);
                    }
                    catch (ExtractionException e)
                    {
                        error = e.Message;
                    }
                }
                if (error is not null)
                {
                    failures++;
                    await Console.Error.WriteLineAsync($"janalyq extract: {file}: {error}");
                }
                Write(writer, file, url?.AbsoluteUri, article, error);
            }
            line.WriteByte((byte)'\n');
            line.Position = 0;
            await line.CopyToAsync(stdout, cancellationToken);
        }
        return failures == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
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
