using System.Globalization;
using System.Text.Json;
using Janalyq.Categories;
using Janalyq.Copies;
using Janalyq.Evidence;
using Janalyq.Stories;
using Janalyq.Understanding;

/// <summary>
/// `stories [--min X] [--merge X] [--timescale HOURS] [--baseline T] [--manifest-order] FILE.jsonl...`: clusters each
/// file as `./janalyq analyze` does (ArticleUnderstanding, publication order) and scores the labelled pairs of
/// FILE.jsonl.pairs (written by pairs-to-jsonl.py or demo-to-jsonl.py): pairwise P/R/F1, cross-language recall, and the
/// TF-IDF + average-linkage baseline on the same texts and pairs.
/// </summary>
internal static class StoriesCommand
{
    public static int Run(string[] args)
    {
        var options = new StoryOptions();
        var baseline = 0.2;
        var manifestOrder = false;
        var explain = false;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--min": options.MinimumSimilarity = Parse(args[++i]); break;
                case "--merge": options.MergeSimilarity = Parse(args[++i]); break;
                case "--timescale": options.TimeScale = TimeSpan.FromHours(Parse(args[++i])); break;
                case "--baseline": baseline = Parse(args[++i]); break;
                case "--manifest-order": manifestOrder = true; break;
                case "--explain": explain = true; break;
                case "--n0": TermIndex.MinimumDocuments = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--words": StoryClusterer.WordShare = Parse(args[++i]); break;
                default: files.Add(args[i]); break;
            }
        }
        foreach (var file in files)
        {
            var articles = Read(file);
            var pairs = JsonSerializer.Deserialize<string[][]>(File.ReadAllText(file + ".pairs"))!;
            var (ours, clusterer) = Cluster(articles, options, manifestOrder);
            if (explain) Explain(pairs, articles, ours, clusterer);
            var theirs = TfIdfAverageLinkage.Cluster([.. articles.Select(a => a.Title + "\n" + a.Text)], baseline);
            var name = Path.GetFileName(file);
            Console.WriteLine($"{name,-22} janalyq  {Score(pairs, articles, ours)}  stories {ours.Distinct().Count()}");
            Console.WriteLine($"{name,-22} baseline {Score(pairs, articles, theirs)}  stories {theirs.Distinct().Count()}");
        }
        return 0;
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    internal sealed record Line(string Id, string Title, string Text, string? Url, string? OriginalUrl, long? Time);

    internal static List<Line> Read(string file) => [.. File.ReadLines(file).Select(line =>
    {
        var e = JsonDocument.Parse(line).RootElement;
        string? S(string n) => e.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        long? time = S("published") is { } p ? DateTimeOffset.Parse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds() : null;
        return new Line(S("id")!, S("title") ?? "", S("text") ?? "", S("url"), S("original_url"), time);
    })];

    /// <summary>The story of each line: publication order as analyze runs it (or file order, as the pipeline may store them).</summary>
    private static (long[], StoryClusterer) Cluster(List<Line> lines, StoryOptions options, bool fileOrder)
    {
        var understanding = new ArticleUnderstanding(ArticleClassifier.Default, new EvidenceExtractor(), options, new CopyOptions());
        var first = lines.FirstOrDefault(l => l.Time is not null)?.Time ?? 0;
        var times = new long[lines.Count];
        var previous = first;
        for (var i = 0; i < lines.Count; i++) times[i] = previous = lines[i].Time ?? previous;
        var order = Enumerable.Range(0, lines.Count).ToArray();
        if (!fileOrder) Array.Sort(order, (a, b) => times[a] != times[b] ? times[a].CompareTo(times[b]) : a.CompareTo(b));
        var story = new long[lines.Count];
        var added = new List<int>();
        AtAdd.Clear();
        foreach (var i in order)
        {
            var l = lines[i];
            var result = understanding.Understand(new UnderstandingInput(i, l.Title, l.Text, null, l.Url, l.OriginalUrl, times[i], null));
            foreach (var a in result.Stories.Assigned) story[a.ArticleId] = a.StoryId;
            foreach (var j in added) AtAdd[(i, j)] = AtAdd[(j, i)] = understanding.Stories.SimilarityOf(i, j);
            added.Add(i);
        }
        return (story, understanding.Stories);
    }

    /// <summary>The similarity of two articles when the later of them was added (small files only).</summary>
    private static readonly Dictionary<(int, int), double> AtAdd = [];

    /// <summary>Each wrongly decided pair with its similarity, and each article's best similarity within and outside its truth.</summary>
    private static void Explain(string[][] pairs, List<Line> lines, long[] story, StoryClusterer clusterer)
    {
        var index = lines.Select((l, i) => (l.Id, i)).ToDictionary(x => x.Id, x => x.i);
        foreach (var p in pairs)
        {
            int a = index[p[0]], b = index[p[1]];
            var same = p[2] == "OK";
            if (same == (story[a] == story[b])) continue;
            Console.WriteLine(FormattableString.Invariant($"  {(same ? "missed" : "false")} {clusterer.SimilarityOf(a, b):F3} (at add {AtAdd[(a, b)]:F3}) | {Short(lines[a].Title)} || {Short(lines[b].Title)}"));
        }
        static string Short(string s) => s.Length > 70 ? s[..70] : s;
    }

    /// <summary>Pairs are [a, b, "OK"|other, languageA?, languageB?].</summary>
    private static string Score(string[][] pairs, List<Line> lines, long[] story)
    {
        var index = lines.Select((l, i) => (l.Id, i)).ToDictionary(x => x.Id, x => x.i);
        int tp = 0, fp = 0, fn = 0;
        var cross = new SortedDictionary<string, (int Ok, int All)>();
        foreach (var p in pairs)
        {
            var same = p[2] == "OK";
            var predicted = story[index[p[0]]] == story[index[p[1]]];
            if (same && predicted) tp++;
            else if (predicted) fp++;
            else if (same) fn++;
            if (same && p.Length >= 5 && p[3] != p[4])
            {
                var key = string.CompareOrdinal(p[3], p[4]) < 0 ? p[3] + "-" + p[4] : p[4] + "-" + p[3];
                var known = cross.GetValueOrDefault(key);
                cross[key] = (known.Ok + (predicted ? 1 : 0), known.All + 1);
            }
        }
        double precision = tp / Math.Max(1.0, tp + fp), recall = tp / Math.Max(1.0, tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var text = FormattableString.Invariant($"pairs {pairs.Length} OK {tp + fn}  P {precision:F3} R {recall:F3} F1 {f1:F3}");
        if (cross.Count > 0)
        {
            var ok = cross.Values.Sum(c => c.Ok);
            var all = cross.Values.Sum(c => c.All);
            text += FormattableString.Invariant($"  cross-language {ok}/{all} = {ok / (double)all:F3} (") + string.Join(", ", cross.Select(c => $"{c.Key} {c.Value.Ok}/{c.Value.All}")) + ")";
        }
        return text;
    }
}
