using System.Globalization;
using System.Text;
using Janalyq.Extraction;

namespace Janalyq.Tests.Extraction;

/// <summary>
/// Issue 15's remaining shapes, each on a hand-written page: the header's clock and "today" line taken for the article's
/// date, dates of other stories, the time lost to a date-only line, widgets and prompts inside the body, and whole English
/// articles lost to a box beside them or to the page's markup.
/// </summary>
public class ChromeAndWidgetTests
{
    private static ExtractedArticle Extract(string html, string? url = null) =>
        ArticleExtractor.Default.Extract(new RawPage(Encoding.UTF8.GetBytes(html), url is null ? null : new Uri(url), null, ExtractionPaths.FetchedAt),
            TestContext.Current.CancellationToken);

    private static string When(DateTimeOffset? d) => d?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "none";

    private const string Menu = """
        <div class="menu"><a href="/">Главная</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a>
        <a href="/world">В мире</a> <a href="/sport">Спорт</a> <a href="/culture">Культура</a> <a href="/health">Здоровье</a> <a href="/tech">Технологии</a>
        <a href="/auto">Авто</a> <a href="/realty">Недвижимость</a> <a href="/travel">Путешествия</a> <a href="/photo">Фото</a> <a href="/video">Видео</a>
        <a href="/opinions">Мнения</a> <a href="/interview">Интервью</a> <a href="/archive">Архив</a> <a href="/about">О проекте</a> <a href="/ads">Реклама</a></div>
        <div class="hot">Главное сегодня: <a href="/news/a">Парламент принял бюджет на три года</a> <a href="/news/b">Снегопад парализовал движение в столице</a> <a href="/news/c">Курс валют на завтра</a>
        <a href="/news/d">В аэропорту задержали восемь рейсов из-за тумана</a></div>
        """;

    private const string Story = """
        <p>В областной больнице открылась лаборатория, где будут проводить анализы для жителей всех районов, сообщили в управлении здравоохранения.</p>
        <p>На оборудование потратили около сорока миллионов рублей, его закупили по федеральной программе, рассказал главный врач больницы.</p>
        <p>Первые пациенты пройдут обследование уже на следующей неделе, записаться можно в поликлинике по месту жительства.</p>
        """;

    /// <summary>The site's clock far above the headline is the day of the download; the article's dateline after the text wins.</summary>
    [Fact]
    public void A_header_clock_loses_to_the_dateline_after_the_text()
    {
        var a = Extract($"""
            <html><head><title>Лаборатория открылась</title></head><body>
            <div id="headerdatetime"><span>10:18:50</span> ¤ 25 ноября 2026</div>{Menu}
            <div class="newsbody"><h1>Лаборатория открылась</h1>{Story}</div>
            <div class="newsinfo">Постоянный адрес новости: <a href="/news/1">www.example.ru/news/1</a><br>13:15 23.11.2026<br><a href="?print">Версия для печати</a></div>
            </body></html>
            """);
        Assert.Equal("2026-11-23 13:15", When(a.Published));
    }

    /// <summary>A date line just above the headline is the article's kicker, not chrome.</summary>
    [Fact]
    public void A_date_line_just_above_the_headline_is_the_articles()
    {
        var a = Extract($"""
            <html><head><title>Лаборатория открылась</title></head><body>{Menu}
            <div class="article"><div class="article-date">20 ноября 2026, 09:40</div><h1>Лаборатория открылась</h1>{Story}
            <p>Ранее, 12 октября 2026 года, министерство объявило конкурс на поставку оборудования.</p></div>
            </body></html>
            """);
        Assert.Equal("2026-11-20 09:40", When(a.Published));
    }

    /// <summary>"Среда, 25 ноября 2026 г." in a date-classed header line, then the time under the headline: the day and its time.</summary>
    [Fact]
    public void A_date_only_line_takes_the_time_printed_under_the_headline()
    {
        var a = Extract($"""
            <html><head><title>Лаборатория открылась</title></head><body>
            <table><tr><td><span class="datetime"><a href="/">Вестник</a> // <a href="/arch/25nov2026">Среда, 25 ноября 2026 г.</a></span></td></tr></table>
            <h1>Лаборатория открылась</h1><span class="explain">время публикации: 25 ноября 2026 г., 10:07<br>последнее обновление: 25 ноября 2026 г., 11:54</span>
            {Story}</body></html>
            """);
        Assert.Equal("2026-11-25 10:07", When(a.Published));
    }

