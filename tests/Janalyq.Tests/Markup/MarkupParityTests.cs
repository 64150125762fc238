using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using Janalyq.Extraction;
using Janalyq.Markup;
using Janalyq.Tests.Extraction;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Markup;

/// <summary>
/// <see cref="PageParser"/> against AngleSharp's standard parser. On pages the repository ships, so that CI runs it: every
/// demo corpus page and every hand-written tag-soup case in testdata/markup/ must give the same tree, element for element
/// and attribute for attribute, both parsed whole (<see cref="PageParser.Parse"/>) and parsed for extraction
/// (<see cref="PageParser.ParseForExtraction(string)"/> against AngleSharp on the page <see cref="MarkupTrimmer"/> cut).
/// On every AEB page in ../shared/data (skipped where it is absent), decoded and trimmed as the extractor does: the body's
/// visible text and its tag sequence, and the head's elements with their attributes, must be the same. On 2026-11-25 all
/// 181 pages were identical on all three; the bars leave a margin of a few pages.
/// <c>bench parity</c> gives the full comparison, on more page sets.
/// </summary>
public class MarkupParityTests
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = false, IsKeepingSourceReferences = false, SkipComments = true, SkipProcessingInstructions = true };

    /// <summary>The hand-written cases: each file exercises a few of the tree construction rules the parser models.</summary>
    public static TheoryData<string> TagSoupCases() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "testdata", "markup"), "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(TagSoupCases))]
    public void Tag_soup_case_gives_the_tree_AngleSharp_gives(string file)
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "markup", file));
        var difference = Compare(html);
        Assert.True(difference is null, difference);
    }

    [Fact]
    public void Demo_corpus_pages_give_the_trees_AngleSharp_gives()
    {
        var pages = Directory.GetFiles(DemoCorpusFixture.Folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 60, $"only {pages.Count} demo pages found in {DemoCorpusFixture.Folder}");
        var differing = pages.Select(p => (Page: Path.GetRelativePath(DemoCorpusFixture.Folder, p), Difference: Compare(PageDecoder.Decode(File.ReadAllBytes(p), null))))
            .Where(r => r.Difference is not null).ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} of {pages.Count} demo pages differ; first, {differing.FirstOrDefault().Page}: {differing.FirstOrDefault().Difference}");
    }

    /// <summary>The first difference between the two parsers' trees of a page, parsed whole and parsed for extraction; null when none.</summary>
    private static string? Compare(string html)
    {
        var angle = ParityTrees.AngleSharp();
        if (ParityTrees.FirstDifference(ParityTrees.Lines(angle.ParseDocument(html)), ParityTrees.Lines(PageParser.Parse(html))) is { } whole)
            return "parsed whole: " + whole;
        if (ParityTrees.FirstDifference(ParityTrees.Lines(angle.ParseDocument(MarkupTrimmer.Trim(html))), ParityTrees.Lines(PageParser.ParseForExtraction(html))) is { } trimmed)
            return "parsed for extraction: " + trimmed;
        return null;
    }

    [Fact]
    public void Body_text_and_tags_match_AngleSharp_on_the_AEB_pages()
    {
        var folder = Path.Combine(ExtractionPaths.SharedDataOrSkip(), "aeb", "html");
        var angle = new HtmlParser(Options);
        int pages = 0, sameText = 0, sameTags = 0, sameHead = 0;
        var worst = (Ratio: 1.0, Page: "");
        foreach (var file in Directory.GetFiles(folder, "*.html.gz").Order(StringComparer.Ordinal))
        {
            using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            // The extractor's parse cuts scripts, styles, svg and template contents while parsing; AngleSharp gets the
            // same cuts made beforehand by the reference trimmer.
            var page = PageDecoder.Decode(ms.ToArray(), "text/html; charset=utf-8");
            var theirs = angle.ParseDocument(MarkupTrimmer.Trim(page));
            var ours = PageParser.ParseForExtraction(page);
            var (theirText, theirTags) = Read(theirs.Body!);
            var (ourText, ourTags) = Read(ours.Body);
            if (theirs.Head!.QuerySelectorAll("*").Select(e => Line(e.LocalName, e.Attributes.Select(a => $"{a.Name}={a.Value}")))
                .SequenceEqual(ours.Head.Descendants().Select(e => Line(e.LocalName, e.Attributes.ToArray().Select(a => $"{a.Name}={a.Value}")))))
                sameHead++;
            pages++;
            if (theirText.SequenceEqual(ourText)) sameText++;
            if (theirTags.SequenceEqual(ourTags)) sameTags++;
            var ratio = Similarity(theirText, ourText);
            if (ratio < worst.Ratio) worst = (ratio, Path.GetFileName(file));
        }
        Assert.True(pages >= 150, $"only {pages} AEB pages found in {folder}");
        Assert.True(sameText >= pages * 0.97, $"body text identical on {sameText} of {pages} pages (bar: 97 %)");
        Assert.True(sameTags >= pages * 0.97, $"tag sequence identical on {sameTags} of {pages} pages (bar: 97 %)");
        Assert.True(sameHead >= pages * 0.97, $"head elements and attributes identical on {sameHead} of {pages} pages (bar: 97 %)");
        Assert.True(worst.Ratio >= 0.98, $"text similarity {worst.Ratio:0.0000} on {worst.Page} (bar: 0.98)");
    }

    private static string Line(string tag, IEnumerable<string> attributes) => tag + " " + string.Join(' ', attributes);

    /// <summary>The words of the body's text (without script, style and template) and its tags, in document order.</summary>
    private static (List<string> Words, List<string> Tags) Read(AngleSharp.Dom.INode body)
    {
        var text = new StringBuilder();
        var tags = new List<string>();
        var n = body.FirstChild;
        while (n is not null)
        {
            var descend = true;
            if (n is AngleSharp.Dom.IText t) text.Append(t.Data);
            else if (n is AngleSharp.Dom.IElement e)
            {
                tags.Add(e.LocalName.ToLowerInvariant());
                descend = e.LocalName is not ("script" or "style" or "template");
            }
            if (descend && n.FirstChild is { } first) { n = first; continue; }
            while (n is not null && n != body && n.NextSibling is null) n = n.Parent;
            n = n is null || n == body ? null : n.NextSibling;
        }
        return (Words(text), tags);
    }

    private static (List<string> Words, List<string> Tags) Read(Janalyq.Markup.Element body)
    {
        var text = new StringBuilder();
        var tags = new List<string>();
        Janalyq.Markup.Node? n = body.FirstChild;
        while (n is not null)
        {
            var descend = true;
            if (n is TextNode t) text.Append(t.Data);
            else if (n is Janalyq.Markup.Element e)
            {
                tags.Add(e.LocalName);
                descend = e.LocalName is not ("script" or "style" or "template");
            }
            if (descend && n is Janalyq.Markup.Element { FirstChild: { } first }) { n = first; continue; }
            while (n is not null && n != body && n.NextSibling is null) n = n.ParentElement;
            n = n is null || n == body ? null : n.NextSibling;
        }
        return (Words(text), tags);
    }

    private static List<string> Words(StringBuilder text) =>
        text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>2·LCS/(|A|+|B|) by Myers' difference, bounded at 2,000 edits (beyond: the bound).</summary>
    private static double Similarity(List<string> a, List<string> b)
    {
        const int max = 2_000;
        int lo = 0, n = a.Count, m = b.Count, total = a.Count + b.Count;
        if (total == 0) return 1;
        while (lo < n && lo < m && a[lo] == b[lo]) lo++;
        while (n > lo && m > lo && a[n - 1] == b[m - 1]) { n--; m--; }
        var v = new int[2 * max + 3];
        v[max + 2] = lo;
        for (var d = 0; d <= max; d++)
        {
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[max + 1 + k - 1] < v[max + 1 + k + 1]) ? v[max + 1 + k + 1] : v[max + 1 + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y]) { x++; y++; }
                v[max + 1 + k] = x;
                if (x >= n && y >= m) return (double)(total - d) / total;
            }
        }
        return (double)(total - max) / total;
    }
}
