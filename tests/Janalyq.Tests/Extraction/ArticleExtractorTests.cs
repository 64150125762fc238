using Janalyq.Extraction;

namespace Janalyq.Tests.Extraction;

public class ArticleExtractorTests
{
    private static ExtractedArticle Run(ArticleExtractor extractor, RawPage page) => extractor.Extract(page, TestContext.Current.CancellationToken);

    private static ExtractedArticle SeedLike()
    {
        var bytes = File.ReadAllBytes(ExtractionPaths.TestData("seed-like.html"));
        return Run(ArticleExtractor.Default, new RawPage(bytes, new Uri("https://vestnik.example.kz/ru/world/talks-details"), null, ExtractionPaths.FetchedAt));
    }

    [Fact]
    public void Keeps_the_article_and_drops_what_the_seed_dump_kept()
    {
        var a = SeedLike();
        Assert.StartsWith("Президенты двух стран провели", a.Text, StringComparison.Ordinal);
        foreach (var junk in new[] { "Top.Mail.Ru", "Версия сайта", "Актуальное", "Все категории", "cookie", "Читайте также", "Поделиться", "Похожие", "Комментарии", "Отличная статья", "Все права", "Оригинал статьи", "Фото:", "Подписаться", "injected" })
            Assert.DoesNotContain(junk, a.Text, StringComparison.Ordinal);
        Assert.Contains("Что обсудили\n\nБезопасность в регионе и контроль над вооружениями.\n\nБорьбу с киберпреступностью", a.Text, StringComparison.Ordinal);
        Assert.Contains("Тема | Итог\n\nКибербезопасность | Рабочая группа", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_metadata()
    {
        var a = SeedLike();
        Assert.Equal("Стали известны детали онлайн-переговоров лидеров двух стран", a.Title);
        Assert.Equal(DateTimeOffset.Parse("2021-12-08T10:15:00+06:00", System.Globalization.CultureInfo.InvariantCulture), a.Published);
        Assert.Equal(TimeSpan.FromHours(6), a.Published!.Value.Offset);
        Assert.Equal("Айгуль Серикова", a.Author);
        Assert.Equal("https://vestnik.example.kz/media/talks.jpg", a.Image);
        Assert.Equal("Лидеры на онлайн-встрече", a.Caption);
        Assert.Equal("kremlin.ru", a.Credit);
        Assert.Equal("https://vestnik.example.kz/ru/world/talks-details", a.Canonical);
        Assert.Equal("Степной вестник", a.Site);
        Assert.Equal("ru", a.Language);
        Assert.Equal("https://www.nur.kz/world/1945808-belyy-dom-soobschil/", a.OriginalUrl);
    }

    [Fact]
    public void Body_html_keeps_structure_and_nothing_executable()
    {
        var html = SeedLike().Html;
        Assert.Contains("<h2>Что обсудили</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<ul><li>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        foreach (var bad in new[] { "<script", "onclick", "javascript:", "<iframe", "<form", "<input", "alert(" })
            Assert.DoesNotContain(bad, html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<p>Сурет: Ақорда баспасөз қызметі</p>")]
    [InlineData("<p>Тағы оқыңыз: <a href='/x'>Басқа жаңалық</a></p>")]
    [InlineData("<p>Read more: <a href='/x'>Another story</a></p>")]
    public void Drops_inserts_and_credits_in_three_languages(string insert)
    {
        var body = string.Concat(Enumerable.Repeat("<p>Бұл мақаланың негізгі мәтіні, ол жеткілікті ұзын болуы керек, сондықтан бірнеше рет қайталанады.</p>", 5));
        var html = $"<html><body><article><h1>Тақырып</h1>{body}{insert}{body}</article></body></html>";
        var a = Run(ArticleExtractor.Default, new RawPage(System.Text.Encoding.UTF8.GetBytes(html), null, null, ExtractionPaths.FetchedAt));
        Assert.DoesNotContain("Сурет", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("оқыңыз", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Read more", a.Text, StringComparison.Ordinal);
        Assert.Equal("kk", a.Language);
    }

    [Fact]
    public void Host_rules_pick_the_body_and_drop_blocks()
    {
        var options = new ExtractionOptions();
        options.HostRules["vestnik.example.kz"] = new HostRule { Body = ".article-body", Drop = ["table"] };
        var bytes = File.ReadAllBytes(ExtractionPaths.TestData("seed-like.html"));
        var a = Run(new ArticleExtractor(options), new RawPage(bytes, new Uri("https://www.vestnik.example.kz/ru/x"), null, ExtractionPaths.FetchedAt));
        Assert.DoesNotContain("Кибербезопасность", a.Text, StringComparison.Ordinal);
        Assert.StartsWith("Президенты", a.Text, StringComparison.Ordinal);
    }
}
