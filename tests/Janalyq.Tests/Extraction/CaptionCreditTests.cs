using System.Text;
using Janalyq.Extraction;

namespace Janalyq.Tests.Extraction;

/// <summary>The lead image's caption and credit: a credit is split off only where the caption says whose photo it is.</summary>
public sealed class CaptionCreditTests
{
    private const string Body = """
        <p>Первый абзац новости: в Алматы прошло заседание, на котором обсуждали развитие городского транспорта и новые маршруты.</p>
        <p>Второй абзац новости: участники договорились вернуться к вопросу через месяц, когда будут готовы расчёты стоимости.</p>
        """;

    private static (string? Caption, string? Credit) Extract(string figure)
    {
        var html = $"""<html><head><title>Новость</title><meta property="og:image" content="https://t.kz/img/photo-big.jpg"></head><body><article><h1>Новость</h1>{figure}{Body}</article></body></html>""";
        var a = ArticleExtractor.Default.Extract(new RawPage(Encoding.UTF8.GetBytes(html), new Uri("https://t.kz/news/1"), null, ExtractionPaths.FetchedAt), TestContext.Current.CancellationToken);
        return (a.Caption, a.Credit);
    }

    private static string Figure(string caption) => $"""<figure><img src="https://t.kz/img/photo-big.jpg"><figcaption>{caption}</figcaption></figure>""";

    [Theory]
    // Inline markup inside a caption does not split it: "На фото" (in the photo) opens a caption, it names no author.
    [InlineData("<b>На фото:</b> президент Токаев на встрече с делегацией", "На фото: президент Токаев на встрече с делегацией", null)]
    [InlineData("На <b>фото</b> президент Токаев на встрече", "На фото президент Токаев на встрече", null)]
    [InlineData("The <b>photo</b> shows the president at the summit", "The photo shows the president at the summit", null)]
    [InlineData("<b>Фото дня:</b> снегопад в Астане", "Фото дня: снегопад в Астане", null)]
    [InlineData("Президент <b>Токаев</b> на встрече с делегацией", "Президент Токаев на встрече с делегацией", null)]
    // Credits still come off, with or without markup.
    [InlineData("Президент <b>Токаев</b> на встрече. Фото: Акорда", "Президент Токаев на встрече", "Акорда")]
    [InlineData("Президент Токаев на встрече. <b>Фото:</b> Акорда", "Президент Токаев на встрече", "Акорда")]
    [InlineData("Президент Токаев на встрече. Фото Акорды", "Президент Токаев на встрече", "Акорды")]
    [InlineData("Президент Токаев на встрече (фото пресс-службы Акорды)", "Президент Токаев на встрече", "пресс-службы Акорды")]
    [InlineData("Президент Токаев на встрече | Photo by AP", "Президент Токаев на встрече", "AP")]
    [InlineData("Президент Токаев на встрече © Reuters", "Президент Токаев на встрече", "Reuters")]
    [InlineData("Фото: kremlin.ru", null, "kremlin.ru")]
    public void A_figcaption_gives_caption_and_credit(string figcaption, string? caption, string? credit) =>
        Assert.Equal((caption, credit), Extract(Figure(figcaption)));

    [Fact]
    public void Markup_in_a_json_ld_caption_is_not_kept_as_text()
    {
        var html = $$$"""
            <html><head><title>Новость</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Новость",
            "image":{"@type":"ImageObject","url":"https://t.kz/img/photo-big.jpg","caption":"<b>На фото:</b> президент Токаев. Фото: Акорда"}}</script></head>
            <body><article><h1>Новость</h1>{{{Body}}}</article></body></html>
            """;
        var a = ArticleExtractor.Default.Extract(new RawPage(Encoding.UTF8.GetBytes(html), new Uri("https://t.kz/news/1"), null, ExtractionPaths.FetchedAt), TestContext.Current.CancellationToken);
        Assert.Equal(("На фото: президент Токаев", "Акорда"), (a.Caption, a.Credit));
    }
}
