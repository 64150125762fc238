using Janalyq.Extraction;
using Janalyq.Fetching;
using Janalyq.Ingestion;
using Janalyq.Ingestion.Crawling;
using Janalyq.Storage;
using Janalyq.Tests.Fetching;
using Janalyq.Tests.Ingestion.Crawling;
using Janalyq.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Ingestion.Templates;

/// <summary>The crawler, wired as the host wires it with the real extractor: a new outlet's articles end up free of its template.</summary>
public sealed class CrawledOutletTemplateTests : IAsyncLifetime
{
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_round_over_a_new_outlet_stores_every_article_without_its_standing_plea()
    {
        const int pages = 10;
        for (var n = 1; n <= pages; n++) _server.Map($"/news/{n}", OutletPages.Html(n));
        _server.Map("/rss", Fixture.Rss(Enumerable.Range(1, pages).Select(n => (_server.Url($"/news/{n}").AbsoluteUri, $"Событие номер {n}"))), "application/rss+xml");
        using var data = new TempFolder("janalyq-templates");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = data.Path }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddStorage(configuration);
        services.AddExtraction(configuration);
        services.AddIngestion(configuration);
        services.Configure<FetchOptions>(o => o.AllowedNetworks = ["127.0.0.1/32"]);
        services.Configure<PolitenessOptions>(o => { o.MinIntervalPerHost = TimeSpan.Zero; o.MaxInFlightPerHost = 4; });
        services.AddCrawling(background: false);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDatabase>().MigrateAsync(Ct);
        var sources = provider.GetRequiredService<ISourceRepository>();
        var source = CrawlHarness.Source("kokshe", _server.Url("/rss"));
        source = source with { Id = await sources.SaveAsync(source, Ct) };

        var report = await provider.GetRequiredService<CrawlRound>().RunAsync([source], RoundScope.All, null, Ct);

        Assert.Equal(pages, report.New);
        var articles = provider.GetRequiredService<IArticleRepository>();
        for (var n = 1; n <= pages; n++)
        {
            var article = await articles.FindByCanonicalUrlAsync(_server.Url($"/news/{n}").AbsoluteUri, Ct);
            Assert.NotNull(article);
            Assert.DoesNotContain(OutletPages.Plea, article.BodyText, StringComparison.Ordinal);
            Assert.Contains($"Третий абзац материала номер {n}", article.BodyText, StringComparison.Ordinal);
        }
        Assert.Equal(0, provider.GetRequiredService<Janalyq.Ingestion.Templates.HeldPages>().Count);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
