using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Janalyq.Bench.Evaluation;
using Janalyq.Extraction;

namespace Janalyq.Bench;

/// <summary>
/// Real news pages labelled by hand (bench/labels/*.jsonl, README there): headline exact match, publication day (and
/// wall-clock time, and offset where the page states one), snippet page-pass (the body's first and last sentence present,
/// every boilerplate string absent), body F1 against the corpus's reference text (rough: some references are wrong), per
/// half (dev / held-out), per language and per outlet host, with SmartReader and (--peers) readability.js in the same run.
/// </summary>
/// <remarks>
/// Usage: <c>real [--heldout] [--peers] [--hosts] [--verbose] [--labels FILE]</c>. Without --heldout only the development
/// half is printed (tune on it; look at the held-out half at the end). Each page gets its URL (when it declares one) and,
/// as fetch time, the corpus's collection day at 23:59 in the default zone, so "Сегодня, 15:33" means that day.
/// </remarks>
public static partial class RealCommand
{
    /// <summary>One labelled page.</summary>
    private sealed record Label(string Id, string Host, string Language, string Split, string? Url, string Collected, string Title,
        string[] TitleAlternatives, string? Day, string? Time, string? Offset, string? First, string? Last, string[] Boilerplate,
        string Path, string? Reference);

    /// <summary>What one extractor gave for one page.</summary>
    private sealed record Answer(string Text, string? Title, DateTimeOffset? Published, string? PublishedRaw);

    /// <summary>Per-page verdicts.</summary>
    private sealed record Verdict(bool Headline, bool Day, bool? Time, bool First, bool Last, bool Clean, PageScore? Body)
    {
        public bool Pass => First && Last && Clean;
    }

