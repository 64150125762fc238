using System.Net;

namespace Janalyq.Tests.Site;

public class NotFoundAndAssetTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/no/such/page", "ru", "Страница не найдена", "Перейти на главную")]
    [InlineData("/kk/no-such-page", "kk", "Бет табылмады", "Басты бетке өту")]
    [InlineData("/en/article/999999", "en", "Page not found", "Go to the home page")]
    [InlineData("/wp-login.php", "ru", "Страница не найдена", "Перейти на главную")]
    public async Task Not_found_is_a_localized_html_page(string path, string lang, string heading, string homeLink)
    {
        var page = await site.Host.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        page.AssertHtmlPage();
        Assert.Equal(lang, page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.Text("h1"));
        Assert.Equal(homeLink, page.Text(".notfound .button"));
        Assert.Equal("noindex", page.Document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Stylesheet_is_served_with_a_versioned_url_and_a_long_cache()
    {
        var home = await site.Host.GetAsync("/");
        string href = home.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches("^/assets/site.css\\?v=[0-9a-f]{10}$", href);

        var css = await site.Host.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, css.Status);
        Assert.Equal("text/css; charset=utf-8", css.Header("Content-Type"));
        Assert.Equal("public, max-age=31536000, immutable", css.Header("Cache-Control"));
        Assert.Contains(".card__title", css.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Host.GetAsync("/assets/nothing.css")).Status);
    }

    [Fact]
    public async Task Logo_and_favicon_are_svg()
    {
        var logo = await site.Host.GetAsync("/assets/logo.svg");
        var icon = await site.Host.GetAsync("/assets/favicon.svg");

        Assert.Equal("image/svg+xml", logo.Header("Content-Type"));
        Assert.Equal("image/svg+xml", icon.Header("Content-Type"));
        Assert.StartsWith("<svg", logo.Html, StringComparison.Ordinal);
    }
}
