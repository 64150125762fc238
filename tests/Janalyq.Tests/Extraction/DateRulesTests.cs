using System.Globalization;
using Janalyq.Extraction;

namespace Janalyq.Tests.Extraction;

/// <summary>The publication-date rules one by one, each on a small hand-made page.</summary>
public class DateRulesTests
{
    private const string Filler = "<p>Die Stadtverwaltung hat am Montag neue Pläne für den Nahverkehr vorgestellt, die ab dem kommenden Jahr gelten sollen und viele Linien betreffen.</p>";

    private static DateTimeOffset? Published(string bodyHtml, string head = "", string url = "https://example.org/news/story")
    {
        var html = $"<html><head>{head}</head><body><h1>Neue Pläne für den Nahverkehr</h1>{bodyHtml}{Filler}{Filler}{Filler}</body></html>";
        var page = new RawPage(System.Text.Encoding.UTF8.GetBytes(html), new Uri(url), "text/html; charset=utf-8", ExtractionPaths.FetchedAt);
        return ArticleExtractor.Default.Extract(page, TestContext.Current.CancellationToken).Published;
    }

    private static string? Day(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("25. Januar 2022", "2022-01-25")]
    [InlineData("Di, 21. April 2020 - 16:40", "2020-04-21")]
    [InlineData("30 Kasım 2020", "2020-11-30")]
    [InlineData("7 червня 2020", "2020-06-07")]
    [InlineData("5 stycznia 2021", "2021-01-05")]
    [InlineData("5 de enero de 2021", "2021-01-05")]
    [InlineData("12 de março de 2021", "2021-03-12")]
    [InlineData("3 settembre 2019", "2019-09-03")]
    [InlineData("1er janvier 2021", "2021-01-01")]
    [InlineData("2021. január 5.", "2021-01-05")]
    [InlineData("2021年1月5日", "2021-01-05")]
    [InlineData("12 mei 2021", "2021-05-12")]
    [InlineData("21. Jan 2022", "2022-01-21")]
    public void Reads_dates_in_many_languages(string written, string day) =>
        Assert.Equal(day, Day(Published($"<div class=\"date\">{written}</div>")));

    [Fact]
    public void Digits_of_other_scripts_are_read() =>
        Assert.Equal("2022-01-25", Day(Published("<div class=\"date\">২৫ জানুয়ারি ২০২২</div>")));

    [Fact]
    public void A_solar_hijri_year_in_persian_digits_is_no_date_and_no_crash() =>
        Assert.Null(Published("<div class=\"date\">۱۲/۰۳/۱۳۹۹</div>"));

    [Fact]
    public void A_short_month_word_without_a_year_is_no_date() =>
        // "set" is Portuguese/Italian for September, and an English word.
        Assert.Null(Published("<div class=\"date\">3 set of rules</div>"));

    [Fact]
    public void A_date_after_the_fetch_time_is_refused() =>
        Assert.Null(Published("<div class=\"date\">Version 1.2.34</div>"));

    [Fact]
    public void A_publication_label_finds_a_date_in_unmarked_text() =>
        Assert.Equal("2022-01-20", Day(Published("<div><span>Pressemitteilung vom 20.01.2022</span></div>")));

    [Fact]
    public void A_full_date_under_the_headline_is_read() =>
        Assert.Equal("2022-01-21", Day(Published("<p class=\"subline\">21. Januar 2022 // Dominik Muster</p>")));

    [Fact]
    public void Dates_in_comments_are_not_the_article_date() =>
        Assert.Null(Published("<div class=\"comments\"><p>Leserin schrieb am 21.01.2022</p></div>"));

    [Fact]
    public void A_time_element_in_a_list_of_related_stories_is_not_the_article_date() =>
        Assert.Equal("2019-06-27", Day(Published(
            "<aside class=\"related-stories\"><time pubdate datetime=\"2019-07-30\">30 juil. 2019</time></aside><p class=\"info\"><time datetime=\"2019-06-27\">27 juin 2019</time></p>")));

    [Fact]
    public void A_date_with_its_year_beats_one_without() =>
        Assert.Equal("2019-11-25", Day(Published("<div class=\"date\">25. November</div>", url: "https://example.org/2019/11/25/story/")));

    [Fact]
    public void When_declared_dates_disagree_the_day_most_sources_give_wins()
    {
        var head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Neue Pläne\",\"datePublished\":\"2022-01-04T07:29:00Z\"}</script>"
            + "<meta property=\"article:published_time\" content=\"2022-01-06T08:29:34+01:00\">";
        Assert.Equal("2022-01-06", Day(Published("<div class=\"article-date\">06.01.2022</div>", head)));
    }

    [Fact]
    public void When_declared_dates_agree_the_strongest_keeps_its_time()
    {
        var head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Neue Pläne\",\"datePublished\":\"2022-01-06T07:29:00+01:00\"}</script>"
            + "<meta name=\"date\" content=\"2022-01-06\">";
        Assert.Equal(DateTimeOffset.Parse("2022-01-06T07:29:00+01:00", CultureInfo.InvariantCulture), Published("<div class=\"article-date\">01.01.2022</div>", head));
    }

    [Fact]
    public void A_utc_stamp_takes_the_offset_of_the_pages_other_times()
    {
        var head = "<meta property=\"article:published_time\" content=\"2020-02-25T02:25:54Z\">"
            + "<meta property=\"article:modified_time\" content=\"2020-02-24T22:00:00-05:00\">";
        var got = Published("", head);
        Assert.Equal("2020-02-24", Day(got));
        Assert.Equal(DateTimeOffset.Parse("2020-02-25T02:25:54Z", CultureInfo.InvariantCulture), got);
    }

    [Fact]
    public void A_utc_stamp_a_day_from_the_urls_date_is_shown_on_the_urls_day()
    {
        var got = Published("", "<meta property=\"article:published_time\" content=\"2023-11-09T03:28:35Z\">", "https://example.org/2023/11/08/story/");
        Assert.Equal("2023-11-08", Day(got));
        Assert.Equal(DateTimeOffset.Parse("2023-11-09T03:28:35Z", CultureInfo.InvariantCulture), got);
    }
}
