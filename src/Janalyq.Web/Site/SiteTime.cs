using NodaTime;

namespace Janalyq.Web.Site;

/// <summary>
/// Publication times as a reader of the portal sees them: in the portal's zone (Asia/Almaty by default),
/// written the way the interface language writes dates ("24 ноября 2026, 14:30", "Nov 24, 2026, 2:30 PM").
/// </summary>
public sealed class SiteTime
{
    private readonly DateTimeZone _zone;
    private readonly TimeProvider _clock;

    public SiteTime(string timeZoneId, TimeProvider clock)
    {
        _zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"Unknown time zone '{timeZoneId}'.", nameof(timeZoneId));
        _clock = clock;
    }

    public static bool IsKnownZone(string? id) => id is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null;

    /// <summary>The moment in the portal's zone, with that zone's offset at the time.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset moment) =>
        Instant.FromDateTimeOffset(moment).InZone(_zone).ToDateTimeOffset();

    /// <summary>For the datetime attribute of &lt;time&gt;: ISO 8601 with the local offset.</summary>
    public string Iso(DateTimeOffset moment) =>
        ToLocal(moment).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Date and time in full: "24 ноября 2026, 14:30".</summary>
    public string Full(DateTimeOffset moment, SiteText text)
    {
        var local = ToLocal(moment);
        return text.Format("Date.Full", Date(local, text, withYear: true), Clock(local, text));
    }

    /// <summary>Now, in the portal's zone.</summary>
    public DateTimeOffset LocalNow() => ToLocal(_clock.GetUtcNow());

    /// <summary>Today's date in full, without time: "24 ноября 2026".</summary>
    public string Today(SiteText text) => Date(LocalNow(), text, withYear: true);

    /// <summary>
    /// Short form for listings, relative to now: "14:30" today, "Вчера, 14:30", "24 ноября, 14:30" this year,
    /// the full form otherwise.
    /// </summary>
    public string Brief(DateTimeOffset moment, SiteText text)
    {
        var local = ToLocal(moment);
        var today = LocalNow().Date;
        if (local.Date == today) return Clock(local, text);
        if (local.Date == today.AddDays(-1)) return text.Format("Date.Yesterday", Clock(local, text));
        bool withYear = local.Year != today.Year;
        return text.Format("Date.Full", Date(local, text, withYear), Clock(local, text));
    }

    private static string Date(DateTimeOffset local, SiteText text, bool withYear)
    {
        string month = text["Date.Months"].Split(',')[local.Month - 1].Trim();
        return withYear
            ? text.Format("Date.DayMonthYear", local.Day, month, local.Year)
            : text.Format("Date.DayMonth", local.Day, month);
    }

    private static string Clock(DateTimeOffset local, SiteText text) =>
        local.ToString(text["Date.Time"], System.Globalization.CultureInfo.InvariantCulture);
}
