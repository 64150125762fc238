using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using Janalyq.Extraction;
using Janalyq.Extraction.Markup;

namespace Janalyq.Tests.Extraction.Markup;

/// <summary>
/// <see cref="PageParser"/> against AngleSharp's standard parser on every AEB page in ../shared/data (skipped where it
/// is absent), decoded and trimmed as the extractor does: the body's visible text and its tag sequence, and the head's
/// elements with their attributes, must be the same. On 2026-11-25 all 181 pages were identical on all three; the bars
/// leave a margin of a few pages.
/// <c>bench parity</c> gives the full comparison, on more page sets.
/// </summary>
public class MarkupParityTests
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = false, IsKeepingSourceReferences = false, SkipComments = true, SkipProcessingInstructions = true };

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

    private static (List<string> Words, List<string> Tags) Read(Janalyq.Extraction.Markup.Element body)
    {
        var text = new StringBuilder();
        var tags = new List<string>();
        Janalyq.Extraction.Markup.Node? n = body.FirstChild;
        while (n is not null)
        {
            var descend = true;
            if (n is TextNode t) text.Append(t.Data);
            else if (n is Janalyq.Extraction.Markup.Element e)
            {
                tags.Add(e.LocalName);
                descend = e.LocalName is not ("script" or "style" or "template");
            }
            if (descend && n is Janalyq.Extraction.Markup.Element { FirstChild: { } first }) { n = first; continue; }
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
