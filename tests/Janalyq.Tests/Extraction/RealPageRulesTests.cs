using Janalyq.Extraction;

namespace Janalyq.Tests.Extraction;

/// <summary>
/// Rules found on real Russian news pages (bench/labels, issue 15), each on a small hand-written page in the same
/// shape: the site's legal notice, the headline's site name and section, the header's clock, widgets.
/// </summary>
public class RealPageRulesTests
{
    private static ExtractedArticle Extract(string html, string? url = null) =>
        ArticleExtractor.Default.Extract(new RawPage(System.Text.Encoding.UTF8.GetBytes(html), url is null ? null : new Uri(url), null, ExtractionPaths.FetchedAt),
            TestContext.Current.CancellationToken);

    /// <summary>A long legal footer made of prose paragraphs must not win over a short news item.</summary>
    [Fact]
    public void A_short_story_wins_over_a_long_legal_notice()
    {
        var a = Extract("""
            <html><head><title>Вагон сошел с рельсов</title></head><body>
            <div class="top"><a href="/">Главная</a> <a href="/news">Новости</a></div>
            <div class="story"><h1>Вагон сошел с рельсов</h1>
            <p>Степногорск, Январь 06 (Вестник, Дарья Иванова) – На станции Степногорск сошел с рельсов вагон грузового поезда, опрокидывания удалось избежать, никто не пострадал.</p>
            <p>Поезд следовал из Караганды в Павлодар, сообщили в пресс-службе железной дороги.</p>
            <p>Через час колесная пара была установлена на путь, и состав продолжил движение, задержек в движении поездов не было.</p>
            </div>
            <div class="bot1">
            <p>Владелец и правообладатель проекта «Вестник»: © ТОО «Вестник Медиа», 2004-2012. Все права на материалы, опубликованные на сайте, охраняются в соответствии с законодательством и международным правом, включая тексты, фотографии, видео и графику.</p>
            <p>Правовые ограничения: согласно договору между ТОО «Вестник Медиа» и авторами, на сайте публикуются материалы независимых журналистов, как резидентов, так и имеющих другое гражданство, а также материалы электронных изданий, с которыми имеются соответствующие договоры, в том числе зарегистрированного средства массовой информации.</p>
            <p>Допускается цитирование материалов без согласования с редакцией не более половины объема оригинального материала, с обязательной прямой гиперссылкой на страницу, с которой материал заимствован, до или после цитируемого блока, в тексте материала.</p>
            <p>Редакция не несет ответственности за достоверность информации, содержащейся в рекламных объявлениях, и не предоставляет справочной информации, адреса и телефоны, ни по почте, ни по телефону.</p>
            </div></body></html>
            """);
        Assert.Contains("сошел с рельсов вагон грузового поезда", a.Text, StringComparison.Ordinal);
        Assert.Contains("задержек в движении поездов не было", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("правообладатель", a.Text, StringComparison.Ordinal);
    }
}
