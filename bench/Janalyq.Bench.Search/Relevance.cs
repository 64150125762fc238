using System.Globalization;
using Janalyq.Ingestion.Import;
using Janalyq.News;
using Janalyq.Pipeline;
using Janalyq.Search;
using Janalyq.Storage;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// NDCG@10 and recall@10 on bench/labels/search-queries.tsv over the demo corpus: ours (Kazakh stemmer on and off)
/// and SQLite FTS5 (its default AND of the words, and OR), per language of the query, in one run.
/// </summary>
internal static class Relevance
{
    private sealed record Judged(string Id, string Language, string Event, string Query);

    public static async Task RunAsync(string root)
    {
        var corpus = await DemoCorpus.LoadAsync(Path.Combine(root, "demo", "corpus"), CancellationToken.None);
        var queries = File.ReadLines(Path.Combine(root, "bench", "labels", "search-queries.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).Select(p => new Judged(p[0], p[1], p[2], p[3])).ToList();

        var pages = new Dictionary<long, DemoPage>();
        var systems = new List<(string Name, Func<string, Task<List<long>>> Search)>();
        var disposables = new List<IAsyncDisposable>();
        foreach (var stem in new[] { true, false })
        {
            var data = Engines.TempFolder();
            var services = await Engines.StartAsync(data, stem);
            disposables.Add(services);
            var stored = await StoreAsync(services, corpus);
            foreach (var (id, page) in stored) pages[id] = page;
            await services.GetRequiredService<PipelineRunner>().RunUntilCaughtUpAsync(CancellationToken.None);
            var index = services.GetRequiredService<SearchIndex>();
            await index.RefreshAsync(CancellationToken.None);
            var search = services.GetRequiredService<ArticleSearch>();
            systems.Add((stem ? "Janalyq (Lucene, our Kazakh stemmer)" : "Janalyq, Kazakh not stemmed", async q =>
                (await search.SearchAsync(new SearchRequest(q) { Limit = 10, Collapse = false }, CancellationToken.None)).Hits.Select(h => h.Id).ToList()));
        }
        var ftsFile = Path.Combine(Engines.TempFolder(), "fts.db");
        var fts = new Fts5(ftsFile);
        fts.Add(pages.Select(p => (p.Key, p.Value.Title ?? "", (p.Value.Lead + "\n\n" + p.Value.Text))));
        systems.Add(("SQLite FTS5 (unicode61, bm25, words AND)", q => Task.FromResult(fts.Search(q, or: false))));
        systems.Add(("SQLite FTS5 (unicode61, bm25, words OR)", q => Task.FromResult(fts.Search(q, or: true))));

        Console.WriteLine($"{queries.Count} judged queries ({string.Join(", ", queries.GroupBy(q => q.Language).Select(g => $"{g.Key} {g.Count()}"))}), {pages.Count} articles");
        Console.WriteLine("| system | language | queries | NDCG@10 | recall@10 (query's language) | recall@10 (any language) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, search) in systems)
        {
            var rows = new List<(string Language, double Ndcg, double Recall, double RecallAny)>();
            foreach (var q in queries)
            {
                var ids = await search(q.Query);
                var gains = Grades(pages, q);
                rows.Add((q.Language, Ndcg(ids, gains), Recall(ids, gains, 2), Recall(ids, gains, 1)));
            }
            foreach (var group in rows.GroupBy(r => r.Language).OrderBy(g => g.Key == "ru" ? 0 : g.Key == "kk" ? 1 : 2).Append(rows.GroupBy(_ => "all").Single()))
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2} | {3:0.000} | {4:0.000} | {5:0.000} |",
                    name, group.Key, group.Count(), group.Average(r => r.Ndcg), group.Average(r => r.Recall), group.Average(r => r.RecallAny)));
        }
        fts.Dispose();
        foreach (var d in disposables) await d.DisposeAsync();
    }

    /// <summary>Grade of every judged article of the query: 2 in the query's language, 1 in another, by page id.</summary>
    private static Dictionary<long, int> Grades(Dictionary<long, DemoPage> pages, Judged q) =>
        pages.Where(p => p.Value.Event == q.Event).ToDictionary(p => p.Key, p => p.Value.Language == q.Language ? 2 : 1);

    private static double Ndcg(List<long> ids, Dictionary<long, int> grades)
    {
        double dcg = 0;
        for (int i = 0; i < Math.Min(10, ids.Count); i++)
            if (grades.TryGetValue(ids[i], out var g)) dcg += (Math.Pow(2, g) - 1) / Math.Log2(i + 2);
        var ideal = grades.Values.OrderDescending().Take(10).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double Recall(List<long> ids, Dictionary<long, int> grades, int minimum)
    {
        var relevant = grades.Where(g => g.Value >= minimum).Select(g => g.Key).ToHashSet();
        return relevant.Count == 0 ? 0 : ids.Take(10).Count(relevant.Contains) / (double)relevant.Count;
    }

    private static async Task<List<(long Id, DemoPage Page)>> StoreAsync(IServiceProvider services, DemoCorpus corpus)
    {
        var stored = new List<(long, DemoPage)>();
        foreach (var page in corpus.Pages)
        {
            var body = page.Lead + "\n\n" + page.Text;
            var saved = await services.GetRequiredService<IArticleRepository>().SaveAsync(new Article
            {
                Url = page.Url,
                CanonicalUrl = page.Url,
                Title = page.Title!,
                Lead = page.Lead,
                BodyHtml = "<p>" + page.Text + "</p>",
                BodyText = body,
                PublishedAt = page.Published,
                FetchedAt = page.Published!.Value,
                Language = page.Language,
                SiteName = page.Site,
                OriginalUrl = page.OriginalUrl,
                ContentHash = ContentHash.Of(page.Title!, body),
            }, CancellationToken.None);
            stored.Add((saved.Id, page));
        }
        return stored;
    }
}
