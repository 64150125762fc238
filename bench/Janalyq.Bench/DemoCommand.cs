using System.Globalization;
using System.Text.Json;
using Janalyq.Extraction;
using Janalyq.Bench.Evaluation;
using Janalyq.Extraction.Templates;
using Janalyq.Ingestion.Templates;

namespace Janalyq.Bench;

/// <summary>
/// The demo corpus's manifest as truth: exact-match rate per field, and AEB figures of the body text. The text is
/// also scored twice side by side: without templates, and with each outlet's template learnt leave-one-out from its
/// other pages (as the demo import does). `--templates` makes the per-field table use the templates.
/// </summary>
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
        var templateOptions = new OutletTemplateOptions();
        var siblings = new SiblingTemplates(templateOptions);
        var keys = 0;
        foreach (var entry in manifest.RootElement.EnumerateArray())
            keys += siblings.Add(entry.GetProperty("outlet").GetString()!, entry.GetProperty("file").GetString()!, File.ReadAllBytes(Path.Combine(corpus, entry.GetProperty("file").GetString()!))).Keys.Count;
        var plain = new List<PageScore>();
        var templated = new List<PageScore>();
        var exact = new Dictionary<string, (int Pages, int Plain, int Templated)>(StringComparer.Ordinal);
        foreach (var entry in manifest.RootElement.EnumerateArray())
        {
            n++;
            var file = entry.GetProperty("file").GetString()!;
            var outlet = entry.GetProperty("outlet").GetString()!;
            var url = entry.GetProperty("url").GetString()!;
            var truth = entry.GetProperty("text").GetString() ?? "";
            var bytes = File.ReadAllBytes(Path.Combine(corpus, file));
            var page = new RawPage(bytes, new Uri(url), null, new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.FromHours(5)));
            // Leave one out: the template is learnt from the outlet's other pages only.
            var template = siblings.For(outlet, file) ?? TemplateModel.Empty;
            var without = ArticleExtractor.Default.Extract(page);
            var withTemplate = ArticleExtractor.Default.Extract(page with { Template = template });
            plain.Add(AebMetric.Score(truth, without.Text));
            templated.Add(AebMetric.Score(truth, withTemplate.Text));
            var e = exact.GetValueOrDefault(outlet);
            exact[outlet] = (e.Pages + 1, e.Plain + (without.Text == truth ? 1 : 0), e.Templated + (withTemplate.Text == truth ? 1 : 0));
            var got = useTemplates ? withTemplate : without;
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
        Console.WriteLine($"text (AEB metric): P {r.Precision:0.000} R {r.Recall:0.000} F1 {r.F1:0.000} acc {r.Accuracy:0.000}{(useTemplates ? " (with outlet templates)" : "")}");
        Console.WriteLine();
        Console.WriteLine($"outlet templates (share {templateOptions.Share}, at least {templateOptions.MinimumPages} sibling pages, leave one out; {(double)keys / n:0} block keys a page): text exact, without -> with");
        foreach (var (outlet, e) in exact.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            Console.WriteLine($"  {outlet,-16} {e.Plain,3}/{e.Pages} -> {e.Templated,3}/{e.Pages}");
        Console.WriteLine($"  {"all",-16} {exact.Values.Sum(e => e.Plain),3}/{n} -> {exact.Values.Sum(e => e.Templated),3}/{n}");
        foreach (var (name, list) in new[] { ("without templates", plain), ("with templates", templated) })
        {
            var t = AebMetric.Aggregate(list);
            Console.WriteLine($"  text (AEB metric) {name,-18}: P {t.Precision:0.000} R {t.Recall:0.000} F1 {t.F1:0.000} acc {t.Accuracy:0.000}");
        }
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
