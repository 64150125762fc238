using AngleSharp.Dom;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Janalyq.Extraction;

namespace Janalyq.Bench;

/// <summary>
/// Snippet scoring on trafilatura's evaluation set (990 pages, many languages): for each page, snippets that must
/// appear in the main text ("with") and snippets that must not ("without"). Same metric as the set's own
/// eval_common.py: white space collapsed on both sides, then a plain substring test per snippet, counted as
/// TP/FN (with) and FP/TN (without) over all snippets; precision, recall, accuracy and F-score from the totals.
/// </summary>
/// <remarks>
/// Usage: <c>snippets [--set DIR] [--peers] [--verbose] [--worst N] [--dump FILE]</c> (--dump writes our texts as JSON). DIR holds evaldata.json and the pages
/// under cache/ or eval/; default: env JANALYQ_SNIPPETS_DATA, else /work/evaldata/trafilatura/tests.
/// Pages are handed to our extractor as raw bytes without a Content-Type (we decode them ourselves); the peers get
/// the text our decoder made of them (readability.js through UTF-8 temp files), so decoding does not count against them.
/// </remarks>
public static partial class SnippetsCommand
{
    /// <summary>One annotated page: its key (URL, or "hard::name"), bytes, and snippets.</summary>
    private sealed record Item(string Key, Uri? Url, byte[] Bytes, string Group, string[] With, string[] Without);

