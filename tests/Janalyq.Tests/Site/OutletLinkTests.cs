using System.Net;
using System.Text.Json;
using Janalyq.Storage;

namespace Janalyq.Tests.Site;

/// <summary>
/// Links to outlets ("Оригинал статьи", the original of a republication, JSON-LD isBasedOn) are http(s) only:
/// a page imported from a saved file without a canonical URL has a local path as its address, which no reader can
/// open and which tells the world how our disks are laid out.
/// </summary>
public class OutletLinkTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("file:///home/editor/saved/page.html", null)]
    [InlineData("https://example.kz/news/1", "file:///home/editor/saved/original.html")]
    [InlineData("javascript:alert(1)", "data:text/html,hi")]
    public async Task Only_http_addresses_are_published_as_outlet_links(string canonical, string? original)
    {
        long id = await SaveAsync(canonical, original);

        var page = await site.Host.GetAsync($"/article/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("file:", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/home/editor", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Null(page.Document.QuerySelector(".article__origin"));
        var button = page.Document.QuerySelector(".article__source a.button");
        using var json = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        if (canonical.StartsWith("https:", StringComparison.Ordinal))
        {
            Assert.Equal(canonical, button!.GetAttribute("href"));
            Assert.Equal(canonical, json.RootElement.GetProperty("isBasedOn").GetString());
        }
        else
        {
            Assert.Null(button);
            Assert.False(json.RootElement.TryGetProperty("isBasedOn", out _));
        }
    }

    private async Task<long> SaveAsync(string canonical, string? original)
    {
        var saved = await site.Host.Articles.SaveAsync(new Article
        {
            Url = canonical,
            CanonicalUrl = canonical,
            OriginalUrl = original,
            Title = "Сохранённая страница " + Guid.NewGuid().ToString("N")[..6],
            BodyHtml = "<p>Текст статьи.</p>",
            BodyText = "Текст статьи.",
            FetchedAt = SiteSampleData.Now,
            PublishedAt = SiteSampleData.Now.AddDays(-3),
            CategorySlug = "society",
            Language = "ru",
            ContentHash = Guid.NewGuid().ToString(),
        }, TestContext.Current.CancellationToken);
        return saved.Id;
    }
}
