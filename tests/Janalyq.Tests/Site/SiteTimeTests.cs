using Janalyq.Web.Site;

namespace Janalyq.Tests.Site;

public class SiteTimeTests
{
    private static readonly SiteTime Almaty = new("Asia/Almaty", new FixedTimeProvider(SiteSampleData.Now));

    [Theory]
    [InlineData("ru", "2026-11-24T09:30:00Z", "24 ноября 2026, 14:30")]
    [InlineData("kk", "2026-11-24T09:30:00Z", "24 қараша 2026, 14:30")]
    [InlineData("en", "2026-11-24T09:30:00Z", "Nov 24, 2026, 2:30 PM")]
    [InlineData("ru", "2026-03-01T00:05:00+05:00", "1 марта 2026, 00:05")]
    [InlineData("en", "2026-01-05T04:00:00Z", "Jan 5, 2026, 9:00 AM")]
    // Almaty was UTC+6 until 1 March 2024: the tz database's rule of the day applies.
    [InlineData("ru", "2023-06-01T12:00:00Z", "1 июня 2023, 18:00")]
    public void Full_time_is_written_in_the_reader_zone_and_language(string lang, string moment, string expected) =>
        Assert.Equal(expected, Almaty.Full(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture), Text(lang)));

    [Theory]
    [InlineData("ru", "2026-11-24T08:05:00+05:00", "08:05")]
    [InlineData("ru", "2026-11-23T23:59:00+05:00", "Вчера, 23:59")]
    [InlineData("kk", "2026-11-23T10:00:00+05:00", "Кеше, 10:00")]
    [InlineData("en", "2026-11-23T22:00:00+05:00", "Yesterday, 10:00 PM")]
    [InlineData("ru", "2026-11-20T10:00:00+05:00", "20 ноября, 10:00")]
    [InlineData("kk", "2026-05-09T10:00:00+05:00", "9 мамыр, 10:00")]
    [InlineData("en", "2026-11-20T10:00:00+05:00", "Nov 20, 10:00 AM")]
    [InlineData("ru", "2025-12-31T10:00:00+05:00", "31 декабря 2025, 10:00")]
    public void Brief_time_is_relative_to_today(string lang, string moment, string expected) =>
        Assert.Equal(expected, Almaty.Brief(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture), Text(lang)));

    [Fact]
    public void Iso_time_carries_the_local_offset() =>
        Assert.Equal("2026-11-24T14:30:00+05:00", Almaty.Iso(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Unknown_zones_are_refused()
    {
        Assert.False(SiteTime.IsKnownZone("Asia/Nowhere"));
        Assert.Throws<ArgumentException>(() => new SiteTime("Asia/Nowhere", TimeProvider.System));
    }

    private static SiteText Text(string lang) => new(SiteLanguage.Find(lang)!);
}