    /// <summary>A sentence of the story that names a date is an event; the dateline printed after the text is the publication.</summary>
    [Fact]
    public void A_dateline_of_its_own_beats_a_date_inside_a_sentence()
    {
        var a = Extract($"""
            <html><head><title>Лаборатория открылась</title></head><body>{Menu}
            <div class="newsbody"><h1>Лаборатория открылась</h1>
            <p>Проверка показала, что в период с 26 сентября по 12 октября 2026 года в учреждении зарегистрировали двадцать три случая инфекции.</p>{Story}</div>
            <div class="info">09.11.2026 16:20</div></body></html>
            """);
        Assert.Equal("2026-11-09 16:20", When(a.Published));
    }

    /// <summary>A "latest news" column of time-stamped headlines gives other stories' dates.</summary>
    [Fact]
    public void Dates_in_a_column_of_headline_links_are_other_stories()
    {
        var items = string.Concat(Enumerable.Range(0, 8).Select(i => $"<div class=\"date\">1{i}:05</div><div class=\"item\"><a href=\"/news/{i}\">Новость номер {i} о событиях в регионе и стране за день</a></div>"));
        var a = Extract($"""
            <html><head><title>Лаборатория открылась</title></head><body>
            <div class="newsbody"><h1>Лаборатория открылась</h1>{Story}</div>
            <div class="column"><div class="globaldate">24.11.2026</div>{items}</div>
            <p class="info">Опубликовано: 21.11.2026</p></body></html>
            """);
        Assert.Equal("2026-11-21", When(a.Published)[..10]);
    }

