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
if (args.Length < 2 || args[0] != "speed")
{
    Console.Error.WriteLine("usage: speed FILE.jsonl | stories [--min X] [--merge X] [--timescale H] [--baseline T] [--manifest-order] FILE.jsonl...");
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
Time("language", () => { for (var i = 0; i < n; i++) languages[i] = LanguageIdentifier.Identify(articles[i].Title + "\n" + articles[i].Text[..Math.Min(2000, articles[i].Text.Length)]); });
var classifier = ArticleClassifier.Default;
Time("category", () => { foreach (var a in articles) classifier.Classify(new ClassifierInput(a.Title, a.Text, "ru", a.Url, null, null)); });
var copies = new CopyIndex(new CopyOptions());
Time("copies", () => { foreach (var a in articles) copies.Add(a.Id, a.Url, null, a.Time, a.Text); });
var evidence = new EvidenceExtractor();
Time("evidence", () => { for (var i = 0; i < n; i++) evidence.Extract(articles[i].Title, articles[i].Text, languages[i] ?? ""); });
Time("story terms", () => { foreach (var a in articles) StoryTerms.Of(a.Title, a.Text, 48); });
var stories = new StoryClusterer(new StoryOptions(), evidence);
var comparisons = 0L;
Time("stories (evidence included)", () => { for (var i = 0; i < n; i++) { stories.Add(new StoryArticle(i, articles[i].Time, languages[i] ?? "", articles[i].Title, articles[i].Text)); comparisons += stories.LastComparisons; } });
Console.WriteLine($"  comparisons per article {comparisons / (double)n:F0}, window {stories.Count}");
var all = new ArticleUnderstanding(classifier, evidence, new StoryOptions(), new CopyOptions());
Time("all (ArticleUnderstanding)", () => { foreach (var a in articles) all.Understand(a); });
return 0;

void Time(string phase, Action run)
{
    var clock = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    run();
    var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine($"{phase,-30} {n / clock.Elapsed.TotalSeconds,10:F0} articles/s wall, {n / used,10:F0} per CPU second");
}
