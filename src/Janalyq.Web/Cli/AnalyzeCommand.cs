using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Janalyq.Categories;
using Janalyq.Copies;
using Janalyq.Evidence;
using Janalyq.Stories;
using Janalyq.Understanding;
using Janalyq.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Janalyq.Web.Cli;

/// <summary>
/// `analyze --input FILE.jsonl`: language, news or not, categories, copies and stories of a file of articles, one JSON
/// line out per article line in, in input order (the contract in the README). Two passes over the file, so that memory
/// follows the window and not the input: the first reads each line's publication time and checks it, the second
/// analyses the lines in publication order, reading each again at its offset; what is kept per line is its results.
/// </summary>
internal static class AnalyzeCommand
{
    private static readonly Option<string> Input = new("--input")
    {
        Description = "A JSON Lines file: one article per line (id, url, title, text, optional published, site, html).",
        Required = true,
    };

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var command = new Command("analyze", "Analyse articles (language, news or not, category, copies, stories) and print one JSON line per article (see README, \"Analysis contract\").");
        command.Options.Add(Input);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(Input)!, parse.GetValue(CommonOptions.Data), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, string? data, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"janalyq analyze: {path}: no such file");
            return ExitCodes.ConfigurationFailure;
        }
        using var host = JanalyqToolHost.Build(data);
        var services = host.Services;
        var understanding = new ArticleUnderstanding(services.GetRequiredService<IArticleClassifier>(), services.GetRequiredService<IEvidenceExtractor>(),
            services.GetRequiredService<IOptions<StoryOptions>>().Value, services.GetRequiredService<IOptions<CopyOptions>>().Value);
        var analysis = new Analysis();
        var failures = 0;

        await using (var first = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
        {
            await new JsonLines(first).ReadAsync(async (number, offset, line) =>
            {
                if (AnalysisLine.Check(line, out var time, out var blank) is { } error)
                {
                    failures++;
                    await Console.Error.WriteLineAsync($"janalyq analyze: line {number}: {error}");
                    return;
                }
                if (!blank) analysis.Add(offset, line!.Value.Length, time);
            }, cancellationToken);
        }

        using (var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess))
        {
            var buffer = new byte[64 << 10];
            foreach (var index in analysis.InPublicationOrder())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (offset, length) = analysis.Location(index);
                if (buffer.Length < length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
                var read = 0;
                while (read < length) read += RandomAccess.Read(file, buffer.AsSpan(read, length - read), offset + read);
                var article = AnalysisLine.Parse(buffer.AsMemory(0, length), analysis.Time(index));
                analysis.Record(index, article.Id, understanding.Understand(article.ToInput(index)));
            }
        }

        await using var stdout = Console.OpenStandardOutput();
        await using var writer = new Utf8JsonWriter(stdout, Json);
        for (var index = 0; index < analysis.Count; index++)
        {
            analysis.Write(writer, index);
            await writer.FlushAsync(cancellationToken);
            writer.Reset();
            stdout.WriteByte((byte)'\n');
        }
        return failures == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
    }
}
