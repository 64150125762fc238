using System.Net;

namespace Janalyq.Tests.Site;

/// <summary>One address per page: other spellings answer 301 to it; a 404 is neither cached nor canonical; other methods 405.</summary>
public class CanonicalUrlTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        return await site.Host.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("/ru/", "/")]
    [InlineData("/ru", "/")]
    [InlineData("/RU/", "/")]
    [InlineData("/ru/category/politics?page=2", "/category/politics?page=2")]
    [InlineData("/KK/", "/kk/")]
    [InlineData("/Category/Politics", "/category/politics")]
    [InlineData("/EN/category/sports", "/en/category/sports")]
    public async Task Another_spelling_of_a_page_redirects_permanently_to_its_address(string path, string canonical)
    {
        var response = await SendAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_article_by_its_id_alone_or_in_capitals_redirects_to_its_address_with_the_title()
    {
        var article = (await site.Host.AllArticlesAsync()).First(a => a.Title.Length > 10);
        var canonical = await SendAsync(HttpMethod.Get, $"/article/{article.Id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, canonical.StatusCode);
        string address = canonical.Headers.Location!.OriginalString;
        Assert.StartsWith($"/article/{article.Id}-", address, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, address)).StatusCode);
        var capitals = await SendAsync(HttpMethod.Get, $"/Article/{article.Id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, capitals.StatusCode);
        Assert.Equal($"/article/{article.Id}", capitals.Headers.Location!.OriginalString); // and from there to the address
    }

    [Fact]
    public async Task A_missing_page_is_not_cached_and_names_no_canonical_address()
    {
        var page = await site.Host.GetAsync("/kk/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("no-store", page.Header("Cache-Control"));
        Assert.Null(page.Document.QuerySelector("link[rel=canonical]"));
        Assert.Empty(page.Document.QuerySelectorAll("link[hreflang]"));
        Assert.Equal("noindex", page.Document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("DELETE", "/category/politics")]
    [InlineData("PUT", "/rss.xml")]
    [InlineData("POST", "/no-such-page")]
    public async Task A_method_the_site_does_not_take_answers_405_naming_the_ones_it_does(string method, string path)
    {
        var response = await SendAsync(new HttpMethod(method), path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }
}
