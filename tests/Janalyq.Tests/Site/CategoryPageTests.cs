using System.Net;
using Janalyq.Storage;

namespace Janalyq.Tests.Site;

public class CategoryPageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/category/sports", "Спорт", "Спорт: последние новости — Janalyq")]
    [InlineData("/kk/category/sports", "Спорт", "Спорт: соңғы жаңалықтар — Janalyq")]
    [InlineData("/en/category/incidents", "Incidents", "Incidents: latest news — Janalyq")]
    public async Task Category_page_lists_only_its_articles_with_localized_names(string path, string heading, string title)
    {
        var page = await site.Host.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        page.AssertHtmlPage();
        Assert.Equal(heading, page.Text("h1"));
        Assert.Equal(title, page.Document.Title);
        Assert.NotEmpty(page.Document.QuerySelectorAll(".listing .card"));
        Assert.Equal("page", page.Document.QuerySelector(".sections__list a[aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Category_page_is_paged()
    {
        await using var host = await SiteHost.StartAsync(pageSize: 5, cancellationToken: TestContext.Current.CancellationToken);
        for (int i = 0; i < 6; i++) await SaveScienceArticleAsync(host, i);
        // 6 added + 2 in the sample data: pages of 5, 3.

        var first = await host.GetAsync("/category/science");
        var second = await host.GetAsync("/category/science?page=2");
        var third = await host.GetAsync("/category/science?page=3");

        Assert.Equal(5, first.Document.QuerySelectorAll(".listing .card").Length);
        Assert.Equal("/category/science?page=2", first.Document.QuerySelector(".pager__next")!.GetAttribute("href"));
        Assert.Null(first.Document.QuerySelector(".pager__prev"));
        Assert.Equal(3, second.Document.QuerySelectorAll(".listing .card").Length);
        Assert.Equal("/category/science", second.Document.QuerySelector(".pager__prev")!.GetAttribute("href"));
        Assert.Null(second.Document.QuerySelector(".pager__next"));
        Assert.Equal("Страница 2", second.Text(".pager__current"));
        Assert.Equal(HttpStatusCode.NotFound, third.Status);
    }

    [Theory]
    [InlineData("/category/astrology")]
    [InlineData("/category/sports?page=abc")]
    [InlineData("/category/sports?page=0")]
    [InlineData("/category/sports?page=1000")]
    public async Task Unknown_categories_and_pages_are_404(string path)
    {
        var page = await site.Host.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Страница не найдена", page.Text("h1"));
    }

    [Fact]
    public async Task Story_page_lists_every_outlets_article()
    {
        var home = await site.Host.GetAsync("/en/");
        string storyPath = home.Document.QuerySelector(".trending__item a")!.GetAttribute("href")!;

        var page = await site.Host.GetAsync(storyPath);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Syr Darya water deal", page.Text("h1"));
        Assert.Equal("Story · 4 sources", page.Text(".kicker"));
        Assert.Equal(4, page.Document.QuerySelectorAll(".timeline__item").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Host.GetAsync("/story/424242")).Status);
    }

    private static Task<SaveResult> SaveScienceArticleAsync(SiteHost host, int i) =>
        host.Articles.SaveAsync(new Article
        {
            Url = $"https://example.kz/science/{i}",
            CanonicalUrl = $"https://example.kz/science/{i}",
            Title = $"Научная новость {i}",
            BodyHtml = "<p>Текст.</p>",
            BodyText = "Текст.",
            FetchedAt = SiteSampleData.Now.AddDays(-5 - i),
            CategorySlug = "science",
            ContentHash = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, TestContext.Current.CancellationToken);
}