    public static int Run(string dataRoot, string[] args)
    {
        var heldout = args.Contains("--heldout");
        var peers = args.Contains("--peers");
        var verbose = args.Contains("--verbose");
        var files = AebCommand.Option(args, "--labels") is { } one ? [one] : LabelFiles();
        var labels = files.SelectMany(f => Load(f, dataRoot)).ToList();
        if (labels.Count == 0) { Console.Error.WriteLine("no labels found (bench/labels/*.jsonl)"); return 2; }
        var missing = labels.Where(l => !File.Exists(l.Path)).ToList();
        foreach (var m in missing) Console.Error.WriteLine($"{m.Id}: page missing ({m.Path})");
        labels = labels.Except(missing).ToList();
        var bytes = labels.ToDictionary(l => l.Id, l => Unpack(l.Path));
        if (AebCommand.Option(args, "--trace") is { } traced) return Trace(labels.First(l => l.Id == traced), bytes[traced], AebCommand.Option(args, "--find"));

        var rows = new List<(string Name, Dictionary<string, Answer> Answers)>();
        var ours = new Dictionary<string, Answer>();
        foreach (var l in labels)
        {
            try
            {
                var a = ArticleExtractor.Default.Extract(new RawPage(bytes[l.Id], Uri.TryCreate(l.Url, UriKind.Absolute, out var u) ? u : null, null, FetchedAt(l)));
                ours[l.Id] = new Answer(a.Text, a.Title, a.Published, null);
            }
            catch (ExtractionException e) { Console.Error.WriteLine($"{l.Id}: {e.Message}"); ours[l.Id] = new Answer("", null, null, null); }
        }
        rows.Add(("Janalyq", ours));
        var decoded = labels.ToDictionary(l => l.Id, l => PageDecoder.Decode(bytes[l.Id], null));
        var sr = new Dictionary<string, Answer>();
        foreach (var l in labels)
        {
            var o = SmartReaderPeer.Run(l.Url ?? "", decoded[l.Id]);
            sr[l.Id] = new Answer(o.Text, o.Title, null, o.Published);
        }
        rows.Add(("SmartReader 0.11.1", sr));
        if (peers)
        {
            var tmp = Directory.CreateTempSubdirectory("janalyq-real-");
            try
            {
                var jobs = labels.Select(l =>
                {
                    var path = System.IO.Path.Combine(tmp.FullName, l.Id + ".html");
                    File.WriteAllText(path, decoded[l.Id], new UTF8Encoding(false));
                    return (l.Id, path, l.Url ?? "");
                }).ToList();
                var js = ReadabilityJsPeer.Run(jobs);
                if (js is not null) rows.Add(("readability.js 0.6.0", js.Pages.ToDictionary(k => k.Key, v => new Answer(v.Value.Text, v.Value.Title, null, v.Value.Published))));
            }
            finally { tmp.Delete(true); }
        }

        var verdicts = rows.Select(r => (r.Name, V: labels.ToDictionary(l => l.Id, l => Judge(l, r.Answers.GetValueOrDefault(l.Id) ?? new Answer("", null, null, null))))).ToList();
        Console.WriteLine($"real: {labels.Count} labelled pages ({labels.Count(l => l.Split == "dev")} dev, {labels.Count(l => l.Split != "dev")} held-out) from {string.Join(", ", files.Select(System.IO.Path.GetFileName))}");
        Console.WriteLine($"{"extractor",-22} {"set",-16} {"pages",5} {"headline",8} {"day",6} {"time",11} {"pass",6} {"first",6} {"last",6} {"clean",6} {"F1ref",6}");
        var sets = new List<(string Name, Func<Label, bool> In)> { ("dev", l => l.Split == "dev") };
        if (heldout) { sets.Add(("held-out", l => l.Split != "dev")); sets.Add(("all", _ => true)); }
        foreach (var lang in labels.Select(l => l.Language).Distinct().Order(StringComparer.Ordinal))
        {
            sets.Add(($"dev {lang}", l => l.Split == "dev" && l.Language == lang));
            if (heldout) sets.Add(($"held-out {lang}", l => l.Split != "dev" && l.Language == lang));
        }
        foreach (var (setName, inSet) in sets)
        {
            var chosen = labels.Where(inSet).ToList();
            if (chosen.Count == 0) continue;
            foreach (var (name, v) in verdicts) Print(name, setName, chosen.Select(l => v[l.Id]).ToList());
        }
        if (args.Contains("--hosts"))
        {
            Console.WriteLine("\nper outlet host (ours | SmartReader): headline, day, pass");
            foreach (var g in labels.Where(l => heldout || l.Split == "dev").GroupBy(l => l.Host).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                string Cell(Dictionary<string, Verdict> v) { var x = g.Select(l => v[l.Id]).ToList(); return $"{Share(x, y => y.Headline),5} {Share(x, y => y.Day),5} {Share(x, y => y.Pass),5}"; }
                Console.WriteLine($"  {g.Key,-24} {g.First().Split,-8} {g.Count(),3}  {Cell(verdicts[0].V)} | {Cell(verdicts[1].V)}");
            }
        }
        if (verbose)
        {
            Console.WriteLine("\nfailures (ours, development half only):");
            foreach (var l in labels.Where(l => l.Split == "dev"))
            {
                var v = verdicts[0].V[l.Id];
                var a = ours[l.Id];
                if (v.Headline && v.Day && v.Time != false && v.Pass) continue;
                Console.WriteLine($"{l.Id} {l.Host}");
                if (!v.Headline) Console.WriteLine($"   title: {a.Title}\n   want : {l.Title}");
                if (!v.Day || v.Time == false) Console.WriteLine($"   date : {a.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "none"}   want {l.Day ?? "none"} {l.Time} {l.Offset}");
                if (!v.First) Console.WriteLine($"   first missing: {Clip(l.First)}   (text {a.Text.Length} chars: {Clip(a.Text)})");
                if (!v.Last) Console.WriteLine($"   last missing : {Clip(l.Last)}");
                foreach (var b in l.Boilerplate.Where(b => Squash(a.Text).Contains(Squash(b), StringComparison.Ordinal))) Console.WriteLine($"   boilerplate  : {b}");
            }
        }
        return 0;
    }

