using System.Globalization;
using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Janalyq.Extraction;
using Janalyq.Markup;

namespace Janalyq.Bench;

/// <summary>
/// Parity of the extractor's own parser (<see cref="PageParser"/>) with AngleSharp's standard parser, page by page:
/// each page is decoded and trimmed as the extractor does (<see cref="PageDecoder"/>, <see cref="MarkupTrimmer"/>), then
/// parsed by both, and the two bodies are compared on (a) their visible text, (b) the sequence of their element tags
/// and (c) for every element with an id or class, whether its parent's tag and class are the same in both trees.
/// </summary>
/// <remarks>
/// Usage: <c>parity [--trafilatura] [--htmldate] [--untrimmed] [--verbose] [--worst N] [--only TEXT] [--warmup N]</c>.
/// The AEB pages always; <c>--trafilatura</c> adds trafilatura's evaluation pages (cache/ and eval/ under
/// JANALYQ_SNIPPETS_DATA, else /work/evaldata/trafilatura/tests), <c>--htmldate</c> htmldate's (test_set/, cache/, eval/
/// under JANALYQ_DATES_DATA, else /work/evaldata/htmldate/tests). <c>--untrimmed</c> parses the decoded page without the
/// trimmer's cuts (scripts, styles and svg reach both parsers). <c>--only</c> keeps the pages whose id contains TEXT.
/// Speed, a side figure: per parser N untimed passes (default 5), then one timed pass, on one thread.
/// <para>
/// Text: the body's text nodes concatenated in document order, without the insides of script, style and template,
/// split into words at white space. Similarity of two word (or tag) sequences: 2·LCS / (|A| + |B|), difflib's ratio,
/// computed exactly with Myers' O((N + M)·D) difference (D the number of words inserted or deleted), which is cheap on
/// the near-identical sequences this compares; past D = 5,000 it is reported as the upper bound (N + M − 5,000) / (N + M).
/// </para>
/// </remarks>
public static class ParityCommand
{
    private const int MaxEdits = 5_000;

    /// <summary>One page to compare: where it comes from and its decoded, trimmed markup.</summary>
    /// <summary>A page: what AngleSharp parses (trimmed by <see cref="MarkupTrimmer"/> when the run is), and the decoded
    /// page our parser reads (<see cref="PageParser.ParseForExtraction(string)"/> cuts the same parts while parsing).</summary>
    private sealed record Page(string Id, string Html, string? Raw = null);

    /// <summary>What the comparison reads of one tree's body.</summary>
    private sealed class Snapshot
    {
        public List<string> Words { get; } = [];
        public List<string> Tags { get; } = [];
        /// <summary>"tag#id.class@n" (the n-th such element) to its parent's "tag.class".</summary>
        public Dictionary<string, string> Containers { get; } = new(StringComparer.Ordinal);
        /// <summary>Formatting elements (a, b, i, strong…): the adoption agency clones misnested ones.</summary>
        public int Formatting { get; set; }
        /// <summary>Content a browser would move out of a table (foster parenting) sits in one: text or an element
        /// other than a table part directly in table, tbody, thead, tfoot or tr. Read on PageParser's tree.</summary>
        public bool StrayTableContent { get; set; }
        /// <summary>An element sits inside a void element (br, img…): AngleSharp does this after some misnested markup.</summary>
        public bool InsideVoid { get; set; }
        /// <summary>The head's elements in order, each with its attributes and text: what the metadata readers see.</summary>
        public string Head { get; set; } = "";
    }

    /// <summary>The comparison of one page.</summary>
    private sealed record Result(string Id, double TextRatio, double TagRatio, int Containers, int ContainersAgreeing, Snapshot Theirs, Snapshot Ours)
    {
        public bool TextIdentical => Theirs.Words.SequenceEqual(Ours.Words, StringComparer.Ordinal);
        public bool TagsIdentical => Theirs.Tags.SequenceEqual(Ours.Tags, StringComparer.Ordinal);
        public bool StructureDiffers => !TagsIdentical || ContainersAgreeing < Containers;
        /// <summary>The known causes: misnested formatting (adoption agency) and stray table content (foster parenting).</summary>
        public bool Adoption => Theirs.Formatting != Ours.Formatting;
        public bool Foster => Ours.StrayTableContent;
        public bool Known => Adoption || Foster || Theirs.InsideVoid;
        public bool HeadIdentical => Theirs.Head == Ours.Head;
    }

