using System.Net;
using System.Text.Json;

namespace Janalyq.Tests.Site;

public class ArticlePageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string RateCut = "Нацбанк снизил базовую ставку до 13,75%";
    private const string Republication = "Подробности соглашения по Сырдарье: что изменится для фермеров";

    [Fact]
    public async Task Article_page_shows_every_field()
    {
        long id = await site.Host.IdOfAsync(RateCut);

        var page = await site.Host.GetAsync($"/article/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        page.AssertHtmlPage();
        Assert.Equal(RateCut, page.Text("h1"));
        Assert.Equal(["Главная", "Экономика", "Сюжет: 3 источника"], page.Document.QuerySelectorAll(".breadcrumb a").Select(a => a.TextContent));
        Assert.Equal("24 ноября 2026, 14:00", page.Text(".article__meta time"));
        Assert.Equal("2026-11-24T14:00:00+05:00", page.Document.QuerySelector(".article__meta time")!.GetAttribute("datetime"));
        Assert.Equal("Капитал Пресс", page.Text(".article__outlet"));
        Assert.Equal("Автор: Марат Есенов", page.Text(".article__author"));
        // The page showed its lead as the first paragraph: the body opens with it, and it is not repeated above.
        Assert.StartsWith("Регулятор сослался", page.Text(".article__body p"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".article__lead"));
        Assert.NotNull(page.Document.QuerySelector(".article__body--lead-first"));
        Assert.Equal("Здание Национального банка в Алматы Фото: Капитал Пресс", page.Text(".article__photo figcaption"));
        Assert.Contains("<h2>Что изменится</h2>", page.Document.QuerySelector(".article__body")!.InnerHtml, StringComparison.Ordinal);

        var original = page.Document.QuerySelector(".article__source a.button")!;
        Assert.Equal("Оригинал статьи ↗", original.TextContent);
        Assert.Equal("https://kapital-press.kz/news/6", original.GetAttribute("href"));
        Assert.Equal("nofollow noopener", original.GetAttribute("rel"));
        Assert.Equal("public, max-age=300", page.Header("Cache-Control"));
    }

    [Theory]
    [InlineData("", "24 ноября 2026, 14:00", "Опубликовано:", "Оригинал статьи", "Ранее по теме")]
    [InlineData("/kk", "24 қараша 2026, 14:00", "Жарияланды:", "Түпнұсқа мақала", "Осы тақырыпта бұрын")]
    [InlineData("/en", "Nov 24, 2026, 2:00 PM", "Published:", "Original article", "Earlier on this topic")]
    public async Task Article_page_speaks_the_interface_language(string prefix, string time, string published, string original, string earlier)
    {
        long id = await site.Host.IdOfAsync(RateCut);

        var page = await site.Host.GetAsync($"{prefix}/article/{id}");

        Assert.Equal(time, page.Text(".article__meta time"));
        Assert.StartsWith(published, page.Text(".article__meta span"), StringComparison.Ordinal);
        Assert.StartsWith(original, page.Text(".article__source a.button"), StringComparison.Ordinal);
        Assert.Equal(earlier, page.Text(".earlier .block-title"));
    }

    [Fact]
    public async Task Earlier_on_the_topic_lists_the_linked_earlier_story_not_the_rest_of_its_own()
    {
        long id = await site.Host.IdOfAsync(RateCut);

        var page = await site.Host.GetAsync($"/article/{id}");

        var titles = page.Document.QuerySelectorAll(".earlier .card__title").Select(t => t.TextContent).ToList();
        Assert.Equal(["Нацбанк сохранил базовую ставку на уровне 14%"], titles);
    }

    [Fact]
    public async Task Republication_names_its_original_outlet_and_links_our_copy()
    {
        long id = await site.Host.IdOfAsync(Republication);
        long originalId = await site.Host.IdOfAsync("Казахстан и Узбекистан подписали соглашение о совместном управлении водами Сырдарьи");

        var page = await site.Host.GetAsync($"/article/{id}");

        var origin = page.Document.QuerySelector(".article__origin")!;
        Assert.StartsWith("Первоисточник: Евразия сегодня", page.Text(".article__origin"), StringComparison.Ordinal);
        var outlet = origin.QuerySelector("a")!;
        Assert.Equal(SiteSampleData.WaterDealOriginalUrl, outlet.GetAttribute("href"));
        Assert.Equal("nofollow noopener", outlet.GetAttribute("rel"));
        Assert.Contains(origin.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith($"/article/{originalId}-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Republication_of_an_article_we_do_not_have_names_the_outlet_by_its_host()
    {
        long id = await site.Host.IdOfAsync("Пожар на рынке: торговцы подсчитывают убытки");

        var page = await site.Host.GetAsync($"/article/{id}");

        Assert.Equal("Первоисточник: Dala Info", page.Text(".article__origin"));
    }

    [Fact]
    public async Task Article_page_has_canonical_link_opengraph_and_news_article_json_ld()
    {
        long id = await site.Host.IdOfAsync(RateCut);

        var page = await site.Host.GetAsync($"/article/{id}");

        string canonical = page.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.Equal(new Uri(site.Host.Address, $"/article/{id}-natsbank-snizil-bazovuyu-stavku-do-13-75").AbsoluteUri, canonical);
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal(RateCut, Meta(page, "og:title"));
        Assert.Equal(canonical, Meta(page, "og:url"));
        Assert.EndsWith("/dev-media/bank.svg", Meta(page, "og:image"), StringComparison.Ordinal);
        Assert.Equal("2026-11-24T14:00:00+05:00", Meta(page, "article:published_time"));

        var script = page.Document.QuerySelector("script[type='application/ld+json']")!;
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(RateCut, root.GetProperty("headline").GetString());
        Assert.Equal("2026-11-24T14:00:00+05:00", root.GetProperty("datePublished").GetString());
        Assert.Equal("Марат Есенов", root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Капитал Пресс", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(canonical, root.GetProperty("mainEntityOfPage").GetString());
    }

    [Fact]
    public async Task A_wrong_title_in_the_address_redirects_to_the_right_one()
    {
        long id = await site.Host.IdOfAsync(RateCut);

        var page = await site.Host.GetAsync($"/en/article/{id}-old-title");

        Assert.Equal(HttpStatusCode.MovedPermanently, page.Status);
        Assert.Equal($"/en/article/{id}-natsbank-snizil-bazovuyu-stavku-do-13-75", page.Header("Location"));
    }

    [Theory]
    [InlineData("/article/999999")]
    [InlineData("/article/abc")]
    [InlineData("/article/-5")]
    public async Task Unknown_articles_are_a_localized_404(string path)
    {
        var page = await site.Host.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        page.AssertHtmlPage();
        Assert.Equal("Страница не найдена", page.Text("h1"));
    }

    private static string Meta(SitePageResponse page, string property) =>
        page.Document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content") ?? "";
}
