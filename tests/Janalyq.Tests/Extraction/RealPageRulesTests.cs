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

    /// <summary>The part of the titles the h1 repeats is the headline, whatever the site puts around it.</summary>
    [Theory]
    [InlineData("<title>В Степногорске открыли лабораторию - Новости медицины - ИА Вестник</title><meta property=\"og:title\" content=\"В Степногорске открыли лабораторию: Вестник\">",
        "<h1>В Степногорске открыли лабораторию</h1>", "В Степногорске открыли лабораторию")]
    [InlineData("<title>Наука и образование / Молоко избавит курильщиков от никотиновой зависимости</title>",
        "<h1>Молоко избавит курильщиков от никотиновой зависимости</h1>", "Молоко избавит курильщиков от никотиновой зависимости")]
    [InlineData("<title>VESTNIK.KZ::: В Павлодаре сошел с рельсов вагон с углем / Движение не прерывалось / 06.01.12 / Регион</title>",
        "<h1>В Павлодаре сошел с рельсов вагон с углем<span>Движение не прерывалось</span> <span>06.01.12 08:49</span></h1>", "В Павлодаре сошел с рельсов вагон с углем")]
    [InlineData("<title>10 лет тенге – грустный праздник / Тенге нуждается в поддержке / 06.01.12 / Финансы</title>",
        "<h1>10 лет тенге – грустный праздник<span>Тенге нуждается в поддержке</span></h1>", "10 лет тенге – грустный праздник")]
    public void The_headline_is_the_title_part_the_h1_repeats(string head, string h1, string expected)
    {
        var a = Extract($"""
            <html><head>{head}</head><body><div class="logo"><h1>Вестник</h1></div><div class="article">{h1}
            <p>Новая лаборатория будет заниматься диагностикой, и будущие родители смогут пройти анализ, сообщили в пресс-службе ведомства в понедельник.</p>
            <p>Создание лаборатории повысит качество диагностики ряда заболеваний, считают в управлении здравоохранения области.</p>
            </div></body></html>
            """);
        Assert.Equal(expected, a.Title);
    }

    /// <summary>An h1 that is the outlet's name, or an h2 that is a middle part of the title (the section), is not the headline.</summary>
    [Fact]
    public void A_logo_h1_or_a_section_h2_is_not_the_headline()
    {
        var a = Extract("""
            <html><head><title>Вестник Степи | Как мы строили новую библиотеку</title><meta property="og:site_name" content="Вестник Степи"></head>
            <body><h1>Вестник Степи</h1><h2>Как мы строили новую библиотеку</h2>
            <p>Библиотеку строили три года, и за это время проект менялся дважды, рассказали в управлении культуры города в понедельник.</p>
            </body></html>
            """);
        Assert.Equal("Как мы строили новую библиотеку", a.Title);
    }
}
