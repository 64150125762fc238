using System.Diagnostics;
using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Janalyq.Extraction;

namespace Janalyq.Bench;

/// <summary>
/// Pages per second on one core over the AEB pages held in memory (decode + parse + extract + sanitize),
/// the median of several runs after a warm-up pass, and the peak working set. Each extractor runs in its
/// own child process pinned to CPU 0 (taskset), so that peak memory is its own.
/// </summary>
public static class SpeedCommand
{
    public static int Run(string dataRoot, string[] args)
    {
        var runs = int.TryParse(AebCommand.Option(args, "--runs"), out var n) ? n : 5;
        if (AebCommand.Option(args, "--only") is { } only) return Child(dataRoot, only, runs);

        Console.WriteLine($"speed: AEB pages in memory, one core (taskset -c 0); each run is a fresh process (warm-up pass, then a timed pass),");
        Console.WriteLine($"modes interleaved, median of {runs} runs. pages/s by CPU time of the process (robust to other load) and by wall clock.");
        Console.WriteLine($"{"extractor",-30} {"pages/s cpu",12} {"pages/s wall",13} {"ms/page cpu",12} {"peak MB",8}");
        string[] modes = ["ours", "smartreader", "parse"];
        var results = modes.ToDictionary(m => m, _ => new List<(double Cpu, double Wall, double Peak)>());
        for (var run = 0; run < runs; run++)
            foreach (var mode in modes)
                if (RunChild(mode, 1) is { } line)
                {
                    var bits = line.Split(' ');
                    results[mode].Add((double.Parse(bits[2], CultureInfo.InvariantCulture), double.Parse(bits[3], CultureInfo.InvariantCulture), double.Parse(bits[4], CultureInfo.InvariantCulture)));
                }
        foreach (var mode in modes)
        {
            var r = results[mode];
            if (r.Count == 0) { Console.WriteLine($"{Label(mode),-30} failed"); continue; }
            var cpu = Median(r.Select(x => x.Cpu));
            Console.WriteLine($"{Label(mode),-30} {cpu,12:0.0} {Median(r.Select(x => x.Wall)),13:0.0} {1000 / cpu,12:0.00} {r.Max(x => x.Peak),8:0}");
        }
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
        _ => "AngleSharp parse only",
    };

    private static string? RunChild(string mode, int runs)
    {
        var dll = typeof(SpeedCommand).Assembly.Location;
        var hasTaskset = File.Exists("/usr/bin/taskset");
        var psi = new ProcessStartInfo(hasTaskset ? "/usr/bin/taskset" : Environment.ProcessPath!,
            (hasTaskset ? $"-c 0 \"{Environment.ProcessPath}\" " : "") + $"\"{dll}\" speed --only {mode} --runs {runs}")
        { RedirectStandardOutput = true, UseShellExecute = false };
        if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) is false && !dll.EndsWith(".dll", StringComparison.Ordinal)) return null;
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
    }

    private static int Child(string dataRoot, string mode, int runs)
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
        var cpuRates = new List<double>();
        var wallRates = new List<double>();
        var self = Process.GetCurrentProcess();
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
        cpuRates.Sort();
        wallRates.Sort();
        self.Refresh();
        var peak = self.PeakWorkingSet64 / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {mode} {cpuRates[runs / 2]:0.0} {wallRates[runs / 2]:0.0} {peak:0} {sink}"));
        return 0;
    }
}
