using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Janalyq.Extraction;
using Janalyq.Extraction.Body;
using Janalyq.Markup;

namespace Janalyq.Bench;

/// <summary>
/// `hot [BenchmarkDotNet args]`: BenchmarkDotNet over the extractor's hot parts, on every 9th AEB page (21 pages per
/// operation): our parse against AngleSharp's, the tree walks that follow it, and the whole extractor against
/// SmartReader. In process (no generated project), so it runs offline; BenchmarkDotNet's warm-up waits for the
/// JIT, memory per operation from its diagnoser.
/// </summary>
public static class HotPartsCommand
{
    public static int Run(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithIterationCount(15).WithWarmupCount(10))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkRunner.Run<HotParts>(config, args);
        return 0;
    }
}

/// <summary>The benchmarks; each operation covers the same 21 AEB pages.</summary>
[MemoryDiagnoser]
public class HotParts
{
    private List<(byte[] Bytes, string Html, Uri? Url)> _pages = [];
    private readonly AngleSharp.Html.Parser.HtmlParser _angle = new(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = false, SkipComments = true });
    private readonly DateTimeOffset _fetched = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchData.DataRoot() ?? throw new InvalidOperationException("../shared/data not found (set JANALYQ_SHARED_DATA).");
        _pages = BenchData.LoadAeb(root).Where((_, i) => i % 9 == 0)
            .Select(p => (p.Html, Encoding.UTF8.GetString(p.Html), Uri.TryCreate(p.Url, UriKind.Absolute, out var u) ? u : null)).ToList();
    }

    [Benchmark(Description = "AngleSharp: parse (trimmed page)")]
    public int AngleSharpParse()
    {
        var n = 0;
        foreach (var p in _pages) n += _angle.ParseDocument(MarkupTrimmer.Trim(p.Html)).All.Length;
        return n;
    }

    [Benchmark(Description = "Janalyq: parse (trimming while parsing)")]
    public int OurParse()
    {
        var n = 0;
        foreach (var p in _pages) n += PageParser.ParseForExtraction(p.Html).ElementCount;
        return n;
    }

    [Benchmark(Description = "Janalyq: parse + clean + measure + locate")]
    public int Walks()
    {
        var n = 0;
        foreach (var p in _pages)
        {
            var doc = PageParser.ParseForExtraction(p.Html);
            var unlikely = DomCleaner.Clean(doc.Body, 512, p.Url, []);
            var stats = NodeStats.Measure(doc.Body, unlikely);
            n += ContentLocator.Locate(doc.Body, stats).Count;
        }
        return n;
    }

    [Benchmark(Baseline = true, Description = "SmartReader 0.11.1: whole article")]
    public int SmartReaderWhole()
    {
        var n = 0;
        foreach (var p in _pages) n += SmartReaderPeer.Run(p.Url?.AbsoluteUri ?? "", Encoding.UTF8.GetString(p.Bytes)).Text.Length;
        return n;
    }

    [Benchmark(Description = "Janalyq: whole article (decode + extract + sanitize)")]
    public int OurWhole()
    {
        var n = 0;
        foreach (var p in _pages) n += ArticleExtractor.Default.Extract(new RawPage(p.Bytes, p.Url, "text/html; charset=utf-8", _fetched)).Text.Length;
        return n;
    }
}
