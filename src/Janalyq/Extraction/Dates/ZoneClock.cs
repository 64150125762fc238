using NodaTime;

namespace Janalyq.Extraction.Dates;

/// <summary>Turns wall-clock times into instants in one outlet's zone, with the tz database's rules of that date.</summary>
internal sealed class ZoneClock
{
    private readonly DateTimeZone _zone;

    /// <summary>The fetch time, expressed in the outlet's zone.</summary>
    public LocalDateTime Now { get; }

    public ZoneClock(string? zoneId, string fallbackZone, DateTimeOffset fetchedAt)
    {
        _zone = (zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId))
            ?? DateTimeZoneProviders.Tzdb.GetZoneOrNull(fallbackZone)
            ?? DateTimeZone.Utc;
        Now = Instant.FromDateTimeOffset(fetchedAt).InZone(_zone).LocalDateTime;
        _fetchedAt = fetchedAt;
    }

    private readonly DateTimeOffset _fetchedAt;

    /// <summary>Whether a date is too late to be a publication date: more than a day after the fetch (clocks and zones differ by less).</summary>
    public bool AfterFetch(DateTimeOffset value) => value > _fetchedAt.AddDays(1);

    /// <summary>The instant of a zone-less wall-clock time (gaps and overlaps resolved leniently).</summary>
    public DateTimeOffset At(LocalDateTime local) => _zone.AtLeniently(local).ToDateTimeOffset();

    /// <summary>The instant that is <paramref name="ago"/> before the fetch time.</summary>
    public DateTimeOffset Ago(Duration ago) => _zone.AtLeniently(Now).ToInstant().Minus(ago).InZone(_zone).ToDateTimeOffset();
}