    /// <summary>"20261120T0003+0400Z": the offset is kept, the stray "Z" ignored.</summary>
    [Fact]
    public void A_compact_date_with_an_offset_and_a_stray_z_keeps_the_offset()
    {
        var a = Extract($"""
            <html><head><title>Лаборатория открылась</title><meta property="article:published_time" content="20261120T0003+0400Z"></head><body>
            <h1>Лаборатория открылась</h1>{Story}</body></html>
            """);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 3, 0, TimeSpan.FromHours(4)), a.Published);
        Assert.Equal(TimeSpan.FromHours(4), a.Published!.Value.Offset);
    }

    /// <summary>Rating widgets, typo prompts, view counters, comment headers, print links and "related links" headings, in three languages.</summary>
    [Theory]
    [InlineData("Оцените, пожалуйста, статью. Нам важно Ваше мнение.")]
    [InlineData("Оцените статью:")]
    [InlineData("Нашли опечатку? Выделите ее и нажмите Ctrl+Enter")]
    [InlineData("Просмотров: 356")]
    [InlineData("Комментарии к статье:")]
    [InlineData("Добавить комментарий")]
    [InlineData("Версия для печати")]
    [InlineData("Ссылки по теме:")]
    [InlineData("Мақаланы бағалаңыз")]
    [InlineData("Қате тапсаңыз, оны белгілеп, Ctrl+Enter басыңыз")]
    [InlineData("Rate this article:")]
    [InlineData("Found a typo? Select it and press Ctrl+Enter")]
    [InlineData("Views: 1,204")]
    public void Widgets_and_prompts_in_the_body_are_dropped(string prompt)
    {
        var a = Extract($"""
            <html><head><title>Лаборатория открылась</title></head><body>
            <div class="newsbody"><h1>Лаборатория открылась</h1>{Story}<p>{prompt}</p>
            <p>Врачи напомнили, что обследование бесплатное для всех жителей области, нужно взять с собой паспорт и полис.</p></div></body></html>
            """);
        Assert.DoesNotContain(prompt, a.Text, StringComparison.Ordinal);
        Assert.Contains("нужно взять с собой паспорт и полис", a.Text, StringComparison.Ordinal);
    }

    /// <summary>A sentence that merely starts like a prompt is prose.</summary>
    [Fact]
    public void A_sentence_about_views_is_kept()
    {
        const string sentence = "Просмотров ролика за сутки набралось больше миллиона, и авторы решили снять продолжение.";
        var a = Extract($"""
            <html><head><title>Ролик</title></head><body><div class="newsbody"><h1>Ролик</h1>{Story}<p>{sentence}</p></div></body></html>
            """);
        Assert.Contains(sentence, a.Text, StringComparison.Ordinal);
    }

    /// <summary>A rating form of radio buttons under the article, however long its labels, is no part of it.</summary>
    [Fact]
    public void A_rating_form_is_dropped()
    {
        var question = """
            <div class="q"><p class="title">Статья легко читается</p><label><input type="radio" name="q1" value="1"> Не согласен</label>
            <label><input type="radio" name="q1" value="2"> Скорее не согласен</label><label><input type="radio" name="q1" value="3"> Затрудняюсь ответить</label>
            <label><input type="radio" name="q1" value="4"> Скорее согласен</label><label><input type="radio" name="q1" value="5"> Согласен</label></div>
            """;
        var a = Extract($"""
            <html><head><title>Лаборатория открылась</title></head><body>
            <div class="newsbody"><h1>Лаборатория открылась</h1>{Story}
            <form action="#">{string.Concat(Enumerable.Repeat(question, 6))}<p>Спасибо, что помогаете нам становиться лучше, каждое мнение читает редакция.</p></form></div></body></html>
            """);
        Assert.DoesNotContain("Затрудняюсь", a.Text, StringComparison.Ordinal);
        Assert.Contains("записаться можно в поликлинике", a.Text, StringComparison.Ordinal);
    }

    private static string LongArticle(int paragraphs)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<p>Paragraph {i} of the investigation: the council's records, obtained through a freedom of information request, show that the contract was extended {i + 2} times without a tender, and officials who signed the extensions said they had followed the advice of the legal department at the time.</p>\n");
        return sb.ToString();
    }

    /// <summary>A long article (20,000 characters) beside a dense legal "offer details" box: the article, whole, and not the box.</summary>
    [Fact]
    public void A_long_article_wins_over_an_offer_details_box()
    {
        var terms = string.Concat(Enumerable.Range(0, 6).Select(i => $"<p>Offer valid for new subscribers only, one per household, cannot be combined with other offers, after the introductory period the subscription renews automatically at the then-current rate, unless cancelled, taxes may apply, terms {i} apply.</p>"));
        var a = Extract($"""
            <html><head><title>Council extended contract without tender</title></head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <main><article><h1>Council extended contract without tender</h1><div class="story-body">{LongArticle(72)}</div></article>
            <div class="offer-details"><h3>Offer details</h3>{terms}</div></main>
            <footer><p>© 2026 Example News Ltd. All rights reserved.</p></footer></body></html>
            """, "https://news.example.com/2026/11/24/council-contract");
        Assert.True(a.Text.Length > 20_000, $"text of {a.Text.Length} characters");
        Assert.Contains("Paragraph 0 of the investigation", a.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 71 of the investigation", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Offer valid for new subscribers", a.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A long article after a navigation block the page never closes (the parser keeps the article inside the &lt;nav&gt;):
    /// the article is not dropped with the menu.
    /// </summary>
    [Fact]
    public void A_long_article_inside_an_unclosed_nav_is_kept()
    {
        var a = Extract($"""
            <html><head><title>Council extended contract without tender</title></head><body>
            <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
            <div class="content"><h1>Council extended contract without tender</h1>{LongArticle(72)}</div>
            </body></html>
            """);
        Assert.True(a.Text.Length > 20_000, $"text of {a.Text.Length} characters");
    }

    /// <summary>A long article in a container whose class also names a share bar or a paywall state is still the article.</summary>
    [Theory]
    [InlineData("article-body paywall")]
    [InlineData("story-content share-enabled")]
    [InlineData("content hidden-print")]
    public void A_long_article_in_a_container_with_a_boilerplate_word_is_kept(string cls)
    {
        var a = Extract($"""
            <html><head><title>Council extended contract without tender</title></head><body>
            <div class="wrap"><h1>Council extended contract without tender</h1><div class="{cls}">{LongArticle(72)}</div>
            <div class="comments"><h3>Comments</h3>{string.Concat(Enumerable.Range(0, 30).Select(i => $"<div class=\"comment\"><p>Reader {i} wrote: this is outrageous, the council must answer for it, and the auditors too, I have said so for years.</p></div>"))}</div></div>
            </body></html>
            """);
        Assert.True(a.Text.Length > 20_000, $"text of {a.Text.Length} characters");
        Assert.DoesNotContain("Reader 3 wrote", a.Text, StringComparison.Ordinal);
    }
}
