using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Janalyq.Categories;
using Janalyq.Copies;
using Janalyq.Evidence;
using Janalyq.Stories;
using Janalyq.Understanding;

/// <summary>
/// `scale FILE.jsonl [EVERY]`: streams the file (synthetic-stream.py) through ArticleUnderstanding with a window that
/// keeps every article (Stories:RecentArticles 1,000,000, Window 30 d), and prints, every EVERY articles (10,000), the
/// window's size, the CPU time per article of the last EVERY articles, the comparisons per article, and the managed heap
/// after a full collection (what the window holds, the copy index included).
/// </summary>
internal static class ScaleCommand
{
    public static int Run(string[] args)
    {
        var every = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var options = new StoryOptions { RecentArticles = 1_000_000, Window = TimeSpan.FromDays(30) };
        var understanding = new ArticleUnderstanding(ArticleClassifier.Default, new EvidenceExtractor(), options, new CopyOptions());
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long n = 0, comparisons = 0;
        Console.WriteLine("articles  window  µs/article (CPU)  µs/article (wall)  comparisons/article  heap MB  heap KB/article");
        foreach (var line in File.ReadLines(args[0]))
        {
            var e = JsonDocument.Parse(line).RootElement;
            var time = DateTimeOffset.Parse(e.GetProperty("published").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
            understanding.Understand(new UnderstandingInput(n, e.GetProperty("title").GetString()!, e.GetProperty("text").GetString()!, null, e.GetProperty("url").GetString(), null, time, null));
            comparisons += understanding.Stories.LastComparisons;
            if (++n % every != 0) continue;
            process.Refresh();
            var used = (process.TotalProcessorTime - cpu).TotalMicroseconds / every;
            var wall = clock.Elapsed.TotalMicroseconds / every;
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(FormattableString.Invariant($"{n,8}  {understanding.Stories.Count,6}  {used,16:F0}  {wall,17:F0}  {comparisons / (double)every,19:F1}  {heap / 1048576.0,7:F0}  {heap / 1024.0 / understanding.Stories.Count,15:F2}"));
            comparisons = 0;
            process.Refresh();
            cpu = process.TotalProcessorTime;
            clock.Restart();
        }
        return 0;
    }
}
