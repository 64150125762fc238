using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Janalyq.Ingestion.Import;
using Janalyq.Search;
using Janalyq.Storage;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Query latency on a generated corpus (the demo corpus's sentences recombined per language, seeded: the same corpus
/// every run), ours beside SQLite FTS5, one query at a time on one thread: p50, p99, queries per second, index size,
/// indexing rate. Queries are drawn from the corpus: single words (inflected as they occur), two adjacent words, a
/// quoted two-word phrase.
/// </summary>
internal static class Latency
{
    private static readonly string[] Categories = ["politics", "economy", "society", "sports", "technology"];

    public static async Task RunAsync(string root, int articles, int queryCount)
    {
        var corpus = await DemoCorpus.LoadAsync(Path.Combine(root, "demo", "corpus"), CancellationToken.None);
        var random = new Random(20261206);
        var byLanguage = corpus.Pages.GroupBy(p => p.Language ?? "ru").ToDictionary(g => g.Key, g => (
            Titles: g.Select(p => p.Title ?? "").ToArray(),
            Sentences: g.SelectMany(p => Regex.Split(p.Lead + " " + p.Text, @"(?<=[.!?])\s+")).Where(s => s.Length > 20).ToArray()));
        var languages = byLanguage.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(5)).ToUnixTimeMilliseconds();
        var documents = new List<SearchDocument>(articles);
        for (int i = 1; i <= articles; i++)
        {
            var language = languages[random.Next(languages.Length)];
            var pool = byLanguage[language];
            var body = new StringBuilder();
            int sentences = 6 + random.Next(20);
            for (int s = 0; s < sentences; s++) body.Append(pool.Sentences[random.Next(pool.Sentences.Length)]).Append(s % 4 == 3 ? "\n\n" : " ");
            var time = start + (long)(random.NextDouble() * 340 * 86_400_000L);
            documents.Add(new SearchDocument(i, $"https://example.kz/{i}", pool.Titles[random.Next(pool.Titles.Length)], null, body.ToString(), language,
                Categories[random.Next(Categories.Length)], $"outlet-{random.Next(40)}", null,
                DateTimeOffset.FromUnixTimeMilliseconds(time).ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                time, 1 + i / 3, null));
        }
        var queries = new List<string>(queryCount);
        while (queries.Count < queryCount)
        {
            var d = documents[random.Next(documents.Count)];
            var words = Regex.Matches(d.Text, @"\p{L}{4,}").Select(m => m.Value).ToArray();
            if (words.Length < 3) continue;
            int at = random.Next(words.Length - 1);
            queries.Add((queries.Count % 10) switch
            {
                < 5 => words[at],
                < 8 => words[at] + " " + words[at + 1],
                _ => "\"" + words[at] + " " + words[at + 1] + "\"",
            });
        }
        long textBytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text) + Encoding.UTF8.GetByteCount(d.Title));
        Console.WriteLine($"{articles} generated articles ({textBytes / 1_048_576.0:0} MiB of text), {queryCount} queries (50% one word, 30% two words, 20% quoted phrase)");

        // Ours: the documents written straight into the index (the stage's own writes, without the database).
        var data = Engines.TempFolder();
        await using var services = await Engines.StartAsync(data, stemKazakh: true);
        var index = services.GetRequiredService<SearchIndex>();
        var clock = Stopwatch.StartNew();
        foreach (var chunk in documents.Chunk(5000))
            await index.WriteAsync(w => { foreach (var doc in chunk) w.AddDocument(SearchDocuments.ToLucene(doc)); }, chunk[^1].Id, close: false, CancellationToken.None);
        index.CloseWriter();
        var oursIndexing = clock.Elapsed;
        await index.RefreshAsync(CancellationToken.None);
        var oursSize = Directory.GetFiles(index.FolderPath).Sum(f => new FileInfo(f).Length);
        var search = services.GetRequiredService<ArticleSearch>();
        var ours = await MeasureAsync(queries, async q => await search.SearchAsync(new SearchRequest(q) { Limit = 10 }, CancellationToken.None));
        int oursFound = 0;
        foreach (var q in queries) oursFound += (await search.SearchAsync(new SearchRequest(q) { Limit = 10 }, CancellationToken.None)).Hits.Count > 0 ? 1 : 0;

        var builder = new QueryBuilder(SearchFields.Analyzer(), 3f);
        var bare = await MeasureAsync(queries, async q =>
        {
            if (builder.Build(UserQuery.Parse(q)) is { } query) await index.SearchAsync(s => s.Search(query, 10), CancellationToken.None);
        });
        var noSnippets = await MeasureAsync(queries, async q => await search.SearchAsync(new SearchRequest(q) { Limit = 1 }, CancellationToken.None));

        var ftsFile = Path.Combine(Engines.TempFolder(), "fts.db");
        using var fts = new Fts5(ftsFile);
        clock.Restart();
        foreach (var chunk in documents.Chunk(5000)) fts.Add(chunk.Select(d => (d.Id, d.Title, d.Text)));
        var ftsIndexing = clock.Elapsed;
        var peer = await MeasureAsync(queries, q => { fts.Search(q, or: false); return Task.CompletedTask; });
        int ftsFound = queries.Count(q => fts.Search(q, or: false).Count > 0);

        Console.WriteLine("| system | p50 ms | p99 ms | queries/s (1 thread) | queries with a hit | index MiB | indexing articles/s |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Row("Janalyq (Lucene.NET 4.8, collapse, counts, snippets)", ours, oursFound, queryCount, oursSize, articles / oursIndexing.TotalSeconds);
        Row("Janalyq, the same with 1 hit (1 snippet)", noSnippets, oursFound, queryCount, oursSize, articles / oursIndexing.TotalSeconds);
        Row("Lucene query alone (top 10 ids: no counts, collapse, freshness, snippets)", bare, oursFound, queryCount, oursSize, articles / oursIndexing.TotalSeconds);
        Row("SQLite FTS5 (bm25, AND, ids only)", peer, ftsFound, queryCount, fts.Size(), articles / ftsIndexing.TotalSeconds);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "ratio p50 FTS5/ours: {0:0.00}; p99: {1:0.00}", peer.P50 / ours.P50, peer.P99 / ours.P99));
    }

    private static void Row(string name, (double P50, double P99, double Qps) m, int found, int total, long bytes, double rate) =>
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:0.00} | {2:0.00} | {3:0} | {4}/{5} | {6:0} | {7:0} |",
            name, m.P50, m.P99, m.Qps, found, total, bytes / 1_048_576.0, rate));

    private static async Task<(double P50, double P99, double Qps)> MeasureAsync(List<string> queries, Func<string, Task> run)
    {
        foreach (var q in queries.Take(200)) await run(q); // warm-up (JIT, caches), not timed
        var times = new List<double>(queries.Count);
        var all = Stopwatch.StartNew();
        foreach (var q in queries)
        {
            var one = Stopwatch.StartNew();
            await run(q);
            times.Add(one.Elapsed.TotalMilliseconds);
        }
        all.Stop();
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)(times.Count * 0.99))], queries.Count / all.Elapsed.TotalSeconds);
    }
}
