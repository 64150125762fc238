using AngleSharp.Html.Parser;
using Janalyq.Extraction;
using Janalyq.Fetching;
using Janalyq.Ingestion;
using Janalyq.Ingestion.Crawling;
using Janalyq.Storage;
using Janalyq.Tests.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Ingestion.Crawling;

/// <summary>The crawler wired as the host wires it, on a real SQLite database in a temporary folder.</summary>
public sealed class CrawlHarness : IAsyncDisposable
{
    private readonly Janalyq.Tests.Support.TempFolder? _owned;

    private CrawlHarness(ServiceProvider services, string dataDirectory, ManualClock clock, Janalyq.Tests.Support.TempFolder? owned)
    {
        _owned = owned;
        Services = services;
        DataDirectory = dataDirectory;
        Clock = clock;
    }

    public ServiceProvider Services { get; }
    public string DataDirectory { get; }
    public ManualClock Clock { get; }

    public CrawlRound Round => Services.GetRequiredService<CrawlRound>();
    public ICrawlStateRepository States => Services.GetRequiredService<ICrawlStateRepository>();
    public IArticleRepository Articles => Services.GetRequiredService<IArticleRepository>();
    public ISourceRepository Sources => Services.GetRequiredService<ISourceRepository>();

    public static async Task<CrawlHarness> StartAsync(
        string? dataDirectory = null,
        Action<CrawlOptions>? crawl = null,
        Action<PolitenessOptions>? politeness = null,
        IHostResolver? resolver = null,
        ManualClock? clock = null)
    {
        var owned = dataDirectory is null ? new Janalyq.Tests.Support.TempFolder("janalyq-crawl") : null;
        dataDirectory ??= owned!.Path;
        clock ??= new ManualClock();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddStorage(configuration);
        services.AddIngestion(configuration);
        services.AddSingleton<IArticleExtractor, TestExtractor>();
        if (resolver is not null) services.AddSingleton(resolver);
        services.Configure<FetchOptions>(o =>
        {
            o.AllowedNetworks = ["127.0.0.1/32"];
            o.RequestTimeout = TimeSpan.FromSeconds(5);
        });
        services.Configure<PolitenessOptions>(o =>
        {
            o.MinIntervalPerHost = TimeSpan.Zero;
            o.MaxInFlightPerHost = 4;
            politeness?.Invoke(o);
        });
        services.Configure<CrawlOptions>(o => crawl?.Invoke(o));
        services.AddCrawling(background: false);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDatabase>().MigrateAsync(CancellationToken.None);
        return new CrawlHarness(provider, dataDirectory, clock, owned);
    }

    /// <summary>Saves the sources (as `ingest` does) and runs one round over them.</summary>
    public async Task<RoundReport> RunAsync(IReadOnlyList<Source> sources, RoundScope scope = RoundScope.All, CancellationToken cancellationToken = default)
    {
        var saved = new List<Source>();
        foreach (var source in sources)
            saved.Add(source with { Id = await Sources.SaveAsync(source, cancellationToken) });
        return await Round.RunAsync(saved, scope, null, cancellationToken);
    }

    public static Source Source(string slug, params Uri[] feeds) => new()
    {
        Slug = slug,
        Name = slug,
        HomeUrl = feeds[0].GetLeftPart(UriPartial.Authority),
        Language = "ru",
        Feeds = [.. feeds.Select(f => new SourceFeed(f.AbsoluteUri, FeedKind.Rss))],
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _owned?.Dispose();
    }
}

/// <summary>Wall-clock time that a test can move forward (timers and timestamps stay real).</summary>
public sealed class ManualClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}

/// <summary>A plain extractor for the crawler's tests: h1, paragraphs, rel=canonical, published meta.</summary>
public sealed class TestExtractor : IArticleExtractor
{
    public ExtractedArticle Extract(RawPage page, CancellationToken cancellationToken = default)
    {
        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.Content.Span));
        var published = document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content");
        return new ExtractedArticle
        {
            Url = page.Url?.AbsoluteUri,
            Title = document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title,
            Text = string.Join("\n\n", document.QuerySelectorAll("article p").Select(p => p.TextContent.Trim())),
            Html = string.Concat(document.QuerySelectorAll("article p").Select(p => p.OuterHtml)),
            Canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
            Published = published is null ? null : DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}

/// <summary>Feeds and article pages for the fixture server.</summary>
public static class Fixture
{
    public static string Rss(IEnumerable<(string Link, string Title)> items, string? extra = null) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Fixture</title>" + extra +
        string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{System.Net.WebUtility.HtmlEncode(i.Link)}</link><description>{Paragraph(i.Title)} {Paragraph(i.Title)}</description><pubDate>Tue, 24 Nov 2026 10:00:00 +0500</pubDate></item>")) +
        "</channel></rss>";

    public static string Article(string title, string? canonical = null) =>
        $"<!doctype html><html><head><title>{title} | Fixture</title>{(canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">")}</head>" +
        $"<body><nav>Menu</nav><article><h1>{title}</h1><p>{Paragraph(title)}</p><p>{Paragraph(title)}</p></article></body></html>";

    public static string Paragraph(string title) =>
        $"{title}: подробности события, которые рассказали очевидцы и официальные лица. Власти сообщили, что работы продолжатся до конца недели, а жителей просят следить за объявлениями.";
}
