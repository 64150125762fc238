using Janalyq.Bench.Evaluation;
using System.Text;
using Janalyq.Extraction;

namespace Janalyq.Bench;

/// <summary>AEB main-text quality: ours, and with --peers SmartReader and readability.js on the same pages.</summary>
public static class AebCommand
{
    public static int Run(string dataRoot, string[] args)
    {
        var peers = args.Contains("--peers");
        var dump = Option(args, "--dump");
        var worst = int.TryParse(Option(args, "--worst"), out var w) ? w : 0;
        var pages = BenchData.LoadAeb(dataRoot);
        var fetched = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        var extractor = ArticleExtractor.Default;

        var ours = new Dictionary<string, string>();
        foreach (var p in pages)
        {
            string text;
            try { text = extractor.Extract(new RawPage(p.Html, Uri.TryCreate(p.Url, UriKind.Absolute, out var u) ? u : null, "text/html; charset=utf-8", fetched)).Text; }
            catch (ExtractionException e) { Console.Error.WriteLine($"{p.Id}: {e.Message}"); text = ""; }
            ours[p.Id] = text;
        }
        var rows = new List<(string Name, Dictionary<string, string> Texts)> { ("Janalyq", ours) };
        if (peers)
        {
            var sr = new Dictionary<string, string>();
            foreach (var p in pages) sr[p.Id] = SmartReaderPeer.Run(p.Url, Encoding.UTF8.GetString(p.Html)).Text;
            rows.Add(("SmartReader 0.11.1", sr));
            var js = ReadabilityJsPeer.Run(pages.Select(p => (p.Id, p.GzPath, p.Url)));
            if (js is not null) rows.Add(("readability.js 0.6.0 + jsdom", js.Pages.ToDictionary(k => k.Key, v => v.Value.Text)));
        }

        Console.WriteLine($"AEB: {pages.Count} pages ({pages.Count(p => p.IsRussian)} Russian) from {Path.Combine(dataRoot, "aeb")}");
        Console.WriteLine($"{"extractor",-30} {"set",-8} {"P",7} {"R",7} {"F1",7} {"acc",7}");
        foreach (var (name, texts) in rows)
        {
            var all = pages.Select(p => AebMetric.Score(p.Truth, texts.GetValueOrDefault(p.Id, ""))).ToList();
            var ru = pages.Where(p => p.IsRussian).Select(p => AebMetric.Score(p.Truth, texts.GetValueOrDefault(p.Id, ""))).ToList();
            Print(name, "all", AebMetric.Aggregate(all));
            Print(name, "ru", AebMetric.Aggregate(ru));
        }
        if (worst > 0)
        {
            Console.WriteLine($"\nworst {worst} pages (ours): id  P  R  url");
            foreach (var (p, s) in pages.Select(p => (p, AebMetric.Score(p.Truth, ours[p.Id]))).OrderBy(x => F1(x.Item2)).Take(worst))
                Console.WriteLine($"{p.Id[..12]} {Ratio(s.Tp, s.Fp):0.000} {Ratio(s.Tp, s.Fn):0.000} {p.Url}");
        }
        if (dump is not null)
        {
            Directory.CreateDirectory(dump);
            foreach (var p in pages)
            {
                File.WriteAllText(Path.Combine(dump, p.Id[..12] + ".ours.txt"), ours[p.Id]);
                File.WriteAllText(Path.Combine(dump, p.Id[..12] + ".truth.txt"), p.Truth);
            }
        }
        return 0;
    }

    private static double Ratio(double a, double b) => a + b == 0 ? 0 : a / (a + b);
    private static double F1(PageScore s) { var p = Ratio(s.Tp, s.Fp); var r = Ratio(s.Tp, s.Fn); return p + r == 0 ? 0 : 2 * p * r / (p + r); }

    private static void Print(string name, string set, AebResult r) =>
        Console.WriteLine($"{name,-30} {set + "(" + r.Pages + ")",-8} {r.Precision,7:0.000} {r.Recall,7:0.000} {r.F1,7:0.0000} {r.Accuracy,7:0.000}");

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
