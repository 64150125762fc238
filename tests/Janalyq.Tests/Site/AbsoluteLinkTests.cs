using System.Net;
using System.Text.Json;

namespace Janalyq.Tests.Site;

/// <summary>
/// Canonical, og:url, hreflang and JSON-LD links of publicly cached pages. They are absolute only on an origin the
/// site trusts (Site:PublicBaseUrl, else a host AllowedHosts admits, or loopback); a Host header from anywhere else
/// would be written into a page every reader behind the same cache gets.
/// </summary>
public class AbsoluteLinkTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string RateCut = "Нацбанк снизил базовую ставку до 13,75%";

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:8080")]
    [InlineData("janalyq.kz.evil.example")]
    public async Task A_foreign_host_header_is_not_echoed_into_the_links(string host)
    {
        long id = await site.Host.IdOfAsync(RateCut);

        foreach (string path in new[] { "/", "/en/category/economy", $"/article/{id}", "/no-such-page" })
        {
            var page = await site.Host.GetAsync(path, host);

            Assert.True(page.Status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {page.Status}");
            Assert.DoesNotContain("evil.example", page.Html, StringComparison.OrdinalIgnoreCase);
            Assert.All(Links(page), link => Assert.StartsWith("/", link, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_json_ld_of_an_article_on_a_foreign_host_is_root_relative()
    {
        long id = await site.Host.IdOfAsync(RateCut);

        var page = await site.Host.GetAsync($"/article/{id}", "evil.example");

        using var json = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal($"/article/{id}-natsbank-snizil-bazovuyu-stavku-do-13-75", json.RootElement.GetProperty("url").GetString());
        Assert.Equal($"/article/{id}-natsbank-snizil-bazovuyu-stavku-do-13-75", json.RootElement.GetProperty("mainEntityOfPage").GetString());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task A_loopback_host_gets_absolute_links(string name)
    {
        string host = $"{name}:{site.Host.Address.Port}";

        var page = await site.Host.GetAsync("/en/", host);

        Assert.Equal($"http://{host}/en/", Canonical(page));
        Assert.All(Links(page), link => Assert.StartsWith($"http://{host}/", link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_host_that_allowed_hosts_admits_gets_absolute_links_and_others_are_refused()
    {
        await using var host = await SiteHost.StartAsync(
            settings: new Dictionary<string, string?> { ["AllowedHosts"] = "news.example;*.news.example" },
            cancellationToken: TestContext.Current.CancellationToken);

        var page = await host.GetAsync("/kk/", "kk.news.example");
        var refused = await host.GetAsync("/kk/", "evil.example");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("http://kk.news.example/kk/", Canonical(page));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("evil.example")]
    public async Task A_public_base_url_is_used_whatever_the_host(string? hostHeader)
    {
        await using var host = await SiteHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Site:PublicBaseUrl"] = "https://janalyq.kz/" },
            cancellationToken: TestContext.Current.CancellationToken);
        long id = await host.IdOfAsync(RateCut);

        var page = await host.GetAsync($"/article/{id}", hostHeader);

        string canonical = $"https://janalyq.kz/article/{id}-natsbank-snizil-bazovuyu-stavku-do-13-75";
        Assert.Equal(canonical, Canonical(page));
        Assert.Equal(canonical, page.Document.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.All(Links(page), link => Assert.StartsWith("https://janalyq.kz/", link, StringComparison.Ordinal));
        Assert.DoesNotContain("evil.example", page.Html, StringComparison.Ordinal);
    }

    private static string Canonical(SitePageResponse page) =>
        page.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;

    /// <summary>The page's own address as it declares it: canonical, alternates, og:url.</summary>
    private static IEnumerable<string> Links(SitePageResponse page) =>
        page.Document.QuerySelectorAll("link[rel=canonical], link[rel=alternate]").Select(l => l.GetAttribute("href")!)
            .Concat(page.Document.QuerySelectorAll("meta[property='og:url']").Select(m => m.GetAttribute("content")!));
}
