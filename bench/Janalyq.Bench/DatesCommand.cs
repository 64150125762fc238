using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Janalyq.Extraction;

namespace Janalyq.Bench;

/// <summary>
/// Publication dates on htmldate's labelled pages (Apache-2.0, github.com/adbar/htmldate, tests/): the calendar day of our
/// Published in its own offset against the truth, scored as htmldate's tests/comparison.py does (a wrong date is a false
/// positive, no date a false negative; accuracy = (TP+TN)/all, precision TP/(TP+FP), recall TP/(TP+FN), F = 2TP/(2TP+FP+FN)).
/// Pages labelled NaN (5 in mediacloud) are kept and, as there, count as failures for every extractor.
/// `dates [--set DIR] [--verbose] [--peers] [--dump FILE]` (--dump writes the development set's answers, to compare two runs); DIR defaults to JANALYQ_DATES_DATA, else /work/evaldata/htmldate/tests.
/// The mediacloud set is held out: --verbose lists failing pages of the development set only, and classes for the other.
/// </summary>
public static class DatesCommand
{
    /// <summary>The two labelled sets: file name, short name, whether its failures may be listed page by page.</summary>
    private static readonly (string File, string Name, bool Listed)[] Sets =
    [
        ("eval_default.json", "default", true),
        ("eval_mediacloud_2020.json", "mediacloud", false),
    ];

    /// <summary>Fetch time given to every page: the pages are older, so no date of theirs is in the future.</summary>
    private static readonly DateTimeOffset Fetched = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Where a page file may sit, in htmldate's own lookup order.</summary>
    private static readonly string[] PageFolders = ["test_set", "cache", "eval"];

    /// <summary>One labelled page; Truth is null where the label says there is no date, "NaN" where it is missing.</summary>
    private sealed record Page(string Id, string Set, string Url, string Path, string? Truth, bool Listed);

    public static int Run(string[] args)
    {
        var env = Environment.GetEnvironmentVariable("JANALYQ_DATES_DATA");
        var dir = Option(args, "--set") ?? (string.IsNullOrEmpty(env) ? "/work/evaldata/htmldate/tests" : env);
        var verbose = args.Contains("--verbose");
        var peers = args.Contains("--peers");
        var pages = Load(dir);
        if (pages.Count == 0)
        {
            Console.Error.WriteLine($"no htmldate evaluation pages under {dir} (set --set DIR or JANALYQ_DATES_DATA): nothing to measure.");
            return 2;
        }

        var extractor = ArticleExtractor.Default;
        var ours = new Dictionary<string, string?>();
        var oursValue = new Dictionary<string, DateTimeOffset?>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var p in pages)
        {
            var url = Uri.TryCreate(p.Url, UriKind.Absolute, out var u) ? u : null;
            try { oursValue[p.Id] = extractor.Extract(new RawPage(File.ReadAllBytes(p.Path), url, null, Fetched)).Published; }
            catch (ExtractionException) { oursValue[p.Id] = null; }
            ours[p.Id] = Day(oursValue[p.Id]);
        }
        var oursSeconds = watch.Elapsed.TotalSeconds;
        var rows = new List<(string Name, Dictionary<string, string?> Days)> { ("Janalyq", ours) };
        if (peers)
        {
            var sr = new Dictionary<string, string?>();
            foreach (var p in pages) sr[p.Id] = Day(SmartReaderPeer.Run(p.Url, Encoding.UTF8.GetString(File.ReadAllBytes(p.Path))).Published);
            rows.Add(("SmartReader 0.11.1", sr));
            var js = ReadabilityJsPeer.Run(pages.Select(p => (p.Id, p.Path, p.Url)));
            if (js is not null) rows.Add(("readability.js 0.6.0 + jsdom", pages.ToDictionary(p => p.Id, p => Day(js.Pages.GetValueOrDefault(p.Id)?.Published))));
        }

