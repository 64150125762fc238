using System.Net;

namespace Janalyq.Tests.Site;

public class HomePageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Home_is_an_html_page_with_security_and_cache_headers()
    {
        var page = await site.Host.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        page.AssertHtmlPage();
        Assert.Equal("public, max-age=60", page.Header("Cache-Control"));
        // Letters are written as UTF-8, not as character references.
        Assert.Contains(">Актуальное<", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x4", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "ru", "Актуальное", "Все категории", "Версия сайта", "Политика", "Все новости раздела")]
    [InlineData("/kk/", "kk", "Өзекті", "Барлық санаттар", "Сайт нұсқасы", "Саясат", "Айдардың барлық жаңалықтары")]
    [InlineData("/en/", "en", "Trending", "All categories", "Site version", "Politics", "All news in this section")]
    public async Task Home_speaks_the_language_of_its_version(
        string path, string lang, string trending, string allCategories, string siteVersion, string politics, string allNews)
    {
        var page = await site.Host.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(lang, page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(trending, page.Text(".trending .block-title"));
        Assert.Equal(allCategories, page.Text(".allcats summary"));
        Assert.Equal(siteVersion, page.Text(".versions__label"));
        Assert.Equal(politics, page.Text("#section-politics"));
        Assert.Contains(allNews, page.Text(".section__more"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_version_switch_links_every_language_and_marks_the_current_one()
    {
        var page = await site.Host.GetAsync("/kk/");

        var links = page.Document.QuerySelectorAll(".versions a");
        Assert.Equal(["ru", "kz", "en"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["/", "/kk/", "/en/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("kz", page.Text(".versions a[aria-current]"));
    }

    [Theory]
    [InlineData("/", "Нацбанк снизил базовую ставку до 13,75%")]
    [InlineData("/kk/", "Ұлттық банк базалық мөлшерлемені 13,75%-ға дейін төмендетті")]
    public async Task Lead_story_is_the_newest_with_a_photo_in_the_readers_language(string path, string title)
    {
        var page = await site.Host.GetAsync(path);

        var lead = page.Document.QuerySelector(".card--lead")!;
        Assert.Equal(title, lead.QuerySelector(".card__title")!.TextContent);
        Assert.NotNull(lead.QuerySelector("img.photo"));
        Assert.StartsWith(path + "article/", lead.QuerySelector(".card__title a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_has_a_section_per_category_with_outlet_and_time()
    {
        var page = await site.Host.GetAsync("/");

        var sections = page.Document.QuerySelectorAll(".home__sections section");
        Assert.Equal(10, sections.Length);
        Assert.All(sections, section => Assert.InRange(section.QuerySelectorAll(".card").Length, 1, 6));
        var economy = page.Document.QuerySelector("#section-economy")!.Closest("section")!;
        Assert.Contains("Grain exports reach a record for the season", economy.TextContent, StringComparison.Ordinal);
        Assert.Contains("Евразия сегодня", economy.TextContent, StringComparison.Ordinal);
        Assert.Contains(economy.QuerySelectorAll("time"), t => t.GetAttribute("datetime") == "2026-11-23T12:00:00+05:00" && t.TextContent == "Вчера, 12:00");
        // The lead is the rate cut's story: none of its articles (ru, en, kk) is repeated in its section.
        Assert.DoesNotContain("13,75", economy.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("13.75", economy.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trending_lists_the_most_covered_stories_first()
    {
        var page = await site.Host.GetAsync("/");

        var items = page.Document.QuerySelectorAll(".trending__item");
        Assert.Equal("Соглашение о водах Сырдарьи", items[0].QuerySelector("a")!.TextContent);
        Assert.StartsWith("/story/", items[0].QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("4 источника", items[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Articles_in_another_language_carry_a_badge()
    {
        var page = await site.Host.GetAsync("/");

        var badge = page.Document.QuerySelectorAll(".card .badge").First(b => b.TextContent == "EN");
        Assert.Equal("Статья на английском языке", badge.GetAttribute("title"));
    }

    [Fact]
    public async Task Kz_prefix_redirects_to_the_kazakh_version()
    {
        var page = await site.Host.GetAsync("/kz/category/sports");

        Assert.Equal(HttpStatusCode.MovedPermanently, page.Status);
        Assert.Equal("/kk/category/sports", page.Header("Location"));
    }

    [Fact]
    public async Task Empty_site_says_so_instead_of_failing()
    {
        await using var empty = await SiteHost.StartAsync(seed: false, cancellationToken: TestContext.Current.CancellationToken);

        var page = await empty.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Новостей пока нет", page.Text(".empty"), StringComparison.Ordinal);
    }
}
