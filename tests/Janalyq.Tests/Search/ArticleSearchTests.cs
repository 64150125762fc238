using Janalyq.Ingestion.Import;
using Janalyq.Pipeline;
using Janalyq.Search;
using Janalyq.Storage;
using Janalyq.Tests.Support;
using Janalyq.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Search;

/// <summary>
/// Search over the demo corpus on a real SQLite database and a real Lucene index: the pipeline is run until caught up
/// and the searcher refreshed explicitly before every look (no waiting on the background refresher).
/// </summary>
public sealed class ArticleSearchTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly TempFolder _data = new();
    private Engine _engine = null!;

    internal static Task<Engine> StartAsync(string data) => Engine.StartAsync(data, configure: s =>
    {
        var configuration = new ConfigurationBuilder().Build();
        s.AddUnderstanding(configuration);
        s.AddSearch(configuration);
    });

    public async ValueTask InitializeAsync()
    {
        _engine = await StartAsync(_data.Path);
        await StoreDemoAsync(_engine);
        await CatchUpAsync(_engine);
    }

    public async ValueTask DisposeAsync()
    {
        await _engine.DisposeAsync();
        _data.Dispose();
    }

    internal static async Task StoreDemoAsync(Engine engine)
    {
        var corpus = await DemoCorpusFixture.LoadAsync();
        foreach (var page in corpus.Pages)
        {
            var body = page.Lead + "\n\n" + page.Text;
            await engine.Get<IArticleRepository>().SaveAsync(new Article
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
            }, Ct);
        }
    }

    /// <summary>Runs every stage until caught up, then reopens the searcher: what is stored is now searchable.</summary>
    internal static async Task CatchUpAsync(Engine engine)
    {
        var steps = await engine.Get<PipelineRunner>().RunUntilCaughtUpAsync(Ct);
        Assert.Equal(StageStep.CaughtUp, steps[SearchStage.StageName]);
        await engine.Get<SearchIndex>().RefreshAsync(Ct);
    }

    private Task<SearchResults> SearchAsync(string query, int limit = 10) => SearchAsync(new SearchRequest(query) { Limit = limit });

    private Task<SearchResults> SearchAsync(SearchRequest request) => _engine.Get<ArticleSearch>().SearchAsync(request, Ct);

    [Theory]
    [InlineData("Өзбекстанмен", "Өзбекстан")]          // Kazakh instrumental finds the bare name
    [InlineData("суперкомпьютерді", "суперкомпьютер")]  // Kazakh accusative
    [InlineData("Тілеубердиевтің", "Тілеубердиев")]     // Kazakh genitive of a name
    [InlineData("Тлеубердиеву", "Тлеубердиев")]        // Russian dative of a name
    [InlineData("Сырдарьей", "Сырдарь")]               // Russian instrumental
    [InlineData("суперкомпьютерами", "уперкомпьютер")] // Russian plural instrumental
    [InlineData("supercomputers", "upercomputer")]     // English plural
    public async Task Finds_the_other_inflected_forms(string query, string expected)
    {
        var results = await SearchAsync(query);
        Assert.NotEmpty(results.Hits);
        Assert.Contains(expected, results.Hits[0].Title + " " + results.Hits[0].Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<mark>", string.Concat(results.Hits.Select(h => h.Snippet)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_hit_per_story_with_the_others_counted()
    {
        var results = await SearchAsync("Тлеубердиев", limit: 50);
        Assert.NotEmpty(results.Hits);
        var stories = results.Hits.Where(h => h.Story is not null).Select(h => h.Story).ToList();
        Assert.Equal(stories.Count, stories.Distinct().Count());
        Assert.True(results.Articles > results.Hits.Count, $"{results.Articles} articles, {results.Hits.Count} hits");
        Assert.Equal(results.Articles, results.Hits.Sum(h => 1 + h.MoreInStory));
    }

    [Fact]
    public async Task Filters_and_counts()
    {
        var all = await SearchAsync("Тлеубердиев OR Тілеубердиев", limit: 50);
        Assert.True(all.Languages.Count >= 2, string.Join(",", all.Languages.Keys));
        Assert.Equal(all.Articles, all.Languages.Values.Sum());
        var kazakh = await SearchAsync(new SearchRequest("Тлеубердиев OR Тілеубердиев") { Language = "kk", Limit = 50 });
        Assert.NotEmpty(kazakh.Hits);
        Assert.All(kazakh.Hits, h => Assert.Equal("kk", h.Language));
        Assert.Equal(all.Languages["kk"], kazakh.Articles);
        var category = all.Categories.OrderByDescending(c => c.Value).First().Key;
        var inCategory = await SearchAsync(new SearchRequest("Тлеубердиев OR Тілеубердиев") { Category = category, Limit = 50 });
        Assert.All(inCategory.Hits, h => Assert.Equal(category, h.Category));
        var none = await SearchAsync(new SearchRequest("Тлеубердиев") { From = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.Empty(none.Hits);
    }

    [Fact]
    public async Task Sorted_by_date_newest_first()
    {
        var results = await SearchAsync(new SearchRequest("су OR вода OR water") { Sort = SearchSort.Date, Limit = 20 });
        var times = results.Hits.Select(h => DateTimeOffset.Parse(h.Published!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(times.Count > 2);
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task Phrases_and_exclusions()
    {
        var phrase = await SearchAsync("\"Тлеубердиев\" -бокс -боксер -боксёр");
        var all = await SearchAsync("Тлеубердиев");
        Assert.True(phrase.Articles < all.Articles, $"{phrase.Articles} of {all.Articles}");
        Assert.Empty(await SearchAsync("\"Өзбекстан суперкомпьютер\"") is { Hits: var h } ? h : []);
    }

    [Theory]
    [InlineData("\"Тлеубердиев")]          // unbalanced quote
    [InlineData("Тлеубердиев\"\"\"")]
    [InlineData("OR")]                     // lone operators
    [InlineData("AND OR NOT - + ! && ||")]
    [InlineData("-")]
    [InlineData("-Тлеубердиев")]          // only an exclusion
    [InlineData("*")]                     // wildcards
    [InlineData("Тлеуб*")]
    [InlineData("?леубердиев")]
    [InlineData("title_ru:бокс")]          // field syntax is no syntax here
    [InlineData("(бокс OR [TO] {x}) ^2 ~3 \\")]
    [InlineData("бокс\u0000\u0007\u001b[31m\u200b")] // control and format characters
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("и в на")]                // stop words only
    [InlineData("\ud83d\ude00 \ud800")]    // an emoji and a lone surrogate
    public async Task Malformed_queries_get_an_answer(string query)
    {
        var results = await SearchAsync(query);
        Assert.NotNull(results.Hits);
    }

    [Fact]
    public async Task A_ten_kilobyte_query_gets_an_answer()
    {
        var results = await SearchAsync(string.Concat(Enumerable.Repeat("Тлеубердиев бокс ", 600)));
        Assert.NotEmpty(results.Hits);
        Assert.NotNull((await SearchAsync(string.Concat(Enumerable.Repeat("\"чемпион -(", 1000)))).Hits);
    }

    [Fact]
    public async Task A_changed_article_is_found_by_its_new_words_and_not_its_old()
    {
        var repository = _engine.Get<IArticleRepository>();
        var id = (await SearchAsync("Тлеубердиев")).Hits[0].Id;
        var article = (await repository.GetAsync(id, Ct))!;
        var body = "Жаңа мәтін: зебрзвездолёт прилетел.";
        await repository.SaveAsync(article with { BodyText = body, Lead = null, ContentHash = ContentHash.Of(article.Title, body) }, Ct);
        Assert.Empty((await SearchAsync("звездолет")).Hits); // not yet: the stage has not run
        await CatchUpAsync(_engine);
        var found = await SearchAsync("зебрзвездолет"); // ё folded in the text and the query
        Assert.Equal(id, Assert.Single(found.Hits).Id);
    }

    [Fact]
    public async Task A_hidden_article_leaves_the_index()
    {
        var hit = (await SearchAsync("Тлеубердиев")).Hits[0];
        var stage = _engine.Get<IEnumerable<IPipelineStage>>().OfType<SearchStage>().Single();
        await using (var work = await _engine.Get<IStageCheckpoints>().BeginAsync(Ct))
            await stage.ProcessAsync(new StageBatch([new ArticleChange(1_000_000, hit.Id, ArticleChangeKind.Hidden, DateTimeOffset.UnixEpoch)], work), Ct);
        await _engine.Get<SearchIndex>().RefreshAsync(Ct);
        Assert.DoesNotContain((await SearchAsync("Тлеубердиев", limit: 100)).Hits, h => h.Id == hit.Id);
    }
}