        Console.WriteLine($"dates: {pages.Count} htmldate evaluation pages from {dir}; day of the publication date, htmldate's scoring; ours took {oursSeconds:0.0} s");
        Console.WriteLine($"{"extractor",-30} {"set",-11} {"pages",5} {"acc",6} {"P",6} {"R",6} {"F",6} {"none",5}");
        foreach (var (name, days) in rows)
        {
            foreach (var set in Sets.Select(s => s.Name).Append("all"))
            {
                var chosen = pages.Where(p => set == "all" || p.Set == set).ToList();
                var s = Score(chosen, days);
                Console.WriteLine($"{name,-30} {set,-11} {chosen.Count,5} {s.Accuracy,6:0.000} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F,6:0.000} {s.Fn,5}");
            }
        }

        Console.WriteLine("\nour failures by class (set: none / day-month swapped / off by a day / same year / other year / unlabelled):");
        foreach (var (_, name, _) in Sets)
        {
            var classes = pages.Where(p => p.Set == name && ours[p.Id] != p.Truth).GroupBy(p => Class(p.Truth, ours[p.Id])).ToDictionary(g => g.Key, g => g.Count());
            var failed = pages.Where(p => p.Set == name && ours[p.Id] != p.Truth && ours[p.Id] is not null).ToList();
            // Hints about the failures as a class, not page by page: our value in UTC, at midnight (a day without a time), the URL's own date.
            var utc = failed.Count(p => oursValue[p.Id]!.Value.Offset == TimeSpan.Zero);
            var midnight = failed.Count(p => oursValue[p.Id]!.Value.TimeOfDay == TimeSpan.Zero);
            var urlTruth = failed.Count(p => UrlDay(p.Url) is { } d && d == p.Truth);
            var urlOurs = failed.Count(p => UrlDay(p.Url) is { } d && d == ours[p.Id]);
            var utcDayTruth = failed.Count(p => oursValue[p.Id]!.Value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == p.Truth);
            var earlier = failed.Count(p => string.CompareOrdinal(p.Truth, ours[p.Id]) < 0);
            Console.WriteLine($"  {name,-11} wrong dates: {utc} in UTC, {midnight} at midnight, URL date = truth {urlTruth}, URL date = ours {urlOurs}, our UTC day = truth {utcDayTruth}, truth earlier {earlier}");
            var offByOne = failed.Where(p => Class(p.Truth, ours[p.Id]) == "off-by-one").GroupBy(p => $"{oursValue[p.Id]!.Value.Offset.TotalHours:+0.#;-0.#;0}h{(oursValue[p.Id]!.Value.TimeOfDay == TimeSpan.Zero ? "/midnight" : "")}{(string.CompareOrdinal(p.Truth, ours[p.Id]) < 0 ? "/truth-earlier" : "/truth-later")}");
            Console.WriteLine($"  {name,-11} off by a day, by our offset: {string.Join(' ', offByOne.Select(g => $"{g.Key}:{g.Count()}"))}");
            var langs = pages.Where(p => p.Set == name && ours[p.Id] is null).GroupBy(p => Lang(p.Path)).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}:{g.Count()}");
            Console.WriteLine($"  {name,-11} pages without a date by declared language: {string.Join(' ', langs)}");
            Console.WriteLine($"  {name,-11} {classes.GetValueOrDefault("none"),4} {classes.GetValueOrDefault("swapped"),4} {classes.GetValueOrDefault("off-by-one"),4} {classes.GetValueOrDefault("same-year"),4} {classes.GetValueOrDefault("other-year"),4} {classes.GetValueOrDefault("unlabelled"),4}");
        }
        if (Option(args, "--dump") is { } dump)
            File.WriteAllLines(dump, pages.Where(p => p.Listed).Select(p => $"{System.IO.Path.GetFileName(p.Path)} {p.Truth} {ours[p.Id] ?? "-"}"));
        if (verbose)
        {
            Console.WriteLine("\nfailing pages of the development set (want got class file url):");
            foreach (var p in pages.Where(p => p.Listed && ours[p.Id] != p.Truth))
                Console.WriteLine($"{p.Truth ?? "null",-10} {ours[p.Id] ?? "----------"} {Class(p.Truth, ours[p.Id]),-10} {System.IO.Path.GetFileName(p.Path)} {p.Url}");
        }
        return 0;
    }

    private static List<Page> Load(string dir)
    {
        var pages = new List<Page>();
        foreach (var (file, name, listed) in Sets)
        {
            var json = System.IO.Path.Combine(dir, file);
            if (!File.Exists(json)) continue;
            // Python's json writes a missing label as NaN, which System.Text.Json refuses: it is read as the string "NaN".
            var text = Regex.Replace(File.ReadAllText(json), @":\s*NaN\b", ": \"NaN\"", RegexOptions.None, TimeSpan.FromSeconds(5));
            using var doc = JsonDocument.Parse(text);
            foreach (var entry in doc.RootElement.EnumerateObject())
            {
                var fileName = entry.Value.GetProperty("file").GetString()!;
                var truth = entry.Value.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : null;
                var path = PageFolders.Select(f => System.IO.Path.Combine(dir, f, fileName)).FirstOrDefault(File.Exists);
                if (path is not null) pages.Add(new Page($"{name}:{pages.Count}", name, entry.Name, path, truth, listed));
            }
        }
        return pages;
    }

    private sealed record Scores(int Tp, int Fp, int Fn, double Accuracy, double Precision, double Recall, double F);

    /// <summary>htmldate's definitions; every page has a true date, so there are no true negatives.</summary>
    private static Scores Score(List<Page> pages, Dictionary<string, string?> days)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var p in pages)
        {
            var got = days.GetValueOrDefault(p.Id);
            // As htmldate's evaluate_result: no date where none is labelled counts (0, 0, 1, 1); a missing label ("NaN") is never matched.
            if (got is null) { fn++; if (p.Truth is null) tn++; }
            else if (got == p.Truth) tp++;
            else fp++;
        }
        static double Div(int a, int b) => b == 0 ? 0 : (double)a / b;
        return new Scores(tp, fp, fn, Div(tp + tn, tp + tn + fp + fn), Div(tp, tp + fp), Div(tp, tp + fn), Div(2 * tp, 2 * tp + fp + fn));
    }

    private static string Class(string? truth, string? got)
    {
        if (got is null) return "none";
        if (truth is null || truth == "NaN") return "unlabelled";
        if (got[..4] == truth[..4] && got[5..7] == truth[8..10] && got[8..10] == truth[5..7]) return "swapped";
        var t = DateOnly.ParseExact(truth, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var g = DateOnly.ParseExact(got, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Math.Abs(t.DayNumber - g.DayNumber) == 1) return "off-by-one";
        return t.Year == g.Year ? "same-year" : "other-year";
    }

    /// <summary>The page's local day: the calendar date in the value's own offset.</summary>
    private static string? Day(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A peer's date string: an ISO day as written, else whatever .NET can parse, in its own offset.</summary>
    private static string? Day(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = Regex.Match(value, @"^\s*(\d{4}-\d{2}-\d{2})", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (m.Success) return m.Groups[1].Value;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? Day(d) : null;
    }

    private static string Lang(string path)
    {
        var head = File.ReadAllText(path);
        var m = Regex.Match(head[..Math.Min(head.Length, 5000)], @"<html[^>]*\slang=[""']?([A-Za-z]{2})", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return m.Success ? m.Groups[1].Value.ToLowerInvariant() : "?";
    }

    private static string? UrlDay(string url)
    {
        var m = Regex.Match(url, @"/(20\d{2})[/-](\d{2})[/-](\d{2})(?:/|-|$)", RegexOptions.None, TimeSpan.FromSeconds(1));
        return m.Success ? $"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}" : null;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
