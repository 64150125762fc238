using System.Net;
using Janalyq.Search;
using Janalyq.Tests.Site;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Search;

/// <summary>/search in every site version over the demo corpus, as `./janalyq serve` composes it.</summary>
public sealed class SearchPageTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    /// <summary>The stages caught up before the host started; the searcher is reopened here, not left to the refresher.</summary>
    private async Task<SitePageResponse> GetAsync(string path)
    {
        await site.Host.Services.GetRequiredService<SearchIndex>().RefreshAsync(TestContext.Current.CancellationToken);
        return await site.Host.GetAsync(path);
    }

    [Theory]
    [InlineData("/search?q=Тлеубердиеву", "Тлеубердиев", "Найдено статей")]
    [InlineData("/kk/search?q=Өзбекстанмен", "Өзбекстан", "Табылған мақалалар")]
    [InlineData("/en/search?q=supercomputers", "upercomputer", "Articles found")]
    public async Task Finds_and_highlights_in_every_site_version(string path, string word, string found)
    {
        var page = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        page.AssertHtmlPage();
        Assert.Contains(found, page.Html, StringComparison.Ordinal);
        Assert.NotEmpty(page.Document.QuerySelectorAll(".search__hit"));
        Assert.Contains(page.Document.QuerySelectorAll(".search__snippet mark"), m => m.TextContent.Contains(word[..4], StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(page.Document.QuerySelectorAll(".facet a"));
    }

    [Fact]
    public async Task The_counts_name_outlets_and_languages_by_their_names()
    {
        var sources = await site.Host.Services.GetRequiredService<Janalyq.Storage.ISourceRepository>().ListAsync(TestContext.Current.CancellationToken);

        var page = await GetAsync("/kk/search?q=Шымкентте");

        var names = page.Document.QuerySelectorAll(".facet a").Select(a => a.TextContent).ToList();
        Assert.Contains(names, n => sources.Any(s => n.Contains(s.Name, StringComparison.Ordinal)));
        Assert.DoesNotContain(names, n => sources.Any(s => n.StartsWith(s.Slug + " ", StringComparison.Ordinal) || n == s.Slug));
        Assert.Contains(names, n => n.StartsWith("Қазақ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_story_shows_once_with_the_others_counted()
    {
        var page = await GetAsync("/en/search?q=Tleuberdiyev+OR+Тлеубердиев+OR+Тілеубердиев");
        Assert.Contains(page.Document.QuerySelectorAll(".search__more"), a => a.TextContent.Contains("more in this story", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_facet_link_filters()
    {
        var page = await GetAsync("/search?q=Тлеубердиев+OR+Тілеубердиев&language=kk");
        Assert.All(page.Document.QuerySelectorAll(".search__hit"), hit => Assert.Equal("kk", hit.GetAttribute("lang")));
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=")]
    [InlineData("/search?q=%22")]
    [InlineData("/kk/search?q=OR")]
    [InlineData("/en/search?q=*%3F~%5E%3A()")]
    [InlineData("/search?q=%00%07%1B")]
    [InlineData("/search?q=бокс&sort=date&from=nonsense&to=2030-01-01&category=%3Cscript%3E")]
    public async Task Malformed_queries_get_a_page(string path)
    {
        var page = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        page.AssertHtmlPage();
    }

    [Fact]
    public async Task A_ten_kilobyte_query_gets_a_page()
    {
        var page = await GetAsync("/search?q=" + string.Concat(Enumerable.Repeat("%D0%B1%D0%BE%D0%BA%D1%81+", 1000)));
        Assert.True(page.Status is HttpStatusCode.OK or HttpStatusCode.RequestUriTooLong or HttpStatusCode.BadRequest, page.Status.ToString());
    }
}