    /// <summary>Debugging aid (--trace ID [--find TEXT]): the winning containers, the top candidates, and the stage that loses TEXT.</summary>
    private static int Trace(Label l, byte[] page, string? find)
    {
        var doc = Janalyq.Markup.PageParser.Parse(PageDecoder.Decode(page, null));
        var body = doc.Body!;
        bool Has(IEnumerable<Janalyq.Markup.Element> roots) => find is not null && roots.Any(r => Squash(r.TextContent).Contains(Squash(find), StringComparison.Ordinal));
        Console.WriteLine($"{l.Id} {l.Host}\nin page: {Has([body])}");
        var unlikely = Janalyq.Extraction.Body.DomCleaner.Clean(body, 512, null, []);
        Console.WriteLine($"after clean: {Has([body])}");
        var stats = Janalyq.Extraction.Body.NodeStats.Measure(body, unlikely);
        var roots = Janalyq.Extraction.Body.ContentLocator.Locate(body, stats);
        Console.WriteLine($"in roots: {Has(roots)}");
        foreach (var r in roots) Console.WriteLine($"root: <{r.LocalName} {Janalyq.Extraction.Body.ClassHints.Signature(r)}> text={stats[r].Text} score={stats[r].Score:0.0} ld={stats[r].LinkDensity:0.00}");
        foreach (var c in stats.Elements.Where(e => stats[e].Candidate).OrderByDescending(e => stats[e].Score).Take(8))
            Console.WriteLine($"cand: <{c.LocalName} {Janalyq.Extraction.Body.ClassHints.Signature(c)}> text={stats[c].Text} score={stats[c].Score:0.0} ld={stats[c].LinkDensity:0.00}");
        Janalyq.Extraction.Body.ContentPruner.Prune(roots, stats);
        Console.WriteLine($"after prune: {Has(roots)}");
        var a = ArticleExtractor.Default.Extract(new RawPage(page, Uri.TryCreate(l.Url, UriKind.Absolute, out var u) ? u : null, null, FetchedAt(l)));
        Console.WriteLine($"title: {a.Title}\npublished: {a.Published}\nin text: {find is not null && Squash(a.Text).Contains(Squash(find), StringComparison.Ordinal)}\n---\n{a.Text}");
        return 0;
    }

    /// <summary>The corpus's collection day, at 23:59 in the default zone (Asia/Almaty, UTC+6): the day a "today" on the page means.</summary>
    private static DateTimeOffset FetchedAt(Label l) =>
        DateTimeOffset.ParseExact(l.Collected, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).AddHours(17).AddMinutes(59);

    private static Verdict Judge(Label l, Answer a)
    {
        var titles = new[] { l.Title }.Concat(l.TitleAlternatives).Select(NormTitle).ToHashSet(StringComparer.Ordinal);
        var headline = a.Title is { } t && titles.Contains(NormTitle(t));
        var (day, time, offset) = a.Published is { } p
            ? (p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.ToString("HH:mm", CultureInfo.InvariantCulture), p.ToString("zzz", CultureInfo.InvariantCulture))
            : RawDate(a.PublishedRaw);
        var dayOk = l.Day is null ? day is null : day == l.Day;
        bool? timeOk = l.Time is null ? null : dayOk && time == l.Time && (l.Offset is null || offset == l.Offset);
        var text = Squash(a.Text);
        var first = l.First is null || text.Contains(Squash(l.First), StringComparison.Ordinal);
        var last = l.Last is null || text.Contains(Squash(l.Last), StringComparison.Ordinal);
        var clean = l.Boilerplate.All(b => !text.Contains(Squash(b), StringComparison.Ordinal));
        return new Verdict(headline, dayOk, timeOk, first, last, clean, l.Reference is null ? null : AebMetric.Score(l.Reference, a.Text));
    }

