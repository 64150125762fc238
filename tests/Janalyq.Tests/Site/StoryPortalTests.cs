using System.Net;
using AngleSharp.Dom;

namespace Janalyq.Tests.Site;

/// <summary>
/// A news day as understanding leaves it in the database: a flu-vaccination story in three languages with two
/// copies of its Russian original, the earlier story it links to, a later one and itself wrongly linked, a horoscope
/// (not news) and an English article no rubric placed. The site reads it from SQLite.
/// </summary>
public sealed class StoryPortalFixture : IAsyncLifetime
{
    internal SiteHost Host { get; private set; } = null!;
    public long Original { get; private set; }
    public long CopyByZakon { get; private set; }
    public long CopyByOrda { get; private set; }
    public long Kazakh { get; private set; }
    public long English { get; private set; }
    public long EarlierArticle { get; private set; }
    public long LaterArticle { get; private set; }
    public long Horoscope { get; private set; }
    public long Uncategorised { get; private set; }
    public long Flu { get; private set; }
    public long FluOctober { get; private set; }
    public long FluDecember { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Host = await SiteHost.StartAsync(seed: false, cancellationToken: TestContext.Current.CancellationToken);
        var w = new StoryWriter(Host);
        await w.OutletAsync("tengri", "Tengri", "ru");
        await w.OutletAsync("zakon", "Zakon", "ru");
        await w.OutletAsync("orda", "Orda", "ru");
        await w.OutletAsync("qazinform", "Qazinform", "kk");
        await w.OutletAsync("astana-times", "The Astana Times", "en");
        await w.OutletAsync("vlast", "Vlast", "ru");

        EarlierArticle = await w.ArticleAsync("vlast", "ru", "Минздрав объявил о начале кампании вакцинации", 240, photo: true);
        FluOctober = await w.StoryAsync("Кампания вакцинации", "health", null, EarlierArticle);

        Original = await w.ArticleAsync("tengri", "ru", "Прививку от гриппа сделали 1,2 миллиона казахстанцев", 5, photo: true);
        CopyByZakon = await w.ArticleAsync("zakon", "ru", "Прививку от гриппа сделали 1,2 миллиона казахстанцев", 4.9, photo: true, copyOf: Original);
        CopyByOrda = await w.ArticleAsync("orda", "ru", "Прививку от гриппа сделали 1,2 миллиона казахстанцев", 4.8, copyOf: Original);
        Kazakh = await w.ArticleAsync("qazinform", "kk", "Тұмауға қарсы 1,2 миллион қазақстандық екпе салдырды", 4.5, photo: true);
        English = await w.ArticleAsync("astana-times", "en", "1.2 million Kazakhstanis get flu shots", 4, photo: true);
        Flu = await w.StoryAsync("Прививки от гриппа", "health",
            new Dictionary<string, string> { ["ru"] = "Прививки от гриппа", ["kk"] = "Тұмауға қарсы екпе", ["en"] = "Flu vaccination" },
            Original, CopyByZakon, CopyByOrda, Kazakh, English);

        LaterArticle = await w.ArticleAsync("vlast", "ru", "Кампанию вакцинации продлили до конца декабря", 3.5);
        FluDecember = await w.StoryAsync("Кампанию продлили", "health", null, LaterArticle);
        // The earlier story, a later one and the story itself: only the first is "earlier" (the others are bad links).
        await w.RelatedAsync(Flu, (FluOctober, 0.5), (FluDecember, 0.9), (Flu, 1.0));

        Horoscope = await w.ArticleAsync("tengri", "ru", "Гороскоп на неделю для всех знаков", 0.5, category: "society", photo: true, isNews: false);
        Uncategorised = await w.ArticleAsync("astana-times", "en", "Astana hosts the chess olympiad", 3, category: null);
        await w.ArticleAsync("zakon", "ru", "В Алматы открылся новый парк", 6, category: "society", photo: true);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

public class StoryPortalTests(StoryPortalFixture site) : IClassFixture<StoryPortalFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/kk/")]
    [InlineData("/en/")]
    public async Task Home_shows_no_story_twice_in_a_block_and_the_lead_nowhere_else(string path)
    {
        var page = await site.Host.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var blocks = page.Document.QuerySelectorAll(".home__sections section, .home__latest, .trending").ToList();
        Assert.NotEmpty(blocks);
        foreach (var block in blocks)
        {
            var stories = StoriesIn(block);
            Assert.Equal(stories.Count, stories.Distinct().Count());
        }
        var lead = StoriesIn(page.Document.QuerySelector(".home__lead")!).Single();
        Assert.Equal("flu", lead);
        Assert.DoesNotContain(lead, StoriesIn(page.Document.QuerySelector(".trending")!));
        Assert.DoesNotContain(lead, StoriesIn(page.Document.QuerySelector(".home__sections")!));
    }

    [Fact]
    public async Task A_story_card_shows_its_outlets_and_languages()
    {
        var page = await site.Host.GetAsync("/");

        var lead = page.Document.QuerySelector(".card--lead")!;
        var outlets = lead.QuerySelector(".meta__story")!;
        Assert.Equal("5 источников", outlets.TextContent);
        Assert.Equal($"/story/{site.Flu}", outlets.GetAttribute("href"));
        Assert.Equal(["EN", "KZ", "RU"], lead.QuerySelectorAll(".badge").Select(b => b.TextContent));
    }

    [Fact]
    public async Task Copies_are_never_cards_of_their_own()
    {
        foreach (var path in new[] { "/", "/kk/", "/en/", "/category/health", "/en/category/health" })
        {
            var page = await site.Host.GetAsync(path);
            var linked = ArticleIdsIn(page.Document.QuerySelector("main")!);
            Assert.DoesNotContain(site.CopyByZakon, linked);
            Assert.DoesNotContain(site.CopyByOrda, linked);
        }
    }

    [Fact]
    public async Task Articles_that_are_not_news_are_in_no_list()
    {
        foreach (var path in new[] { "/", "/category/society", "/category/other", $"/article/{site.Original}", $"/story/{site.Flu}" })
        {
            var page = await site.Host.GetAsync(path);
            Assert.DoesNotContain(site.Horoscope, ArticleIdsIn(page.Document.QuerySelector("main")!));
            Assert.DoesNotContain("Гороскоп", page.Html, StringComparison.Ordinal);
        }
        // Its own page still answers: a link to it from elsewhere keeps working.
        Assert.Equal(HttpStatusCode.OK, (await site.Host.GetAsync($"/article/{site.Horoscope}")).Status);
    }

    [Fact]
    public async Task An_article_no_category_claims_is_listed_under_other_and_in_the_home_sections()
    {
        var other = await site.Host.GetAsync("/en/category/other");
        var home = await site.Host.GetAsync("/en/");

        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal("Other", other.Text("h1"));
        Assert.Contains(site.Uncategorised, ArticleIdsIn(other.Document.QuerySelector(".listing")!));
        Assert.Contains(site.Uncategorised, ArticleIdsIn(home.Document.QuerySelector("#section-other")!.Closest("section")!));
    }

    [Fact]
    public async Task Story_page_is_a_timeline_with_copies_under_their_original()
    {
        var page = await site.Host.GetAsync($"/story/{site.Flu}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Прививки от гриппа", page.Text("h1"));
        Assert.Equal("Сюжет · 5 источников", page.Text(".kicker"));
        var items = page.Document.QuerySelectorAll(".timeline__item");
        Assert.Equal([site.Original, site.Kazakh, site.English], items.Select(i => ArticleIdsIn(i.QuerySelector(".timeline__title")!).Single()));
        Assert.Equal(["Tengri", "Qazinform", "The Astana Times"], items.Select(i => i.QuerySelector(".timeline__outlet")!.TextContent));
        Assert.Equal(["RU", "KZ", "EN"], items.Select(i => i.QuerySelector(".badge")!.TextContent));
        Assert.Equal(["10:00", "10:30", "11:00"], items.Select(i => i.QuerySelector("time")!.TextContent));
        var also = items[0].QuerySelector(".timeline__also")!;
        Assert.Equal("Также опубликовали: Zakon, Orda", string.Join(' ', also.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal([site.CopyByZakon, site.CopyByOrda], ArticleIdsIn(also));
        Assert.Null(items[1].QuerySelector(".timeline__also"));
    }

    [Fact]
    public async Task A_copy_names_its_original_and_the_other_copies()
    {
        var copy = await site.Host.GetAsync($"/article/{site.CopyByZakon}");
        var original = await site.Host.GetAsync($"/article/{site.Original}");

        Assert.Equal("Также опубликовали", copy.Text(".article__also-title"));
        Assert.Equal(["Tengri", "Orda"], copy.Document.QuerySelectorAll(".article__also li a").Select(a => a.TextContent));
        Assert.Equal([site.Original, site.CopyByOrda], ArticleIdsIn(copy.Document.QuerySelector(".article__also")!));
        Assert.Equal([site.CopyByZakon, site.CopyByOrda], ArticleIdsIn(original.Document.QuerySelector(".article__also")!));
        var kazakh = await site.Host.GetAsync($"/article/{site.Kazakh}");
        Assert.Null(kazakh.Document.QuerySelector(".article__also"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/kk")]
    [InlineData("/en")]
    public async Task An_article_links_the_same_story_in_the_other_languages(string prefix)
    {
        var russian = await site.Host.GetAsync($"{prefix}/article/{site.Original}");
        var kazakh = await site.Host.GetAsync($"{prefix}/article/{site.Kazakh}");

        var links = russian.Document.QuerySelectorAll(".article__languages a");
        Assert.Equal(["Read in English →", "Бұл жаңалық қазақша →"], links.Select(a => a.TextContent));
        Assert.Equal(["en", "kk"], links.Select(a => a.GetAttribute("lang")));
        Assert.StartsWith($"/en/article/{site.English}-", links[0].GetAttribute("href"), StringComparison.Ordinal);
        Assert.StartsWith($"/kk/article/{site.Kazakh}-", links[1].GetAttribute("href"), StringComparison.Ordinal);
        // From Kazakh, "in Russian" is the original, never one of its copies.
        var toRussian = kazakh.Document.QuerySelectorAll(".article__languages a").Single(a => a.GetAttribute("lang") == "ru");
        Assert.Equal("Читать на русском →", toRussian.TextContent);
        Assert.StartsWith($"/article/{site.Original}-", toRussian.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Earlier_lists_only_linked_stories_that_are_earlier_and_not_the_same()
    {
        var page = await site.Host.GetAsync($"/article/{site.English}");

        Assert.Equal("Ранее по теме", page.Text(".earlier .block-title"));
        var listed = ArticleIdsIn(page.Document.QuerySelector(".earlier")!);
        Assert.Equal([site.EarlierArticle], listed);
    }

    [Fact]
    public async Task Earlier_never_lists_later_articles_and_without_a_link_shows_nothing()
    {
        // Before, "Ранее по теме" listed the rest of the article's story and the newest of its category: later articles.
        var first = await site.Host.GetAsync($"/article/{site.Original}");
        var later = await site.Host.GetAsync($"/article/{site.LaterArticle}");

        Assert.Equal([site.EarlierArticle], ArticleIdsIn(first.Document.QuerySelector(".earlier")!));
        // The later story links to no earlier one: nothing, rather than whatever is newest.
        Assert.Null(later.Document.QuerySelector(".earlier"));
    }

    [Theory]
    [InlineData("/", "Прививку от гриппа сделали 1,2 миллиона казахстанцев", "Tengri")]
    [InlineData("/kk/", "Тұмауға қарсы 1,2 миллион қазақстандық екпе салдырды", "Qazinform")]
    [InlineData("/en/", "1.2 million Kazakhstanis get flu shots", "The Astana Times")]
    public async Task The_site_version_shows_the_storys_article_in_its_language(string path, string title, string outlet)
    {
        var page = await site.Host.GetAsync(path);

        var lead = page.Document.QuerySelector(".card--lead")!;
        Assert.Equal(title, lead.QuerySelector(".card__title")!.TextContent);
        Assert.Equal(outlet, lead.QuerySelector(".meta__source")!.TextContent);
    }

    [Theory]
    [InlineData("", "Прививки от гриппа")]
    [InlineData("/kk", "Тұмауға қарсы екпе")]
    [InlineData("/en", "Flu vaccination")]
    public async Task The_site_version_shows_the_storys_title_in_its_language(string prefix, string title)
    {
        var story = await site.Host.GetAsync($"{prefix}/story/{site.Flu}");
        var parkPage = await site.Host.GetAsync($"{prefix}/article/{site.LaterArticle}");

        Assert.Equal(title, story.Text("h1"));
        // "Актуальное" beside another article names the story in the page's language.
        Assert.Contains(title, parkPage.Document.QuerySelectorAll(".trending__item > a").Select(a => a.TextContent));
    }

    /// <summary>What each card or line of a block stands for: "flu" for any article of the flu story, else its link.</summary>
    private List<string> StoriesIn(IElement block)
    {
        long[] flu = [site.Original, site.CopyByZakon, site.CopyByOrda, site.Kazakh, site.English];
        return block.QuerySelectorAll(".card__title a, .trending__item > a")
            .Select(a => a.GetAttribute("href")!)
            .Select(href => href.Contains($"/story/{site.Flu}", StringComparison.Ordinal) || flu.Any(id => href.Contains($"/article/{id}-", StringComparison.Ordinal))
                ? "flu"
                : href)
            .ToList();
    }

    private static List<long> ArticleIdsIn(IElement element) =>
        element.QuerySelectorAll("a[href*='/article/']")
            .Select(a => a.GetAttribute("href")!)
            .Select(href => href[(href.IndexOf("/article/", StringComparison.Ordinal) + "/article/".Length)..])
            .Select(key => long.Parse(key.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
}
