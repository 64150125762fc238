using System.Diagnostics;
using Janalyq.Extraction;
using Janalyq.Extraction.Body;
using Janalyq.Extraction.Dates;
using Janalyq.Extraction.Metadata;
using Janalyq.Language;

namespace Janalyq.Bench;

/// <summary>Where the time goes: the extractor's stages timed one by one over all AEB pages (run it under taskset -c 0).</summary>
public static class ProfileCommand
{
    public static int Run(string dataRoot, string[] args)
    {
        var pages = AebCommand.Option(args, "--file") is { } file
            ? [new AebPage("file", "https://example.com/", File.ReadAllBytes(file), "", file)]
            : BenchData.LoadAeb(dataRoot);
        var passes = int.TryParse(AebCommand.Option(args, "--passes"), out var n) ? n : 12; // the last pass is reported: tiered JIT settled
        var times = new Dictionary<string, TimeSpan>();
        var allocated = new Dictionary<string, long>();
        var angle = new AngleSharp.Html.Parser.HtmlParser();
        using var loh = args.Contains("--loh") ? new LohListener() : null;
        var gcs = (Gen0: 0, Gen1: 0, Gen2: 0, Pause: TimeSpan.Zero);
        var sanitizer = new BodySanitizer(new ExtractionOptions().AllowedVideoHosts);
        var fetched = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        for (var pass = 0; pass < (pages.Count == 1 ? 1 : passes); pass++)
        {
            times.Clear();
            allocated.Clear();
            gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            foreach (var p in pages)
            {
                var sw = Stopwatch.StartNew();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                void Lap(string name)
                {
                    if (loh is not null) loh.Stage = "after " + name;
                    times[name] = times.GetValueOrDefault(name) + sw.Elapsed;
                    var now = GC.GetAllocatedBytesForCurrentThread();
                    allocated[name] = allocated.GetValueOrDefault(name) + now - bytes;
                    bytes = now;
                    sw.Restart();
                }
                var url = Uri.TryCreate(p.Url, UriKind.Absolute, out var u) ? u : null;
                var html = PageDecoder.Decode(p.Html, "text/html; charset=utf-8"); Lap("decode");
                if (args.Contains("--parse-twice")) { Janalyq.Markup.PageParser.ParseForExtraction(html); Lap("parse (first)"); }
                var doc = Janalyq.Markup.PageParser.ParseForExtraction(html); Lap("parse");
                var meta = PageMeta.Read(doc); Lap("meta");
                var title = TitleFinder.Find(doc, meta, null); Lap("title");
                var clock = new ZoneClock(null, "Asia/Almaty", fetched);
                DateFinder.Find(doc, meta, url, clock); Lap("dates");
                AuthorFinder.Find(doc, meta, null); Lap("author");
                LeadImageFinder.Find(doc, meta, url); Lap("image");
                OriginalSourceFinder.Find(doc, meta, url); Lap("original");
                var unlikely = DomCleaner.Clean(doc.Body!, 512, url, []); Lap("clean");
                var stats = NodeStats.Measure(doc.Body!, unlikely); Lap("stats");
                var roots = ContentLocator.Locate(doc.Body!, stats); Lap("locate");
                ContentPruner.Prune(roots, stats); Lap("prune");
                var blocks = BlockFilter.Filter(BlockCollector.Collect(roots, url), title); Lap("collect");
                var text = BodyWriter.Text(blocks);
                var markup = BodyWriter.Markup(blocks); Lap("write");
                if (args.Contains("--sanitize-parts")) { angle.ParseDocument(markup); Lap("sanitize: AngleSharp parse alone"); }
                sanitizer.Sanitize(markup); Lap("sanitize");
                LanguageGuesser.Guess(text, null); Lap("language");
                if (args.Contains("--whole")) { ArticleExtractor.Default.Extract(new RawPage(p.Html, url, "text/html; charset=utf-8", fetched)); Lap("WHOLE Extract (for comparison)"); }
            }
            if (args.Contains("--each-pass")) Console.WriteLine($"pass {pass}: {times.Values.Sum(t => t.TotalMilliseconds) / pages.Count:0.00} ms/page, cpu so far {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.0} s, gen2 {GC.CollectionCount(2)}, heap {GC.GetTotalMemory(false) / 1048576} MB");
        }
        var total = times.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        foreach (var (k, v) in times.OrderByDescending(x => x.Value))
            Console.WriteLine($"{k,-10} {v.TotalMilliseconds / pages.Count,7:0.00} ms/page {v / total,6:P1} {allocated[k] / 1024.0 / pages.Count,8:0} KB/page allocated");
        Console.WriteLine($"total      {total.TotalMilliseconds / pages.Count,7:0.00} ms/page = {pages.Count / total.TotalSeconds:0.0} pages/s, {allocated.Values.Sum() / 1024.0 / pages.Count:0} KB/page allocated");
        Console.WriteLine($"GCs in the last pass: gen0 {GC.CollectionCount(0) - gcs.Gen0}, gen1 {GC.CollectionCount(1) - gcs.Gen1}, gen2 {GC.CollectionCount(2) - gcs.Gen2}; pauses {(GC.GetTotalPauseDuration() - gcs.Pause).TotalMilliseconds / pages.Count:0.00} ms/page");
        if (loh is not null)
            foreach (var (key, count) in loh.ByStage.OrderByDescending(x => x.Value).Take(25)) Console.WriteLine($"LOH {count,6} {key}");
        return 0;
    }
}