    /// <summary>A peer's ISO string as it wrote it: its own day, time and offset (no conversion to ours).</summary>
    private static (string?, string?, string?) RawDate(string? raw)
    {
        if (raw is null || !DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return (null, null, null);
        return (d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.ToString("HH:mm", CultureInfo.InvariantCulture), d.ToString("zzz", CultureInfo.InvariantCulture));
    }

    private static void Print(string name, string set, List<Verdict> v)
    {
        var timed = v.Where(x => x.Time is not null).ToList();
        var bodies = v.Where(x => x.Body is not null).Select(x => x.Body!.Value).ToList();
        var f1 = bodies.Count > 0 ? AebMetric.Aggregate(bodies).F1.ToString("0.000", CultureInfo.InvariantCulture) : "";
        Console.WriteLine($"{name,-22} {set,-16} {v.Count,5} {Share(v, x => x.Headline),8} {Share(v, x => x.Day),6} {Share(timed, x => x.Time == true) + "/" + timed.Count,11} {Share(v, x => x.Pass),6} {Share(v, x => x.First),6} {Share(v, x => x.Last),6} {Share(v, x => x.Clean),6} {f1,6}");
    }

    private static string Share<T>(List<T> items, Func<T, bool> ok) => items.Count == 0 ? "-" : ((double)items.Count(ok) / items.Count).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Clip(string? s) => s is null ? "" : s.Length > 90 ? s[..90] + "…" : s;

    /// <summary>White space removed: extractors differ in the spaces they put at inline-element boundaries.</summary>
    private static string Squash(string s) => Space().Replace(s, "");

    /// <summary>Headline comparison: white space collapsed, quotes and dashes unified, a final period dropped; case kept.</summary>
    private static string NormTitle(string s)
    {
        var t = Space().Replace(s, " ").Trim();
        t = Quotes().Replace(t, "\"");
        t = Dashes().Replace(t, "-");
        return t.TrimEnd('.', ' ');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"[«»“”„‟""]")]
    private static partial Regex Quotes();

    [GeneratedRegex(@"[‐‑‒–—―]")]
    private static partial Regex Dashes();

    private static byte[] Unpack(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal)) return File.ReadAllBytes(path);
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var ms = new MemoryStream();
        input.CopyTo(ms);
        return ms.ToArray();
    }

    private static List<string> LabelFiles()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "bench", "labels");
            if (Directory.Exists(candidate)) return Directory.GetFiles(candidate, "*.jsonl").Order(StringComparer.Ordinal).ToList();
        }
        return [];
    }

    /// <summary>Reads a labels file: daniel-ru ids find their page and reference text in ../shared/data/daniel-ru; others give "path".</summary>
    private static List<Label> Load(string file, string dataRoot)
    {
        var truthPath = System.IO.Path.Combine(dataRoot, "daniel-ru", "truth.json");
        using var truth = File.Exists(truthPath) ? JsonDocument.Parse(File.ReadAllBytes(truthPath)) : null;
        var list = new List<Label>();
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            string? S(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            string[] A(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
            var id = S("id")!;
            var path = S("path") is { } p ? (System.IO.Path.IsPathRooted(p) ? p : System.IO.Path.Combine(dataRoot, p)) : System.IO.Path.Combine(dataRoot, "daniel-ru", "html", id + ".html.gz");
            string? reference = null;
            if (truth is not null && truth.RootElement.TryGetProperty(id, out var t) && t.TryGetProperty("reference_text", out var rt))
                reference = Tags().Replace(rt.GetString() ?? "", " ");
            list.Add(new Label(id, S("host") ?? "", S("language") ?? "ru", S("split") ?? "dev", S("url"), S("collected") ?? "20111128", S("title") ?? "",
                A("title_alternatives"), S("published_day"), S("published_time"), S("published_offset"), S("first"), S("last"), A("boilerplate"), path,
                reference is null ? null : System.Net.WebUtility.HtmlDecode(reference)));
        }
        return list;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