    /// <summary>Runs the comparison and prints the table; 0 always (the figures are the result).</summary>
    public static int Run(string dataRoot, string[] args)
    {
        var trimmed = !args.Contains("--untrimmed");
        var only = AebCommand.Option(args, "--only");
        var worst = int.TryParse(AebCommand.Option(args, "--worst"), out var w) ? w : 10;
        var sets = new List<(string Name, List<Page> Pages)> { ("aeb", LoadAeb(dataRoot, trimmed)) };
        if (args.Contains("--trafilatura"))
            sets.Add(("trafilatura", LoadFolders(Env("JANALYQ_SNIPPETS_DATA", "/work/evaldata/trafilatura/tests"), ["cache", "eval"], "traf", trimmed)));
        if (args.Contains("--htmldate"))
            sets.Add(("htmldate", LoadFolders(Env("JANALYQ_DATES_DATA", "/work/evaldata/htmldate/tests"), ["test_set", "cache", "eval"], "hd", trimmed)));
        if (only is not null) sets = sets.Select(s => (s.Name, s.Pages.Where(p => p.Id.Contains(only, StringComparison.Ordinal)).ToList())).ToList();

        var angle = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false, SkipComments = true, SkipProcessingInstructions = true });
        Console.WriteLine($"parity: PageParser against AngleSharp, {(trimmed ? "pages decoded and trimmed as the extractor does" : "pages decoded, untrimmed")}");
        Console.WriteLine($"{"set",-12} {"pages",5} {"text=",7} {"text~",7} {"text min",9} {"tags=",7} {"tags~",7} {"contain.",8} {"cont.pg=",8} {"head=",7}  worst text page");
        var all = new List<Result>();
        foreach (var (name, pages) in sets)
        {
            var results = pages.Select(p => Compare(p, angle)).ToList();
            all.AddRange(results);
            PrintRow(name, results);
        }
        if (sets.Count > 1) PrintRow("all", all);
        Console.WriteLine("text= / tags=: pages identical; text~ / tags~: mean similarity (2·LCS/(|A|+|B|) over words / tags);");
        Console.WriteLine("contain.: elements with an id or class whose parent has the same tag and class in both trees; cont.pg=: pages where all do;\nhead=: pages whose head has the same elements, attributes and text (white space collapsed).");
        var differing = all.Where(r => r.StructureDiffers).ToList();
        Console.WriteLine($"tags or containers differ on {differing.Count} pages: misnested formatting (adoption agency, not modelled) on {differing.Count(r => r.Adoption)}, " +
                          $"stray table content (foster parenting, not modelled) on {differing.Count(r => r.Foster)}, elements inside void elements in AngleSharp's tree on " +
                          $"{differing.Count(r => r.Theirs.InsideVoid)}, none of these on {differing.Count(r => !r.Known)}" +
                          (differing.Any(r => !r.Known) ? ": " + string.Join(' ', differing.Where(r => !r.Known).Take(8).Select(r => r.Id)) : ""));
        Time(sets.SelectMany(s => s.Pages).ToList(), angle, int.TryParse(AebCommand.Option(args, "--warmup"), out var warmup) ? warmup : 5);
        if (args.Contains("--verbose"))
            foreach (var r in all.Where(r => !r.TextIdentical || r.StructureDiffers || !r.HeadIdentical)
                         .OrderBy(r => r.TextRatio).ThenBy(r => r.ContainersAgreeing - r.Containers).ThenBy(r => r.TagRatio).Take(worst))
                Explain(r);
        return 0;
    }

    private static string Env(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : fallback;

    private static Page Prepare(string id, byte[] bytes, string? contentType, bool trimmed)
    {
        var html = PageDecoder.Decode(bytes, contentType);
        return trimmed ? new Page(id, MarkupTrimmer.Trim(html), html) : new Page(id, html);
    }

    private static List<Page> LoadAeb(string dataRoot, bool trimmed) =>
        BenchData.LoadAeb(dataRoot).Select(p => Prepare("aeb:" + p.Id[..Math.Min(12, p.Id.Length)], p.Html, "text/html; charset=utf-8", trimmed)).ToList();

    private static List<Page> LoadFolders(string dir, string[] folders, string prefix, bool trimmed)
    {
        var pages = new List<Page>();
        foreach (var folder in folders)
        {
            var path = Path.Combine(dir, folder);
            if (!Directory.Exists(path)) { Console.Error.WriteLine($"{path} not found: skipped"); continue; }
            foreach (var file in Directory.GetFiles(path).Order(StringComparer.Ordinal))
            {
                var bytes = File.ReadAllBytes(file);
                if (PageDecoder.LooksBinary(bytes)) continue; // the extractor refuses these before parsing
                pages.Add(Prepare($"{prefix}:{folder}/{Path.GetFileName(file)}", bytes, null, trimmed));
            }
        }
        return pages;
    }

    private static Result Compare(Page page, HtmlParser angle)
    {
        var angleDoc = angle.ParseDocument(page.Html);
        var ourDoc = page.Raw is { } raw ? PageParser.ParseForExtraction(raw) : PageParser.Parse(page.Html);
        var theirs = FromAngleSharp(angleDoc);
        var ours = FromPageParser(ourDoc);
        theirs.Head = angleDoc.Head is { } head
            ? string.Join('\n', head.QuerySelectorAll("*").Select(e => Line(e.LocalName, e.Attributes.Select(a => (a.Name, a.Value)), e.TextContent)))
            : "";
        ours.Head = string.Join('\n', ourDoc.Head.Descendants().Select(e => Line(e.LocalName, e.Attributes.ToArray().Select(a => (a.Name, a.Value)), e.TextContent)));
        var agreeing = theirs.Containers.Count(kv => ours.Containers.TryGetValue(kv.Key, out var parent) && parent == kv.Value);
        return new Result(page.Id, Similarity(theirs.Words, ours.Words), Similarity(theirs.Tags, ours.Tags), theirs.Containers.Count, agreeing, theirs, ours);
    }

    private static string Line(string tag, IEnumerable<(string Name, string Value)> attributes, string text) =>
        tag.ToLowerInvariant() + " " + string.Join(' ', attributes.Select(a => a.Name + "=" + a.Value)) + " " +
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)); // the head's white space is not compared

    private static void PrintRow(string name, List<Result> results)
    {
        if (results.Count == 0) { Console.WriteLine($"{name,-12} {0,5}"); return; }
        var n = (double)results.Count;
        var min = results.MinBy(r => r.TextRatio)!;
        var containers = results.Sum(r => r.Containers);
        var agreeing = results.Sum(r => r.ContainersAgreeing);
        Console.WriteLine($"{name,-12} {results.Count,5} {results.Count(r => r.TextIdentical) / n,7:P1} {results.Average(r => r.TextRatio),7:0.0000} {min.TextRatio,9:0.0000} " +
                          $"{results.Count(r => r.TagsIdentical) / n,7:P1} {results.Average(r => r.TagRatio),7:0.0000} {(containers == 0 ? 1 : (double)agreeing / containers),8:P2} " +
                          $"{results.Count(r => r.ContainersAgreeing == r.Containers) / n,8:P1} {results.Count(r => r.HeadIdentical) / n,7:P1}  {min.Id}");
    }

    /// <summary>Per parser: <paramref name="warmup"/> untimed passes (the JIT's tiers settle), then one timed pass.</summary>
    private static void Time(List<Page> pages, HtmlParser angle, int warmup)
    {
        var chars = pages.Sum(p => (long)p.Html.Length);
        foreach (var (name, parse) in new (string, Action<string>)[]
                 {
                     ("AngleSharp 1.10", html => angle.ParseDocument(html)),
                     ("PageParser", html => PageParser.Parse(html)),
                 })
        {
            for (var i = 0; i < warmup; i++)
                foreach (var p in pages) parse(p.Html);
            GC.Collect();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            foreach (var p in pages) parse(p.Html);
            var s = clock.Elapsed.TotalSeconds;
            var mb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0;
            Console.WriteLine($"speed {name,-16} {pages.Count / s,8:0} pages/s {chars / s / 1e6,7:0.0} M chars/s  {mb / pages.Count,6:0.00} MB allocated/page");
        }
    }

    private static void Explain(Result r)
    {
        Console.WriteLine($"\n{r.Id}: text {(r.TextIdentical ? "identical" : r.TextRatio.ToString("0.0000", CultureInfo.InvariantCulture))} ({r.Theirs.Words.Count} / {r.Ours.Words.Count} words), " +
                          $"tags {(r.TagsIdentical ? "identical" : r.TagRatio.ToString("0.0000", CultureInfo.InvariantCulture))} ({r.Theirs.Tags.Count} / {r.Ours.Tags.Count}), containers {r.ContainersAgreeing}/{r.Containers}");
        if (!r.TextIdentical) FirstDifference("text", r.Theirs.Words, r.Ours.Words);
        if (!r.TagsIdentical) FirstDifference("tags", r.Theirs.Tags, r.Ours.Tags);
        if (!r.HeadIdentical) FirstHeadDifference(r.Theirs.Head.Split('\n'), r.Ours.Head.Split('\n'));
        var shown = 0;
        foreach (var (key, parent) in r.Theirs.Containers)
        {
            var ours = r.Ours.Containers.GetValueOrDefault(key);
            if (ours == parent) continue;
            if (shown++ == 3) break;
            Console.WriteLine($"  container {Clip(key, 80)}: AngleSharp parent {Clip(parent, 60)}, ours {(ours is null ? "(no such element)" : Clip(ours, 60))}");
        }
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    private static void FirstDifference(string what, List<string> a, List<string> b)
    {
        var i = 0;
        while (i < a.Count && i < b.Count && a[i] == b[i]) i++;
        var from = Math.Max(0, i - 8);
        string Around(List<string> s) => Clip(string.Join(' ', s.Skip(from).Take(i - from)) + " ⟦" + string.Join(' ', s.Skip(i).Take(14)) + "⟧", 260);
        Console.WriteLine($"  {what} differs at {i}:\n    AngleSharp: {Around(a)}\n    ours:       {Around(b)}");
    }

    private static void FirstHeadDifference(string[] a, string[] b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        Console.WriteLine($"  head differs at element {i} of {a.Length} / {b.Length}:\n    AngleSharp: {Clip(a.ElementAtOrDefault(i) ?? "(none)", 200)}\n    ours:       {Clip(b.ElementAtOrDefault(i) ?? "(none)", 200)}");
    }

    /// <summary>2·LCS/(|A|+|B|) of two sequences; see the remarks for the method.</summary>
    internal static double Similarity(List<string> a, List<string> b)
    {
        var total = a.Count + b.Count;
        if (total == 0) return 1;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] Ids(List<string> s) => s.Select(x => ids.TryGetValue(x, out var id) ? id : ids[x] = ids.Count).ToArray();
        var d = EditDistance(Ids(a), Ids(b), MaxEdits);
        return (double)(total - (d < 0 ? MaxEdits : d)) / total;
    }

    /// <summary>Myers' greedy difference: the fewest insertions and deletions turning <paramref name="a"/> into
    /// <paramref name="b"/>, or -1 when more than <paramref name="max"/>.</summary>
    private static int EditDistance(int[] a, int[] b, int max)
    {
        int lo = 0, n = a.Length, m = b.Length;
        while (lo < n && lo < m && a[lo] == b[lo]) lo++;
        while (n > lo && m > lo && a[n - 1] == b[m - 1]) { n--; m--; }
        var offset = max + 1;
        var v = new int[2 * max + 3];
        v[offset + 1] = lo;
        for (var d = 0; d <= max; d++)
        {
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y]) { x++; y++; }
                v[offset + k] = x;
                if (x >= n && y >= m) return d;
            }
        }
        return -1;
    }

    private static bool Skipped(string tag) => tag is "script" or "style" or "template";

    private static Snapshot FromPageParser(Janalyq.Markup.Document doc)
    {
        var s = new Snapshot();
        var text = new StringBuilder();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Janalyq.Markup.Node? n = doc.Body.FirstChild;
        while (n is not null)
        {
            var descend = true;
            if (n is TextNode t)
            {
                text.Append(t.Data);
                if (IsTableLevel(t.ParentElement!.LocalName) && !string.IsNullOrWhiteSpace(t.Data)) s.StrayTableContent = true;
            }
            else if (n is Janalyq.Markup.Element e)
            {
                var tag = e.LocalName.ToLowerInvariant();
                s.Tags.Add(tag);
                descend = !Skipped(tag);
                AddContainer(s, counts, tag, e.GetAttribute("id"), e.GetAttribute("class"), e.ParentElement!.LocalName, e.ParentElement.GetAttribute("class"));
                if (IsFormatting(tag)) s.Formatting++;
                if (IsTableLevel(e.ParentElement.LocalName) && !IsTablePart(tag, e.GetAttribute("type"))) s.StrayTableContent = true;
            }
            // Pre-order without recursion: first child, else the next sibling of the nearest ancestor that has one.
            if (descend && n is Janalyq.Markup.Element { FirstChild: { } first }) { n = first; continue; }
            while (n is not null && n != doc.Body && n.NextSibling is null) n = n.ParentElement;
            n = n is null || n == doc.Body ? null : n.NextSibling;
        }
        AddWords(s, text);
        return s;
    }

    private static Snapshot FromAngleSharp(AngleSharp.Dom.IDocument doc)
    {
        var s = new Snapshot();
        var body = doc.Body;
        if (body is null) return s;
        var text = new StringBuilder();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = body.FirstChild;
        while (n is not null)
        {
            var descend = true;
            if (n is IText t) text.Append(t.Data);
            else if (n is IElement e)
            {
                var tag = e.LocalName.ToLowerInvariant();
                s.Tags.Add(tag);
                descend = !Skipped(tag);
                AddContainer(s, counts, tag, e.GetAttribute("id"), e.GetAttribute("class"), e.ParentElement!.LocalName.ToLowerInvariant(), e.ParentElement.GetAttribute("class"));
                if (IsFormatting(tag)) s.Formatting++;
                if (Janalyq.Markup.TagNames.IsVoid(e.ParentElement.LocalName)) s.InsideVoid = true;
            }
            if (descend && n is IElement { FirstChild: { } first }) { n = first; continue; }
            while (n is not null && n != body && n.NextSibling is null) n = n.Parent;
            n = n is null || n == body ? null : n.NextSibling;
        }
        AddWords(s, text);
        return s;
    }

    private static bool IsFormatting(string tag) =>
        tag is "a" or "b" or "big" or "code" or "em" or "font" or "i" or "nobr" or "s" or "small" or "strike" or "strong" or "tt" or "u";

    private static bool IsTableLevel(string tag) => tag is "table" or "tbody" or "thead" or "tfoot" or "tr";

    private static bool IsTablePart(string tag, string? type) =>
        tag is "caption" or "colgroup" or "col" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "script" or "style" or "template" or "form"
        || (tag == "input" && string.Equals(type, "hidden", StringComparison.OrdinalIgnoreCase));

    private static void AddContainer(Snapshot s, Dictionary<string, int> counts, string tag, string? id, string? cls, string parentTag, string? parentClass)
    {
        if (id is null && cls is null) return;
        var key = $"{tag}#{id}.{cls}";
        counts[key] = counts.GetValueOrDefault(key) + 1;
        s.Containers[$"{key}@{counts[key]}"] = $"{parentTag}.{parentClass}";
    }

    private static void AddWords(Snapshot s, StringBuilder text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]);
            if (space && start >= 0) { s.Words.Add(text.ToString(start, i - start)); start = -1; }
            else if (!space && start < 0) start = i;
        }
    }
}
