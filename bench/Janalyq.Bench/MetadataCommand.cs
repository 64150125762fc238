using System.Globalization;
using System.Text.Json;
using Janalyq.Extraction;

namespace Janalyq.Bench;

/// <summary>Metadata exact-match rates on Mozilla Readability's test pages: title, byline, excerpt, site name, published time.</summary>
public static class MetadataCommand
{
    private static readonly string[] Fields = ["title", "byline", "excerpt", "siteName", "publishedTime"];

    public static int Run(string dataRoot, string[] args)
    {
        var verbose = args.Contains("--verbose");
        var root = Path.Combine(dataRoot, "readability", "test", "test-pages");
        var fetched = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        var hits = new Dictionary<(string, string), int>();
        var present = Fields.ToDictionary(f => f, _ => 0);
        var pages = 0;
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var meta = Path.Combine(dir, "expected-metadata.json");
            var source = Path.Combine(dir, "source.html");
            if (!File.Exists(meta) || !File.Exists(source)) continue;
            pages++;
            using var expected = JsonDocument.Parse(File.ReadAllText(meta));
            var bytes = File.ReadAllBytes(source);
            var url = new Uri("http://fakehost/test/page.html");
            ExtractedArticle ours;
            try { ours = ArticleExtractor.Default.Extract(new RawPage(bytes, url, null, fetched)); }
            catch (ExtractionException) { ours = new ExtractedArticle(); }
            var sr = SmartReaderPeer.Run(url.AbsoluteUri, System.Text.Encoding.UTF8.GetString(bytes));
            foreach (var field in Fields)
            {
                if (!expected.RootElement.TryGetProperty(field, out var e) || e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())) continue;
                present[field]++;
                var truth = e.GetString()!;
                var (o, s) = field switch
                {
                    "title" => (ours.Title, sr.Title),
                    "byline" => (ours.Author, sr.Byline),
                    "excerpt" => (ours.Lead, sr.Excerpt),
                    "siteName" => (ours.Site, sr.SiteName),
                    _ => (ours.Published?.ToString("o", CultureInfo.InvariantCulture), sr.Published),
                };
                var okOurs = Same(field, truth, o);
                var okSr = Same(field, truth, s);
                if (okOurs) hits[("ours", field)] = hits.GetValueOrDefault(("ours", field)) + 1;
                if (okSr) hits[("sr", field)] = hits.GetValueOrDefault(("sr", field)) + 1;
                if (okOurs || Conventions.Same(field, truth, o)) hits[("ours~", field)] = hits.GetValueOrDefault(("ours~", field)) + 1;
                if (okSr || Conventions.Same(field, truth, s)) hits[("sr~", field)] = hits.GetValueOrDefault(("sr~", field)) + 1;
                if (verbose && !okOurs) Console.WriteLine($"{Path.GetFileName(dir)} {field}{(Conventions.Same(field, truth, o) ? "~" : "")}: want «{truth}» got «{o}»");
            }
        }
        Console.WriteLine($"metadata: {pages} Readability test pages; exact match where the truth has the field");
        Console.WriteLine($"{"field",-14} {"pages",6} {"Janalyq",9} {"SmartReader",12}   {"Janalyq~",9} {"SmartReader~",12}");
        foreach (var f in Fields)
            Console.WriteLine($"{f,-14} {present[f],6} {Rate(hits.GetValueOrDefault(("ours", f)), present[f]),9:P1} {Rate(hits.GetValueOrDefault(("sr", f)), present[f]),12:P1}   {Rate(hits.GetValueOrDefault(("ours~", f)), present[f]),9:P1} {Rate(hits.GetValueOrDefault(("sr~", f)), present[f]),12:P1}");
        Console.WriteLine("~ : the same comparison allowing either side's convention, applied alike to both extractors (title: one may add a");
        Console.WriteLine("    separator and up to 5 words of outlet/section/author name; byline: a leading \"By\"/\"Par\"/\"Written by\" and a trailing date are ignored).");
        return 0;
    }

    private static double Rate(int hit, int n) => n == 0 ? 0 : (double)hit / n;

    /// <summary>Exact after collapsing white space; times compare as instants (or as wall clock when one side has no offset).</summary>
    private static bool Same(string field, string truth, string? got)
    {
        if (got is null) return false;
        if (field != "publishedTime") return Collapse(truth) == Collapse(got);
        if (!DateTimeOffset.TryParse(truth, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)) return false;
        if (!DateTimeOffset.TryParse(got, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var g)) return false;
        return t == g || t.DateTime == g.DateTime;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
