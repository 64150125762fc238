using Microsoft.Playwright;

namespace Janalyq.Tests.Browser;

/// <summary>
/// The demo portal in Chromium, as a reader uses it: pages fit a phone, load without a failed request or a script
/// error, and the reader can go from the front page to an article and its story by clicking — also with JavaScript
/// off.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class ReaderJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", 360)]
    [InlineData("/kk/", 360)]
    [InlineData("/en/", 360)]
    [InlineData("/", 1280)]
    [InlineData("/category/politics", 360)]
    [InlineData("/kz/category/economy", 360)]
    public async Task A_page_fits_the_screen_and_loads_everything_it_asks_for(string path, int width)
    {
        await using var tab = await browser.OpenAsync(width);

        var response = await tab.GoAsync(path);

        Assert.Equal(200, response.Status);
        int overflow = await tab.OverflowAsync();
        Assert.True(overflow == 0, $"{path} at {width} px is {overflow} px too wide: {string.Join(", ", await tab.WideElementsAsync())}");
        Assert.False(await tab.OverlapAsync(".brand__name", ".brand__search input"), $"{path} at {width} px: the search box covers the site's name");
        Assert.Empty(await tab.BrokenImagesAsync());
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task A_reader_clicks_from_the_front_page_to_an_article_and_on_to_its_story()
    {
        await using var tab = await browser.OpenAsync(360);
        await tab.GoAsync("/");

        var lead = tab.Page.Locator(".card--lead .card__title a");
        string headline = (await lead.InnerTextAsync()).Trim();
        await lead.ClickAsync();
        await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Matches("/article/[0-9]+", tab.Page.Url);
        Assert.Equal(headline, (await tab.Page.Locator("h1.article__title").InnerTextAsync()).Trim());
        Assert.True(await tab.Page.Locator(".article__body p").CountAsync() > 0, "the article page shows no paragraph of its body");
        int overflow = await tab.OverflowAsync();
        Assert.True(overflow == 0, $"the article page at 360 px is {overflow} px too wide: {string.Join(", ", await tab.WideElementsAsync())}");

        var story = tab.Page.Locator(".article__story a");
        if (await story.CountAsync() > 0)
        {
            await story.ClickAsync();
            await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Matches("/story/[0-9]+", tab.Page.Url);
            Assert.Contains(headline, await tab.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(await tab.BrokenImagesAsync());
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task Without_JavaScript_the_front_page_and_an_article_read_the_same()
    {
        await using var tab = await browser.OpenAsync(360, javaScript: false);
        await tab.GoAsync("/kz/");

        var first = tab.Page.Locator(".card__title a").First;
        string headline = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(headline, (await tab.Page.Locator("h1.article__title").InnerTextAsync()).Trim());
        Assert.True(await tab.Page.Locator(".article__body").IsVisibleAsync());
        Assert.Equal("kk", await tab.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(tab.Problems);
    }

    [Fact]
    public async Task An_unknown_page_shows_the_localized_not_found_page()
    {
        await using var tab = await browser.OpenAsync(360);

        var response = await tab.GoAsync("/kk/no-such-page");

        Assert.Equal(404, response.Status);
        Assert.Equal("kk", await tab.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await tab.Page.Locator("a[href='/kk/']").CountAsync() > 0, "the not-found page offers no way back to the front page");
        Assert.Equal(0, await tab.OverflowAsync());
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
