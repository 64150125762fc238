using System.Globalization;
using System.Text.Json;
using Janalyq.Extraction;
using Janalyq.Extraction.Evaluation;

namespace Janalyq.Bench;

/// <summary>The demo corpus's manifest as truth: exact-match rate per field, and AEB figures of the body text.</summary>
public static class DemoCommand
{
    private static readonly string[] Fields = ["title", "text", "published", "modified", "author", "image", "caption", "credit", "canonical", "site", "language", "original_url"];

    public static int Run(string[] args)
    {
        var corpus = AebCommand.Option(args, "--corpus") ?? FindCorpus();
        var verbose = args.Contains("--verbose");
        if (corpus is null || !File.Exists(Path.Combine(corpus, "manifest.json"))) { Console.Error.WriteLine("demo corpus not found (--corpus DIR)"); return 2; }
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(corpus, "manifest.json")));
        var hits = Fields.ToDictionary(f => f, _ => 0);
        var scores = new List<PageScore>();
        var n = 0;
        var useTemplates = args.Contains("--templates");
        var byOutlet = manifest.RootElement.EnumerateArray()
            .GroupBy(e => e.GetProperty("outlet").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(e => e.GetProperty("file").GetString()!).ToList());
        foreach (var entry in manifest.RootElement.EnumerateArray())
        {
            n++;
            var file = entry.GetProperty("file").GetString()!;
            var url = entry.GetProperty("url").GetString()!;
            var bytes = File.ReadAllBytes(Path.Combine(corpus, file));
            Janalyq.Extraction.Templates.TemplateModel? template = null;
            if (useTemplates)
            {
                // Leave one out: the template is learnt from the outlet's other pages only.
                var siblings = byOutlet[entry.GetProperty("outlet").GetString()!].Where(f => f != file).Take(8)
                    .Select(f => PageDecoder.Decode(File.ReadAllBytes(Path.Combine(corpus, f)), null));
                template = Janalyq.Extraction.Templates.TemplateModel.Learn(siblings);
            }
            var got = ArticleExtractor.Default.Extract(new RawPage(bytes, new Uri(url), null, new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.FromHours(5))) { Template = template });
            scores.Add(AebMetric.Score(entry.GetProperty("text").GetString() ?? "", got.Text));
            if (AebCommand.Option(args, "--dump") is { } dump)
            {
                Directory.CreateDirectory(dump);
                var stem = file.Replace('/', '_');
                File.WriteAllText(Path.Combine(dump, stem + ".ours.txt"), got.Text);
                File.WriteAllText(Path.Combine(dump, stem + ".truth.txt"), entry.GetProperty("text").GetString());
            }
            foreach (var f in Fields)
            {
                var want = entry.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var have = Value(got, f);
                var same = f is "published" or "modified"
                    ? (want is null && have is null) || (want is not null && have is not null && DateTimeOffset.Parse(want, CultureInfo.InvariantCulture) == DateTimeOffset.Parse(have, CultureInfo.InvariantCulture) && DateTimeOffset.Parse(want, CultureInfo.InvariantCulture).Offset == DateTimeOffset.Parse(have, CultureInfo.InvariantCulture).Offset)
                    : want == have;
                if (same) hits[f]++;
                else if (verbose) Console.WriteLine($"{file} {f}:\n   want «{Short(want)}»\n   got  «{Short(have)}»");
            }
        }
        Console.WriteLine($"demo corpus: {n} pages from {corpus}");
        foreach (var f in Fields) Console.WriteLine($"{f,-14} {hits[f],3}/{n} {(double)hits[f] / n,7:P1}");
        var r = AebMetric.Aggregate(scores);
        Console.WriteLine($"text (AEB metric): P {r.Precision:0.000} R {r.Recall:0.000} F1 {r.F1:0.000} acc {r.Accuracy:0.000}");
        return 0;
    }

    private static string? Short(string? s) => s is null ? "null" : s.Length > 300 ? s[..300] + "…" : s;

    private static string? Value(ExtractedArticle a, string field) => field switch
    {
        "title" => a.Title,
        "text" => a.Text,
        "published" => a.Published?.ToString("o", CultureInfo.InvariantCulture),
        "modified" => a.Modified?.ToString("o", CultureInfo.InvariantCulture),
        "author" => a.Author,
        "image" => a.Image,
        "caption" => a.Caption,
        "credit" => a.Credit,
        "canonical" => a.Canonical,
        "site" => a.Site,
        "language" => a.Language,
        "original_url" => a.OriginalUrl,
        _ => null,
    };

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "demo", "corpus", "manifest.json"))) return Path.Combine(dir.FullName, "demo", "corpus");
        return null;
    }
}
