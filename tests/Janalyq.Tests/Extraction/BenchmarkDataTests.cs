using System.IO.Compression;
using System.Text.Json;
using Janalyq.Extraction;
using Janalyq.Bench.Evaluation;

namespace Janalyq.Tests.Extraction;

/// <summary>Quality guards on the public evaluation sets in ../shared/data (skipped where it is absent).</summary>
public class BenchmarkDataTests
{
    [Fact]
    public void Aeb_main_text_F1_stays_above_the_bar()
    {
        var data = ExtractionPaths.SharedDataOrSkip();
        var aeb = Path.Combine(data, "aeb");
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(aeb, "ground-truth.json")));
        var scores = new List<PageScore>();
        foreach (var p in truth.RootElement.EnumerateObject())
        {
            using var gz = new GZipStream(File.OpenRead(Path.Combine(aeb, "html", p.Name + ".html.gz")), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            var url = Uri.TryCreate(p.Value.GetProperty("url").GetString(), UriKind.Absolute, out var u) ? u : null;
            var got = ArticleExtractor.Default.Extract(new RawPage(ms.ToArray(), url, "text/html; charset=utf-8", ExtractionPaths.FetchedAt), TestContext.Current.CancellationToken);
            scores.Add(AebMetric.Score(p.Value.GetProperty("articleBody").GetString() ?? "", got.Text));
        }
        var r = AebMetric.Aggregate(scores);
        Assert.True(r.F1 >= 0.965, $"AEB F1 {r.F1:0.000} (P {r.Precision:0.000}, R {r.Recall:0.000}) fell under the 0.965 bar");
    }

    [Fact]
    public void Readability_test_pages_never_crash()
    {
        var data = ExtractionPaths.SharedDataOrSkip();
        foreach (var dir in Directory.GetDirectories(Path.Combine(data, "readability", "test", "test-pages")))
        {
            var source = Path.Combine(dir, "source.html");
            if (!File.Exists(source)) continue;
            var a = ArticleExtractor.Default.Extract(new RawPage(File.ReadAllBytes(source), new Uri("http://fakehost/test/page.html"), null, ExtractionPaths.FetchedAt), TestContext.Current.CancellationToken);
            Assert.NotNull(a.Text);
        }
    }
}
