using Janalyq.Discovery;

namespace Janalyq.Tests.Discovery;

public class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 24 Nov 2026 14:30:00 +0500", "2026-11-24T14:30:00+05:00")]
    [InlineData("Tue, 24 Nov 2026 09:30:00 GMT", "2026-11-24T09:30:00+00:00")]
    [InlineData("24 Nov 2026 09:30 EST", "2026-11-24T09:30:00-05:00")]
    [InlineData("Tue, 24 Nov 26 09:30:00 +03:00", "2026-11-24T09:30:00+03:00")]
    [InlineData("Вт, 24 ноя 2026 14:30:00 +0500", "2026-11-24T14:30:00+05:00")]
    [InlineData("24 ноября 2026, 14:30", "2026-11-24T14:30:00+05:00")]
    [InlineData("24 ноября 2026 г. в 14:30", "2026-11-24T14:30:00+05:00")]
    [InlineData("24 қараша 2026, 14:30", "2026-11-24T14:30:00+05:00")]
    [InlineData("24 Мая 2026 10:00 MSK", "2026-05-24T10:00:00+03:00")]
    [InlineData("24.11.2026 14:30", "2026-11-24T14:30:00+05:00")]
    [InlineData("2026-11-24T14:30:00Z", "2026-11-24T14:30:00+00:00")]
    [InlineData("2026-11-24T14:30:00.123+06:00", "2026-11-24T14:30:00.123+06:00")]
    [InlineData("2026-11-24 14:30:00", "2026-11-24T14:30:00+05:00")]
    [InlineData("2026-11-24", "2026-11-24T00:00:00+05:00")]
    // Before 1 March 2024 Almaty was UTC+6: the tz database's rules at that date apply.
    [InlineData("2023-06-01 12:00", "2023-06-01T12:00:00+06:00")]
    public void Reads_real_world_dates(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text, ListingContext.DefaultZone));

    [Theory]
    [InlineData("")]
    [InlineData("вчера")]
    [InlineData("32 ноября 2026")]
    [InlineData("not a date")]
    public void Unreadable_dates_are_null(string text) => Assert.Null(FeedDates.Parse(text, ListingContext.DefaultZone));
}
