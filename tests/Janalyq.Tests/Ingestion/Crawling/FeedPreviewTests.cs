using Janalyq.Ingestion;
using Janalyq.Ingestion.Crawling;
using Janalyq.Storage;
using Janalyq.Tests.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Ingestion.Crawling;

/// <summary>`sources test`'s preview is the crawler's own poll, into a scratch database.</summary>
public sealed class FeedPreviewTests : IAsyncLifetime
{
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_preview_shows_the_listing_and_what_the_intake_makes_of_its_first_entry()
    {
        var ct = TestContext.Current.CancellationToken;
        _server.Map("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        _server.Map("/news/1", Fixture.Article("Первая новость"));
        _server.Map("/rss", Fixture.Rss([(_server.Url("/news/1").AbsoluteUri, "Первая новость"), (_server.Url("/news/2").AbsoluteUri, "Вторая")]), "application/rss+xml");
        _server.Map("/closed.xml", Fixture.Rss([(_server.Url("/private/1").AbsoluteUri, "Закрытая новость")]), "application/rss+xml");
        await using var portal = await CrawlHarness.StartAsync();
        await using var scratch = await CrawlHarness.StartAsync();
        var preview = portal.Services.GetRequiredService<FeedPreview>();
        var store = new FeedPreview.Scratch(scratch.Services.GetRequiredService<IArticleIntake>(), scratch.States, scratch.Articles, scratch.Sources);
        var source = CrawlHarness.Source("fixture", _server.Url("/rss"));

        var open = await preview.RunAsync(source, source.Feeds[0], store, ct);
        Assert.Equal((PollStatus.Polled, Janalyq.Discovery.ListingFormat.Rss, 2), (open.Report.Status, open.Report.Format, open.Report.Listed));
        Assert.Equal((EntryState.Page, "Первая новость"), (open.First!.State, open.Article!.Title));
        Assert.Empty(_server.RequestsTo("/news/2"));

        // Robots.txt disallows the page: the crawler would store the listing's text, and says why.
        var closed = await preview.RunAsync(source, new SourceFeed(_server.Url("/closed.xml").AbsoluteUri, FeedKind.Rss), store, ct);
        Assert.Equal(EntryState.Feed, closed.First!.State);
        Assert.Contains("robots.txt disallows", closed.First.LastError, StringComparison.Ordinal);
        Assert.Equal(Janalyq.News.ContentOrigin.Feed, closed.Article!.Origin);

        Assert.Equal(0, await portal.Articles.CountAsync(ct));
        Assert.Empty(await portal.Sources.ListAsync(ct));
        Assert.Empty(await portal.States.ListFeedsAsync(ct));
    }
}
