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
        var runs = int.TryParse(AebCommand.Option(args, "--runs"), out var r) ? r : 5;
        if (AebCommand.Option(args, "--only") is { } only) return Child(dataRoot, only, runs);

        Console.WriteLine($"speed: AEB pages in memory, one core (taskset -c 0), median of {runs} runs after one warm-up pass");
        Console.WriteLine($"{"extractor",-30} {"pages/s",9} {"ms/page",8} {"peak MB",8}");
        foreach (var mode in new[] { "ours", "smartreader", "parse" })
        {
            var line = RunChild(mode, runs);
            if (line is null) { Console.WriteLine($"{mode,-30} failed"); continue; }
            var bits = line.Split(' ');
            var pps = double.Parse(bits[2], CultureInfo.InvariantCulture);
            Console.WriteLine($"{Label(mode),-30} {pps,9:0.0} {1000 / pps,8:0.00} {bits[3],8}");
        }
        var pages = BenchData.LoadAeb(dataRoot);
        var js = ReadabilityJsPeer.Run(pages.Select(p => (p.Id, p.GzPath, p.Url)));
        if (js is not null)
            Console.WriteLine($"{"readability.js 0.6.0 + jsdom",-30} {pages.Count / js.Seconds,9:0.0} {1000 * js.Seconds / pages.Count,8:0.00} {js.PeakRssBytes / 1048576.0,8:0} (one run, not pinned)");
        return 0;
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
        var extractor = ArticleExtractor.Default;
        var parser = new HtmlParser();
        long sink = 0;
        void Pass()
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var p = pages[i];
                switch (mode)
                {
                    case "ours":
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
        var rates = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var sw = Stopwatch.StartNew();
            Pass();
            rates.Add(pages.Count / sw.Elapsed.TotalSeconds);
        }
        rates.Sort();
        var median = rates[rates.Count / 2];
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {mode} {median:0.0} {peak:0} {sink}"));
        return 0;
    }
}
