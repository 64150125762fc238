using System.Diagnostics;
using System.Text.Json;
using Janalyq.Categories;
using Janalyq.Copies;
using Janalyq.Evidence;
using Janalyq.Language;
using Janalyq.Stories;
using Janalyq.Understanding;

// dotnet run -c Release --project bench/Janalyq.Bench.Understanding -- speed FILE.jsonl
// Times each phase of understanding, one after the other, on the articles of a JSON Lines file (the analyze input).
// ... -- stories [options] FILE.jsonl...: pairwise scores beside the TF-IDF + average-linkage baseline (StoriesCommand).
if (args.Length >= 2 && args[0] == "stories") return StoriesCommand.Run(args[1..]);
if (args.Length >= 2 && args[0] == "scale") return ScaleCommand.Run(args[1..]);
if (args.Length < 2 || args[0] != "speed")
{
    Console.Error.WriteLine("usage: speed FILE.jsonl | scale FILE.jsonl [EVERY] | stories [--min X] [--merge X] [--timescale H] [--baseline T] [--manifest-order] FILE.jsonl...");
    return 4;
}
var articles = File.ReadLines(args[1]).Select((line, i) =>
{
    var e = JsonDocument.Parse(line).RootElement;
    var published = e.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateTimeOffset.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds() : 0;
    return new UnderstandingInput(i, e.GetProperty("title").GetString() ?? "", e.GetProperty("text").GetString()!, null, e.GetProperty("url").GetString(), null, published, null);
}).OrderBy(a => a.Time).ToList();
var n = articles.Count;
string?[] languages = new string?[n];
Time("language", () => { for (var i = 0; i < n; i++) languages[i] = LanguageIdentifier.Identify(articles[i].Title + "\n" + articles[i].Text[..Math.Min(ArticleUnderstanding.LanguageSample, articles[i].Text.Length)]); });
var classifier = ArticleClassifier.Default;
Time("category", () => { foreach (var a in articles) classifier.Classify(new ClassifierInput(a.Title, a.Text, "ru", a.Url, null, null)); });
Time("copies", () => { var copies = new CopyIndex(new CopyOptions()); foreach (var a in articles) copies.Add(a.Id, a.Url, null, a.Time, a.Text); });
var evidence = new EvidenceExtractor();
Time("evidence", () => { for (var i = 0; i < n; i++) evidence.Extract(articles[i].Title, articles[i].Text, languages[i] ?? ""); });
Time("story terms", () => { foreach (var a in articles) StoryTerms.Of(a.Title, a.Text, 48); });
var comparisons = 0L;
var window = 0;
Time("stories (evidence included)", () =>
{
    var stories = new StoryClusterer(new StoryOptions(), evidence);
    comparisons = 0;
    for (var i = 0; i < n; i++) { stories.Add(new StoryArticle(i, articles[i].Time, languages[i] ?? "", articles[i].Title, articles[i].Text)); comparisons += stories.LastComparisons; }
    window = stories.Count;
});
Console.WriteLine($"  comparisons per article {comparisons / (double)n:F0}, window {window}");
Time("all (ArticleUnderstanding)", () => { var all = new ArticleUnderstanding(classifier, evidence, new StoryOptions(), new CopyOptions()); foreach (var a in articles) all.Understand(a); });
return 0;

// Each phase runs three times (the first also compiles it); the best of the three is printed: the machine is shared,
// and the best run is the one least disturbed by the others.
void Time(string phase, Action run)
{
    double bestWall = 0, bestCpu = 0;
    for (var round = 0; round < 3; round++)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        run();
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        bestWall = Math.Max(bestWall, n / clock.Elapsed.TotalSeconds);
        bestCpu = Math.Max(bestCpu, n / used);
    }
    Console.WriteLine($"{phase,-30} {bestWall,10:F0} articles/s wall, {bestCpu,10:F0} per CPU second (best of 3)");
}
