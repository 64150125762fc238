using System.Diagnostics;
using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Janalyq.Bench.Evaluation;
using Janalyq.Extraction;

namespace Janalyq.Bench;

/// <summary>
/// Pages per second on one core over the AEB pages held in memory (decode + parse + extract + sanitize),
/// the median of several runs after a warm-up pass, and the peak working set. Each extractor runs in its
/// own child process pinned to CPU 0 (taskset), so that peak memory is its own.
/// </summary>
public static class SpeedCommand
{
    /// <summary>The most passes a process runs before its settled measurement (tiered compilation may never quite stop).</summary>
    private const int MaxPasses = 150;

    /// <summary>Methods compiled over the last <see cref="SettledWindow"/> passes at most, for the JIT to count as settled.</summary>
    private const int SettledMethods = 2;

    /// <summary>Passes the JIT must stay (almost) idle: it pauses between batches of promotions, three passes were too few.</summary>
    private const int SettledWindow = 6;

    public static int Run(string dataRoot, string[] args)
    {
        var runs = int.TryParse(AebCommand.Option(args, "--runs"), out var n) ? n : 5;
        var warmup = int.TryParse(AebCommand.Option(args, "--warmup"), out var w) ? w : 10;
        if (AebCommand.Option(args, "--only") is { } only) return Child(dataRoot, only, runs, warmup);

        Console.WriteLine($"speed: AEB pages in memory, one core (taskset -c 0); each run is a fresh process, modes interleaved, median of {runs} runs.");
        Console.WriteLine($"\"2nd pass\": the pass after one warm-up pass (JIT at its first tiers); \"warm\": the pass after {warmup} more; \"settled\": passes once");
        Console.WriteLine($"tiered compilation has settled (at most {SettledMethods} methods compiled over {SettledWindow} passes), as in a worker that runs for hours; \"passes\": how many");
        Console.WriteLine("that took. pages/s by CPU time of the process (all threads: JIT and GC included); wall clock of the settled pass beside.");
        Console.WriteLine($"{"extractor",-30} {"2nd pass",9} {"warm",9} {"settled",9} {"passes",7} {"settled wall",13} {"ms/page",8} {"peak MB",8}");
        string[] modes = ["ours", "smartreader", "parse", "lean"];
        var results = modes.ToDictionary(m => m, _ => new List<(double First, double Cpu, double Wall, double Peak, double Warm, double Passes)>());
        for (var run = 0; run < runs; run++)
            foreach (var mode in modes)
                if (RunChild(mode, 1, warmup) is { } line)
                {
                    var bits = line.Split(' ');
                    double At(int i) => double.Parse(bits[i], CultureInfo.InvariantCulture);
                    results[mode].Add((At(2), At(3), At(4), At(5), At(7), At(8)));
                }
        foreach (var mode in modes)
        {
            var r = results[mode];
            if (r.Count == 0) { Console.WriteLine($"{Label(mode),-30} failed"); continue; }
            var cpu = Median(r.Select(x => x.Cpu));
            Console.WriteLine($"{Label(mode),-30} {Median(r.Select(x => x.First)),9:0.0} {Median(r.Select(x => x.Warm)),9:0.0} {cpu,9:0.0} {Median(r.Select(x => x.Passes)),7:0} {Median(r.Select(x => x.Wall)),13:0.0} {1000 / cpu,8:0.00} {r.Max(x => x.Peak),8:0}");
        }
        // The bar is a ratio: each run's two processes ran back to back under the same load, so the median of the
        // per-run ratios is steadier on a shared machine than the ratio of the medians.
        var pairs = results["ours"].Zip(results["smartreader"], (o, sr) => (First: o.First / sr.First, Warm: o.Warm / sr.Warm, Settled: o.Cpu / sr.Cpu)).ToList();
        if (pairs.Count > 0)
            Console.WriteLine($"Janalyq / SmartReader, median of per-run ratios: 2nd pass {Median(pairs.Select(p => p.First)):0.00}x, warm {Median(pairs.Select(p => p.Warm)):0.00}x, settled {Median(pairs.Select(p => p.Settled)):0.00}x (settled per run: {string.Join(", ", pairs.Select(p => p.Settled.ToString("0.00", CultureInfo.InvariantCulture)))})");
        if (args.Contains("--no-js")) return 0;
        var pages = BenchData.LoadAeb(dataRoot);
        var js = ReadabilityJsPeer.Run(pages.Select(p => (p.Id, p.GzPath, p.Url)));
        if (js is not null)
            Console.WriteLine($"{"readability.js 0.6.0 + jsdom",-30} {pages.Count / js.Seconds,9:0.0} {1000 * js.Seconds / pages.Count,8:0.00} {js.PeakRssBytes / 1048576.0,8:0} (one run, not pinned)");
        return 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var list = values.Order().ToList();
        return list[list.Count / 2];
    }