    /// <summary>Accumulated snippet counts.</summary>
    private sealed class Counts
    {
        public int Tp, Fp, Fn, Tn;
        public void Add(Counts c) { Tp += c.Tp; Fp += c.Fp; Fn += c.Fn; Tn += c.Tn; }
        public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);
        public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);
        public double Accuracy => Tp + Fp + Fn + Tn == 0 ? 0 : (double)(Tp + Tn) / (Tp + Fp + Fn + Tn);
        public double F1 => 2 * Tp + Fp + Fn == 0 ? 0 : 2.0 * Tp / (2 * Tp + Fp + Fn);
        public int Errors => Fp + Fn;
    }

    public static int Run(string[] args)
    {
        var dir = AebCommand.Option(args, "--set")
            ?? (Environment.GetEnvironmentVariable("JANALYQ_SNIPPETS_DATA") is { Length: > 0 } env ? env : "/work/evaldata/trafilatura/tests");
        if (!File.Exists(Path.Combine(dir, "evaldata.json"))) { Console.Error.WriteLine($"{dir}/evaldata.json not found (--set DIR or JANALYQ_SNIPPETS_DATA)"); return 2; }
        var peers = args.Contains("--peers");
        var verbose = args.Contains("--verbose");
        var worst = int.TryParse(AebCommand.Option(args, "--worst"), out var w) ? w : 0;
        var items = Load(dir);
        if (args.Contains("--stages")) return Stages(items);
        if (AebCommand.Option(args, "--trace") is { } traced) return Trace(items.First(i => i.Key.Contains(traced, StringComparison.Ordinal)), args);
        var fetched = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        var extractor = ArticleExtractor.Default;

        var ours = new Dictionary<string, string>();
        var oursFull = new Dictionary<string, string>();
        var errors = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var it in items)
        {
            try
            {
                var a = extractor.Extract(new RawPage(it.Bytes, it.Url, null, fetched));
                ours[it.Key] = a.Text;
                // The standfirst is our Lead field, not Text: this row shows what the body text scores with it in front.
                oursFull[it.Key] = a.Lead is { Length: > 0 } lead && !a.Text.Contains(lead, StringComparison.Ordinal) ? lead + "\n\n" + a.Text : a.Text;
            }
            catch (ExtractionException e) { errors++; if (verbose) Console.Error.WriteLine($"{it.Key}: {e.Message}"); ours[it.Key] = oursFull[it.Key] = ""; }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        if (AebCommand.Option(args, "--dump") is { } dump)
            File.WriteAllText(dump, JsonSerializer.Serialize(items.ToDictionary(i => i.Key, i => new { text = ours[i.Key], full = oursFull[i.Key] })));
        var rows = new List<(string Name, Dictionary<string, string> Texts)> { ("Janalyq (body text)", ours), ("Janalyq (lead+text)", oursFull) };
        if (peers)
        {
            var decoded = items.ToDictionary(i => i.Key, i => PageDecoder.LooksBinary(i.Bytes) ? "" : PageDecoder.Decode(i.Bytes, null));
            var sr = new Dictionary<string, string>();
            foreach (var it in items) sr[it.Key] = SmartReaderPeer.Run(it.Url?.AbsoluteUri ?? "", decoded[it.Key]).Text;
            rows.Add(("SmartReader 0.11.1", sr));
            var tmp = Directory.CreateTempSubdirectory("janalyq-snippets-");
            try
            {
                var jobs = new List<(string Id, string Path, string Url)>();
                var n = 0;
                foreach (var it in items)
                {
                    var path = Path.Combine(tmp.FullName, (n++).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".html");
                    File.WriteAllText(path, decoded[it.Key], new UTF8Encoding(false));
                    jobs.Add((it.Key, path, it.Url?.AbsoluteUri ?? ""));
                }
                var js = ReadabilityJsPeer.Run(jobs);
                if (js is not null) rows.Add(("readability.js 0.6.0 + jsdom", js.Pages.ToDictionary(k => k.Key, v => v.Value.Text)));
            }
            finally { tmp.Delete(true); }
        }

        Console.WriteLine($"snippets: {items.Count} pages, {items.Sum(i => i.With.Length)} 'with' + {items.Sum(i => i.Without.Length)} 'without' snippets, from {dir}");
        Console.WriteLine($"ours: {seconds:0.0} s ({items.Count / seconds:0} pages/s, one thread, cold), {errors} pages refused");
        var groups = items.Select(i => i.Group).Distinct().OrderByDescending(g => items.Count(i => i.Group == g)).ToList();
        Console.WriteLine($"{"extractor",-28} {"set",-10} {"P",6} {"R",6} {"acc",6} {"F",6}   TP/FN  FP/TN");
        foreach (var (name, texts) in rows)
        {
            var total = new Counts();
            var byGroup = groups.ToDictionary(g => g, _ => new Counts());
            foreach (var it in items)
            {
                var c = Score(it, texts.GetValueOrDefault(it.Key, ""));
                total.Add(c);
                byGroup[it.Group].Add(c);
            }
            Print(name, $"all({items.Count})", total);
            if (name.Contains("lead", StringComparison.Ordinal)) continue;
            foreach (var g in groups) Print("", $"{g}({items.Count(i => i.Group == g)})", byGroup[g]);
        }
        if (worst > 0 || verbose)
        {
            var ranked = items.Select(i => (Item: i, C: Score(i, ours[i.Key]))).Where(x => x.C.Errors > 0).OrderByDescending(x => x.C.Errors).ThenBy(x => x.Item.Key, StringComparer.Ordinal);
            Console.WriteLine($"\npages with errors (ours, body text): {ranked.Count()}; missing 'with' = recall loss, present 'without' = precision loss");
            foreach (var (it, c) in worst > 0 ? ranked.Take(worst) : ranked)
            {
                Console.WriteLine($"{it.Key}  [{it.Group}] fn={c.Fn} fp={c.Fp} len={ours[it.Key].Length}");
                if (!verbose && worst == 0) continue;
                var text = Norm(ours[it.Key]);
                foreach (var s in it.With.Where(s => !text.Contains(Norm(s), StringComparison.Ordinal))) Console.WriteLine($"   - missing: {Clip(s)}");
                foreach (var s in it.Without.Where(s => text.Contains(Norm(s), StringComparison.Ordinal))) Console.WriteLine($"   + present: {Clip(s)}");
            }
        }
        return 0;
    }

    /// <summary>Debugging aid (--stages): for every snippet our text misses, the stage that lost it (clean, locate, prune, filter), and for every
    /// unwanted snippet it keeps, whether the chosen containers held it.</summary>
    private static int Stages(List<Item> items)
    {
        var lost = new Dictionary<string, int>();
        foreach (var it in items)
        {
            var text = Norm(ArticleExtractor.Default.Extract(new RawPage(it.Bytes, it.Url, null, DateTimeOffset.UnixEpoch)).Text);
            var missing = it.With.Select(Norm).Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();
            if (missing.Count == 0) continue;
            var doc = Janalyq.Markup.PageParser.Parse(PageDecoder.Decode(it.Bytes, null));
            var body = doc.Body!;
            var page = Norm(body.TextContent);
            var unlikely = Janalyq.Extraction.Body.DomCleaner.Clean(body, 512, it.Url, []);
            var cleaned = Norm(body.TextContent);
            var stats = Janalyq.Extraction.Body.NodeStats.Measure(body, unlikely);
            var roots = Janalyq.Extraction.Body.ContentLocator.Locate(body, stats);
            var located = string.Join(" ", roots.Select(r => Norm(r.TextContent)));
            var holders = missing.ToDictionary(m => m, m => roots.SelectMany(r => r.Descendants()).LastOrDefault(e => Norm(e.TextContent).Contains(m, StringComparison.Ordinal)));
            Janalyq.Extraction.Body.ContentPruner.Prune(roots, stats);
            var pruned = string.Join(" ", roots.Select(r => Norm(r.TextContent)));
            foreach (var m in missing)
            {
                var stage = !page.Contains(m, StringComparison.Ordinal) ? "not in body text" : !cleaned.Contains(m, StringComparison.Ordinal) ? "clean" : !located.Contains(m, StringComparison.Ordinal) ? "locate" : !pruned.Contains(m, StringComparison.Ordinal) ? "prune" : "filter/collect";
                lost[stage] = lost.GetValueOrDefault(stage) + 1;
                var why = "";
                if (stage == "prune" && holders[m] is { } h)
                {
                    var gone = h;
                    while (gone.ParentElement is { } up && !roots.Contains(gone)) gone = up;
                    for (var e = h; e is not null; e = e.ParentElement) if (e.ParentElement is null && !roots.Contains(e)) { gone = e; break; }
                    var gi = stats[gone];
                    why = $" <{gone.LocalName} {Janalyq.Extraction.Body.ClassHints.Signature(gone)}> text={gi.Text} ld={gi.LinkDensity:0.00} unl={gi.Unlikely}/{(gone.ParentElement is { } gp ? stats[gp].Unlikely : -1)}";
                }
                Console.WriteLine($"{stage,-16} {it.Key[..Math.Min(90, it.Key.Length)]} | {Clip(m)}{why}");
            }
        }
        foreach (var (stage, n) in lost.OrderByDescending(x => x.Value)) Console.WriteLine($"lost at {stage}: {n}");
        return 0;
    }

    /// <summary>Debugging aid (--trace KEYPART [--find TEXT]): the winning containers and where TEXT is lost (clean, locate, prune, filter).</summary>
    private static int Trace(Item it, string[] args)
    {
        var find = AebCommand.Option(args, "--find");
        var doc = Janalyq.Markup.PageParser.Parse(PageDecoder.Decode(it.Bytes, null));
        var body = doc.Body!;
        bool Has(IEnumerable<Janalyq.Markup.Element> roots) => find is not null && roots.Any(r => Norm(r.TextContent).Contains(find, StringComparison.Ordinal));
        Console.WriteLine($"{it.Key}\nin page: {Has([body])}");
        var unlikely = Janalyq.Extraction.Body.DomCleaner.Clean(body, 512, it.Url, []);
        Console.WriteLine($"after clean: {Has([body])}");
        var stats = Janalyq.Extraction.Body.NodeStats.Measure(body, unlikely);
        var roots = Janalyq.Extraction.Body.ContentLocator.Locate(body, stats);
        Console.WriteLine($"in roots: {Has(roots)}");
        foreach (var r in roots) Console.WriteLine($"root: <{r.LocalName} {Janalyq.Extraction.Body.ClassHints.Signature(r)}> text={stats[r].Text} score={stats[r].Score:0.0} ld={stats[r].LinkDensity:0.00}");
        foreach (var c in stats.Elements.Where(e => stats[e].Candidate).OrderByDescending(e => stats[e].Score).Take(8))
            Console.WriteLine($"cand: <{c.LocalName} {Janalyq.Extraction.Body.ClassHints.Signature(c)}> text={stats[c].Text} score={stats[c].Score:0.0}");
        Janalyq.Extraction.Body.ContentPruner.Prune(roots, stats);
        Console.WriteLine($"after prune: {Has(roots)}");
        var text = ArticleExtractor.Default.Extract(new RawPage(it.Bytes, it.Url, null, DateTimeOffset.UnixEpoch)).Text;
        Console.WriteLine($"in text: {find is not null && Norm(text).Contains(find, StringComparison.Ordinal)}\n---\n{text}");
        return 0;
    }

    private static string Clip(string s) => s.Length > 100 ? s[..100] + "…" : s;

    private static void Print(string name, string set, Counts c) =>
        Console.WriteLine($"{name,-28} {set,-10} {c.Precision,6:0.000} {c.Recall,6:0.000} {c.Accuracy,6:0.000} {c.F1,6:0.000}   {c.Tp}/{c.Fn}  {c.Fp}/{c.Tn}");

    private static Counts Score(Item it, string result)
    {
        var text = Norm(result);
        var tp = it.With.Count(s => text.Contains(Norm(s), StringComparison.Ordinal));
        var fp = it.Without.Count(s => text.Contains(Norm(s), StringComparison.Ordinal));
        return new Counts { Tp = tp, Fn = it.With.Length - tp, Fp = fp, Tn = it.Without.Length - fp };
    }

    /// <summary>eval_common.norm: runs of white space (Python's \s, Unicode-aware) to one space, trimmed.</summary>
    internal static string Norm(string s) => WhiteSpace().Replace(s, " ").Trim();

    [GeneratedRegex(@"[\s\u001c-\u001f\u0085]+")]
    private static partial Regex WhiteSpace();

    private static readonly string[] PageFolders = ["cache", "eval"];

    private static List<Item> Load(string dir)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "evaldata.json")));
        var items = new List<Item>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var file = p.Value.GetProperty("file").GetString()!;
            var path = PageFolders.Select(s => Path.Combine(dir, s, file)).FirstOrDefault(File.Exists);
            if (path is null) { Console.Error.WriteLine($"{p.Name}: {file} missing"); continue; }
            var url = Uri.TryCreate(p.Name, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal) ? u : null;
            string[] Strings(string name) => p.Value.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
            items.Add(new Item(p.Name, url, File.ReadAllBytes(path), Group(url), Strings("with"), Strings("without")));
        }
        return items.OrderBy(i => i.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Language-ish group by top-level domain: German-speaking TLDs together, "hard::" keys (no URL) apart.</summary>
    private static string Group(Uri? url)
    {
        if (url is null) return "hard";
        var tld = url.Host[(url.Host.LastIndexOf('.') + 1)..];
        return tld switch
        {
            "de" or "at" or "ch" => "de/at/ch",
            "com" => "com",
            "org" or "net" or "info" or "eu" => "org/net/eu",
            "uk" or "us" or "au" or "ca" or "ie" or "nz" => "en-cc",
            _ => "other-cc",
        };
    }
}
