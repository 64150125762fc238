using System.Net;
using Janalyq.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Site;

/// <summary>The site over the real storage and the imported demo corpus: every page a reader can reach renders.</summary>
public sealed class DemoSiteFixture : IAsyncLifetime
{
    internal DemoSiteHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await DemoSiteHost.StartAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

public class DemoCorpusSiteTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    [Fact]
    public async Task Healthz_answers_healthy_while_the_database_answers()
    {
        var response = await site.Host.Client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Media_keys_outside_the_store_are_not_found()
    {
        foreach (var path in new[] { "/media/..%2Fjanalyq.db", "/media/janalyq.db", "/media/nothing.svg" })
        {
            var response = await site.Host.Client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Media_are_served_sandboxed_unsniffed_and_cached_for_a_year()
    {
        var home = await site.Host.GetAsync("/");
        string photo = home.Document.QuerySelector(".card--lead img")!.GetAttribute("src")!;
        Assert.EndsWith(".svg", photo, StringComparison.Ordinal); // the demo's photos are SVG, as a hostile outlet's could be

        var media = await site.Host.GetAsync(photo);

        Assert.Equal(HttpStatusCode.OK, media.Status);
        Assert.Equal("image/svg+xml", media.Header("Content-Type"));
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; sandbox", media.Header("Content-Security-Policy"));
        Assert.Equal("nosniff", media.Header("X-Content-Type-Options"));
        Assert.Equal("public, max-age=31536000, immutable", media.Header("Cache-Control"));
    }

    [Fact]
    public async Task Home_lists_the_demo_articles_by_category()
    {
        var page = await site.Host.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        page.AssertHtmlPage();
        // A section per category that has a story besides the lead's (the lead's story appears nowhere else).
        var items = await site.Host.AllArticlesAsync();
        string leadHref = page.Document.QuerySelector(".card--lead .card__title a")!.GetAttribute("href")!;
        long leadId = long.Parse(leadHref["/article/".Length..].Split('-')[0], System.Globalization.CultureInfo.InvariantCulture);
        long? leadStory = items.Single(i => i.Id == leadId).StoryId;
        var expected = items.Where(i => i.StoryId != leadStory && i.CategorySlug is not null).Select(i => i.CategorySlug!).Distinct().Order(StringComparer.Ordinal).ToList();
        var sections = page.Document.QuerySelectorAll(".home__sections section [id^='section-']").Select(e => e.Id!["section-".Length..]).Where(id => id != "other").Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count >= 9, $"only {expected.Count} categories in the demo corpus besides the lead's story");
        Assert.Equal(expected, sections);
        Assert.StartsWith("/media/", page.Document.QuerySelector(".card--lead img")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_demo_article_without_a_category_is_listed_under_other()
    {
        var uncategorised = (await site.Host.AllArticlesAsync()).Where(a => a.CategorySlug is null).Select(a => a.Id).ToList();

        var page = await site.Host.GetAsync("/category/other");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var listed = page.Document.QuerySelectorAll(".listing .card__title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(uncategorised, id => Assert.Contains(listed, href => href.StartsWith($"/article/{id}-", StringComparison.Ordinal) || href == $"/article/{id}"));
    }

    [Fact]
    public async Task Every_demo_article_page_shows_its_fields()
    {
        var repository = site.Host.Services.GetRequiredService<IArticleRepository>();
        var items = await site.Host.AllArticlesAsync();
        Assert.True(items.Count >= 60, $"only {items.Count} articles imported");

        foreach (var item in items)
        {
            var article = (await repository.GetAsync(item.Id, TestContext.Current.CancellationToken))!;
            var page = await site.Host.GetAsync($"/article/{item.Id}");

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(article.Title, page.Text("h1"));
            if (article.PublishedAt is not null)
                Assert.NotNull(page.Document.QuerySelector(".article__meta time[datetime]"));
            Assert.Equal(article.CanonicalUrl, page.Document.QuerySelector(".article__source a.button")!.GetAttribute("href"));
            if (article.ImageUrl is not null)
                Assert.StartsWith("/media/", page.Document.QuerySelector(".article__photo img")!.GetAttribute("src"), StringComparison.Ordinal);
            if (article.ImageCredit is not null)
                Assert.Contains("Фото: " + article.ImageCredit, page.Text(".article__photo figcaption"), StringComparison.Ordinal);
            if (article.OriginalUrl is not null)
                Assert.StartsWith("Первоисточник:", page.Text(".article__origin"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_category_page_and_the_photos_it_shows_are_served()
    {
        foreach (var category in Category.All)
        {
            var page = await site.Host.GetAsync($"/kk/category/{category.Slug}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotEmpty(page.Document.QuerySelectorAll(".listing .card"));
        }
        var home = await site.Host.GetAsync("/");
        string photo = home.Document.QuerySelector(".card--lead img")!.GetAttribute("src")!;
        using var response = await site.Host.Client.GetAsync(new Uri(photo, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }
}