    private static string Label(string mode) => mode switch
    {
        "ours" => "Janalyq",
        "smartreader" => "SmartReader 0.11.1",
        "lean" => "Janalyq's own parse only (Markup.PageParser; reference)",
        _ => "AngleSharp parse only",
    };

    private static string? RunChild(string mode, int runs, int warmup)
    {
        string[] arguments = ["speed", "--only", mode, "--runs", runs.ToString(CultureInfo.InvariantCulture), "--warmup", warmup.ToString(CultureInfo.InvariantCulture)];
        using var p = Process.Start(ChildProcess.OfThisProgram(typeof(SpeedCommand), arguments))!;
        var errors = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var result = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (result is null)
        {
            var last = (errors.GetAwaiter().GetResult() + output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            Console.Error.WriteLine($"speed: the {mode} child exited {p.ExitCode} without a result: {last}");
        }
        return result;
    }

    private static int Child(string dataRoot, string mode, int runs, int warmup)
    {
        var pages = BenchData.LoadAeb(dataRoot);
        var fetched = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        var urls = pages.Select(p => Uri.TryCreate(p.Url, UriKind.Absolute, out var u) ? u : null).ToArray();
        var extractor = mode == "ours-nolang" ? new ArticleExtractor(new ExtractionOptions { DetectLanguage = false }) : ArticleExtractor.Default;
        var parser = new HtmlParser();
        long sink = 0;
        void Pass()
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var p = pages[i];
                switch (mode)
                {
                    case "ours" or "ours-nolang":
                        sink += extractor.Extract(new RawPage(p.Html, urls[i], "text/html; charset=utf-8", fetched)).Text.Length;
                        break;
                    case "lean":
                        sink += Janalyq.Markup.PageParser.Parse(Encoding.UTF8.GetString(p.Html)).ElementCount;
                        break;
                    case "smartreader":
                        sink += SmartReaderPeer.Run(p.Url, Encoding.UTF8.GetString(p.Html)).Text.Length;
                        break;
                    default:
                        sink += parser.ParseDocument(Encoding.UTF8.GetString(p.Html)).All.Length;
                        break;
                }
            }
        }
        Pass(); // warm-up: JIT, lazy models, caches
        var self = Process.GetCurrentProcess();
        self.Refresh();
        var first0 = self.TotalProcessorTime;
        Pass();
        self.Refresh();
        var firstRate = pages.Count / (self.TotalProcessorTime - first0).TotalSeconds;
        var trace = Environment.GetEnvironmentVariable("JANALYQ_SPEED_JIT") is not null;
        double PassRate()
        {
            self.Refresh();
            var c0 = self.TotalProcessorTime;
            Pass();
            self.Refresh();
            return pages.Count / (self.TotalProcessorTime - c0).TotalSeconds;
        }
        // "warm": the pass after the fixed warm-up (what session 2 called steady).
        var passes = 2;
        var warmRate = 0.0;
        for (; passes < warmup + 2; passes++) warmRate = PassRate();
        // "settled": tiered compilation done. The runtime keeps promoting methods (tier 0 -> instrumented -> tier 1) for
        // many passes when new code paths keep appearing; a worker that runs for hours runs settled code. Settled = the
        // JIT compiled at most SettledMethods methods over the last SettledWindow passes; at most MaxPasses passes.
        var counts = new Queue<long>();
        counts.Enqueue(System.Runtime.JitInfo.GetCompiledMethodCount());
        while (passes < MaxPasses)
        {
            var rate = PassRate();
            passes++;
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (trace) Console.WriteLine($"pass {passes}: {rate:0} pages/s, methods compiled {compiled}, JIT time {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms");
            counts.Enqueue(compiled);
            if (counts.Count > SettledWindow + 1) counts.Dequeue();
            if (counts.Count == SettledWindow + 1 && compiled - counts.Peek() <= SettledMethods) break;
        }
        var cpuRates = new List<double>();
        var wallRates = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            self.Refresh();
            var cpu0 = self.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            Pass();
            wallRates.Add(pages.Count / sw.Elapsed.TotalSeconds);
            self.Refresh();
            cpuRates.Add(pages.Count / (self.TotalProcessorTime - cpu0).TotalSeconds);
        }
        if (Environment.GetEnvironmentVariable("JANALYQ_SPEED_THREADS") is not null)
            foreach (System.Diagnostics.ProcessThread t in self.Threads)
                if (t.TotalProcessorTime.TotalSeconds > 0.2) Console.WriteLine($"thread {t.Id}: {t.TotalProcessorTime.TotalSeconds:0.0} s");
        cpuRates.Sort();
        wallRates.Sort();
        self.Refresh();
        var peak = self.PeakWorkingSet64 / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {mode} {firstRate:0.0} {cpuRates[runs / 2]:0.0} {wallRates[runs / 2]:0.0} {peak:0} {sink} {warmRate:0.0} {passes}"));
        return 0;
    }
}
