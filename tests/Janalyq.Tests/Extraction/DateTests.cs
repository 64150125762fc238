using Janalyq.Extraction;

namespace Janalyq.Tests.Extraction;

public class DateTests
{
    private static ExtractedArticle Run(ArticleExtractor extractor, RawPage page) => extractor.Extract(page, TestContext.Current.CancellationToken);

    private static DateTimeOffset? Published(string bodyHtml, string? zone = null, string head = "")
    {
        var html = $"<html><head>{head}</head><body><h1>Заголовок новости</h1>{bodyHtml}<p>{new string('с', 400)}</p></body></html>";
        var page = new RawPage(System.Text.Encoding.UTF8.GetBytes(html), new Uri("https://example.kz/news/1"), "text/html; charset=utf-8", ExtractionPaths.FetchedAt, zone);
        return Run(ArticleExtractor.Default, page).Published;
    }

    [Theory]
    [InlineData("<div class=\"date\">25 ноября 2026, 14:30</div>", "2026-11-25T14:30:00+05:00")]
    [InlineData("<div class=\"date\">Опубликовано: 25.11.2026 14:30</div>", "2026-11-25T14:30:00+05:00")]
    [InlineData("<div class=\"date\">24 ноября 2026 г. в 09:05</div>", "2026-11-24T09:05:00+05:00")]
    [InlineData("<div class=\"date\">Опубликовано: вчера в 09:15</div>", "2026-11-24T09:15:00+05:00")]
    [InlineData("<div class=\"date\">сегодня, 10:40</div>", "2026-11-25T10:40:00+05:00")]
    [InlineData("<div class=\"date\">2 сағат бұрын</div>", "2026-11-25T10:00:00+05:00")]
    [InlineData("<div class=\"date\">3 часа назад</div>", "2026-11-25T09:00:00+05:00")]
    [InlineData("<div class=\"date\">25 қараша 2026, 14:30</div>", "2026-11-25T14:30:00+05:00")]
    [InlineData("<div class=\"date\">2026 жылғы 25 қараша</div>", "2026-11-25T00:00:00+05:00")]
    [InlineData("<div class=\"date\">Nov 25, 2026, 2:30 pm</div>", "2026-11-25T14:30:00+05:00")]
    [InlineData("<div class=\"date\">5 hours ago</div>", "2026-11-25T07:00:00+05:00")]
    [InlineData("<time datetime=\"2026-11-25T14:30:00+03:00\">25 ноября</time>", "2026-11-25T14:30:00+03:00")]
    // Before 1 March 2024 Almaty was UTC+6: a zone-less time is read with the rules of its own date.
    [InlineData("<div class=\"date\">15 февраля 2024, 10:00</div>", "2024-02-15T10:00:00+06:00")]
    [InlineData("<time datetime=\"2023-06-01T10:00\">1 июня</time>", "2023-06-01T10:00:00+06:00")]
    public void Reads_dates_as_outlets_write_them(string html, string expected)
    {
        var got = Published(html);
        Assert.NotNull(got);
        var want = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(want, got!.Value);
        Assert.Equal(want.Offset, got.Value.Offset);
    }

    [Fact]
    public void Json_ld_and_meta_win_over_text()
    {
        var head = "<meta property=\"article:published_time\" content=\"2026-11-20T08:00:00+05:00\">";
        Assert.Equal(DateTimeOffset.Parse("2026-11-20T08:00:00+05:00", System.Globalization.CultureInfo.InvariantCulture), Published("<div class=\"date\">25 ноября 2026</div>", head: head));
    }

    [Fact]
    public void The_source_zone_applies_to_zone_less_times()
    {
        var got = Published("<div class=\"date\">25 ноября 2026, 14:30</div>", zone: "Europe/Moscow");
        Assert.Equal(TimeSpan.FromHours(3), got!.Value.Offset);
        Assert.Equal(14, got.Value.Hour);
    }
}
