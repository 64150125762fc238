using System.Diagnostics;
using System.Globalization;
using Janalyq.Evidence;

namespace Janalyq.Bench;

/// <summary>
/// Cross-language evidence on the demo corpus (demo/content: 15 events told by several outlets in ru, kk and en):
/// weighted Jaccard of same-event pairs in different languages against pairs of different events, per language pair,
/// and the extractor's speed on one thread (the corpus's articles, then the same cut to 2 kB).
/// </summary>
public static class EvidenceCommand
{
    public static int Run(string[] args)
    {
        var folder = AebCommand.Option(args, "--content") ?? FindContent();
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("demo/content not found (give --content DIR)");
            return 2;
        }
        var seconds = double.TryParse(AebCommand.Option(args, "--seconds"), CultureInfo.InvariantCulture, out var s) ? s : 5;
        var articles = Load(folder);
        var extractor = new EvidenceExtractor();
        var terms = articles.Select(a => extractor.Extract(a.Title, a.Text, a.Lang)).ToList();

        var same = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var different = new List<double>();
        for (var i = 0; i < articles.Count; i++)
            for (var j = i + 1; j < articles.Count; j++)
            {
                var score = EvidenceSimilarity.WeightedJaccard(terms[i], terms[j]);
                if (articles[i].Event != articles[j].Event) { different.Add(score); continue; }
                var pair = string.Join('-', new[] { articles[i].Lang, articles[j].Lang }.Order(StringComparer.Ordinal));
                if (!same.TryGetValue(pair, out var list)) same[pair] = list = [];
                list.Add(score);
            }
        Console.WriteLine($"evidence: {articles.Count} articles of {articles.Select(a => a.Event).Distinct().Count()} events, " +
                          $"{terms.Average(t => t.Count):F0} terms per article; weighted Jaccard of pairs");
        Console.WriteLine($"{"pairs",-26} {"n",5} {"min",6} {"p10",6} {"median",6} {"p90",6} {"max",6}");
        foreach (var (pair, list) in same.OrderBy(p => p.Key, StringComparer.Ordinal))
            Print($"same event, {pair}", list);
        Print("same event, cross-language", same.Where(p => p.Key[..2] != p.Key[3..]).SelectMany(p => p.Value).ToList());
        Print("different events", different);
        var crossMin = same.Where(p => p.Key[..2] != p.Key[3..]).SelectMany(p => p.Value).Min();
        var ranked = Enumerable.Range(0, articles.Count).Count(i => articles[Enumerable.Range(0, articles.Count)
            .Where(j => articles[j].Lang != articles[i].Lang)
            .MaxBy(j => EvidenceSimilarity.WeightedJaccard(terms[i], terms[j]))].Event == articles[i].Event);
        Console.WriteLine($"separation: lowest cross-language same-event {crossMin:F3} vs highest different-event {different.Max():F3}; " +
                          $"nearest article in another language is of the same event for {ranked}/{articles.Count}");

        Speed(extractor, articles.Select(a => (a.Title, a.Text, a.Lang)).ToList(), "demo articles as written", seconds);
        Speed(extractor, articles.Select(a => (a.Title, Cut(a.Text, 2000), a.Lang)).ToList(), "cut to 2,000 characters", seconds);
        return 0;
    }

    private static void Speed(EvidenceExtractor extractor, List<(string Title, string Text, string Lang)> texts, string name, double seconds)
    {
        foreach (var t in texts) extractor.Extract(t.Title, t.Text, t.Lang); // warm-up outside the clock
        for (var w = 0; w < 200; w++) foreach (var t in texts) extractor.Extract(t.Title, t.Text, t.Lang);
        var chars = texts.Sum(t => (long)t.Title.Length + t.Text.Length);
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long done = 0, rounds = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var t in texts) extractor.Extract(t.Title, t.Text, t.Lang);
            done += texts.Count;
            rounds++;
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)done;
        Console.WriteLine($"speed, one thread, {name} ({chars / texts.Count:N0} characters on average): " +
                          $"{done / cpu:N0} articles per CPU second ({done / elapsed:N0} per wall-clock second on this shared machine), " +
                          $"{chars * rounds / cpu / 1e6:F1} M characters per CPU second, {bytes / 1024:F1} KiB allocated per article");
    }

    /// <summary>The text cut (or repeated) to about <paramref name="length"/> characters, at a word boundary.</summary>
    private static string Cut(string text, int length)
    {
        var repeated = text;
        while (repeated.Length < length) repeated += "\n\n" + text;
        var cut = repeated.LastIndexOf(' ', length - 1);
        return repeated[..(cut > 0 ? cut : length)];
    }

    private static void Print(string name, List<double> values)
    {
        if (values.Count == 0) return;
        var sorted = values.Order().ToList();
        double At(double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(q * sorted.Count))];
        Console.WriteLine($"{name,-26} {sorted.Count,5} {sorted[0],6:F3} {At(0.1),6:F3} {At(0.5),6:F3} {At(0.9),6:F3} {sorted[^1],6:F3}");
    }

    private static string? FindContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "demo", "content");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    private sealed record Article(string Event, string Lang, string Title, string Text);

    private static List<Article> Load(string folder)
    {
        var articles = new List<Article>();
        foreach (var eventFolder in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
            foreach (var file in Directory.GetFiles(eventFolder, "*.md").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var lines = File.ReadAllLines(file);
                string title = "", lead = "";
                var body = 0;
                if (lines.Length > 0 && lines[0] == "---")
                    for (var i = 1; i < lines.Length; i++)
                    {
                        if (lines[i] == "---") { body = i + 1; break; }
                        if (lines[i].StartsWith("title:", StringComparison.Ordinal)) title = lines[i][6..].Trim();
                        if (lines[i].StartsWith("lead:", StringComparison.Ordinal)) lead = lines[i][5..].Trim();
                    }
                articles.Add(new Article(Path.GetFileName(eventFolder), name[(name.LastIndexOf('.') + 1)..], title,
                    lead + "\n\n" + string.Join('\n', lines.Skip(body))));
            }
        return articles;
    }
}
