using System.Globalization;
using System.Text.Json;
using Janalyq.Extraction;
using Janalyq.Extraction.Templates;
using Janalyq.Ingestion.Templates;

namespace Janalyq.Tests.Extraction;

/// <summary>
/// The demo corpus's manifest is our own truth: every extracted field must match it exactly, with each outlet's
/// template learnt from its other pages (leave one out), as the demo import does.
/// </summary>
public class DemoCorpusTests
{
    public static TheoryData<string> Fields() => ["title", "text", "published", "modified", "author", "image", "caption", "credit", "canonical", "site", "language", "original_url"];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Every_page_matches_the_manifest(string field)
    {
        var root = ExtractionPaths.RepoRoot();
        var manifestPath = root is null ? null : Path.Combine(root, "demo", "corpus", "manifest.json");
        if (manifestPath is null || !File.Exists(manifestPath)) Assert.Skip("demo/corpus/manifest.json is absent: skipped.");
        var corpus = Path.GetDirectoryName(manifestPath)!;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath!));
        var failures = new List<string>();
        var siblings = Siblings(corpus, manifest);
        foreach (var entry in manifest.RootElement.EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var template = siblings.For(entry.GetProperty("outlet").GetString()!, file) ?? TemplateModel.Empty;
            var page = new RawPage(File.ReadAllBytes(Path.Combine(corpus, file)), new Uri(entry.GetProperty("url").GetString()!), null, ExtractionPaths.FetchedAt) { Template = template };
            var got = ArticleExtractor.Default.Extract(page, TestContext.Current.CancellationToken);
            var want = entry.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var have = field switch
            {
                "title" => got.Title, "text" => got.Text, "author" => got.Author, "image" => got.Image, "caption" => got.Caption,
                "credit" => got.Credit, "canonical" => got.Canonical, "site" => got.Site, "language" => got.Language, "original_url" => got.OriginalUrl,
                "published" => got.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                _ => got.Modified?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            };
            if (field is "published" or "modified" && want is not null)
                want = DateTimeOffset.Parse(want, CultureInfo.InvariantCulture).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            if (want != have) failures.Add($"{file}: want «{want}», got «{have}»");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} pages differ on {field}:\n" + string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void In_body_boilerplate_of_three_outlets_goes_only_with_their_templates()
    {
        var root = ExtractionPaths.RepoRoot();
        var manifestPath = root is null ? null : Path.Combine(root, "demo", "corpus", "manifest.json");
        if (manifestPath is null || !File.Exists(manifestPath)) Assert.Skip("demo/corpus/manifest.json is absent: skipped.");
        var corpus = Path.GetDirectoryName(manifestPath)!;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath!));
        var siblings = Siblings(corpus, manifest);
        var dirty = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in manifest.RootElement.EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var outlet = entry.GetProperty("outlet").GetString()!;
            var page = new RawPage(File.ReadAllBytes(Path.Combine(corpus, file)), new Uri(entry.GetProperty("url").GetString()!), null, ExtractionPaths.FetchedAt);
            var truth = entry.GetProperty("text").GetString();
            if (ArticleExtractor.Default.Extract(page, TestContext.Current.CancellationToken).Text != truth) dirty[outlet] = dirty.GetValueOrDefault(outlet) + 1;
            Assert.Equal(truth, ArticleExtractor.Default.Extract(page with { Template = siblings.For(outlet, file) }, TestContext.Current.CancellationToken).Text);
        }
        // Without templates: every Steppe Times and Ұлт Ақпарат page, and the Russian pages of Евразия сегодня, keep their boilerplate.
        Assert.Equal(new Dictionary<string, int> { ["eurasia-today"] = 9, ["steppe-times"] = 8, ["ult-aqparat"] = 11 }, dirty);
    }

    private static SiblingTemplates Siblings(string corpus, JsonDocument manifest)
    {
        var siblings = new SiblingTemplates(new OutletTemplateOptions());
        foreach (var entry in manifest.RootElement.EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            siblings.Add(entry.GetProperty("outlet").GetString()!, file, File.ReadAllBytes(Path.Combine(corpus, file)));
        }
        return siblings;
    }
}
