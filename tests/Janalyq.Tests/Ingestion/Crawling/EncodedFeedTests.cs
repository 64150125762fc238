using System.Text;
using Janalyq.Tests.Fetching;

namespace Janalyq.Tests.Ingestion.Crawling;

/// <summary>Legacy-encoded feeds served over HTTP, read end to end: the pages are gone, so what is stored is the feed's own (decoded) text.</summary>
public sealed class EncodedFeedTests : IAsyncLifetime
{
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("windows-1251", "application/rss+xml", true)]
    [InlineData("koi8-r", "text/xml", true)]
    [InlineData("koi8-r", "text/xml; charset=koi8-r", false)]
    public async Task Cyrillic_in_a_legacy_encoding_is_stored_correctly(string encodingName, string contentType, bool declared)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(encodingName);
        // KOI8-R has no guillemets (its encoder best-fits « » to < >): plain quotes, and ё, which it has.
        const string title = "Акимат Алматы утвердил \"зелёный\" бюджет";
        var description = string.Concat(Enumerable.Repeat("Депутаты маслихата обсудили расходы на озеленение и ремонт арыков. ", 5));
        var xml = $"<?xml version=\"1.0\"{(declared ? $" encoding=\"{encodingName}\"" : "")}?><rss version=\"2.0\"><channel><title>Газета</title>" +
            $"<item><title>{title}</title><link>{_server.Url("/gone/1")}</link><description>{description}</description></item></channel></rss>";
        _server.Map("/rss", encoding.GetBytes(xml), contentType);
        await using var harness = await CrawlHarness.StartAsync();

        var report = await harness.RunAsync([CrawlHarness.Source("legacy", _server.Url("/rss"))], cancellationToken: TestContext.Current.CancellationToken);

        var feed = Assert.Single(report.Feeds);
        Assert.True((feed.New, feed.FromFeed) == (1, 1), feed.Error + string.Join("; ", feed.Failures));
        var article = await harness.Articles.FindByCanonicalUrlAsync(_server.Url("/gone/1").AbsoluteUri, TestContext.Current.CancellationToken);
        Assert.Equal(title, article!.Title);
        Assert.StartsWith("Депутаты маслихата", article.BodyText, StringComparison.Ordinal);
    }
}
