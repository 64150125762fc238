using System.Text.RegularExpressions;
using Janalyq.Markup;
using Janalyq.Extraction.Metadata;

namespace Janalyq.Extraction.Dates;

/// <summary>
/// Many outlets declare their publication time in UTC ("2020-02-25T02:25:54Z") while their readers, their URL and their
/// page say the local day (24 February, 21:25 in New York). The instant is right either way; this finds the outlet's own
/// offset so that the day we show is the outlet's day. Evidence, from the strongest: another time on the page written
/// with a non-zero offset, a date in the URL one day away from the UTC day. (A written wall-clock time matched against
/// the instant was tried: as often wrong as right on the development set, and it costs a walk of the page.)
/// </summary>
internal static partial class LocalDay
{
    /// <summary>The same instant, expressed in the outlet's offset when the page shows it; unchanged otherwise.</summary>
    internal static DateTimeOffset Localize(DateTimeOffset published, Document doc, PageMeta meta, Uri? url)
    {
        if (published.Offset != TimeSpan.Zero) return published;
        if (DeclaredOffset(doc, meta) is { } declared) return published.ToOffset(declared);
        if (DateFinder.UrlDay(url) is { } day)
        {
            var utcDay = DateOnly.FromDateTime(published.UtcDateTime);
            var gap = day.DayNumber - utcDay.DayNumber;
            // The URL says the UTC day: nothing to move.
            if (gap == 0) return published;
            if (gap is 1 or -1)
            {
                // The smallest whole-hour offset that puts the instant on the URL's day (the outlet's exact offset is unknown).
                var time = published.UtcDateTime.TimeOfDay;
                var hours = gap < 0 ? -(int)Math.Floor(time.TotalHours) - 1 : 24 - (int)Math.Floor(time.TotalHours);
                if (hours is >= -12 and <= 14) return published.ToOffset(TimeSpan.FromHours(hours));
            }
        }
        return published;
    }

    /// <summary>The offset written on the page's other machine-readable times (modified time, &lt;time datetime&gt;), when not zero.</summary>
    private static TimeSpan? DeclaredOffset(Document doc, PageMeta meta)
    {
        foreach (var value in new[] { meta.JsonLd?.DateModified, meta.First("article:modified_time", "og:updated_time", "article:published_time") })
            if (OffsetOf(value) is { } o) return o;
        var seen = 0;
        foreach (var t in doc.QuerySelectorAll("time[datetime]"))
        {
            if (OffsetOf(t.GetAttribute("datetime")) is { } o) return o;
            if (++seen > 20) break;
        }
        return null;
    }

    [GeneratedRegex(@"[T\s]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitOffset();

    private static TimeSpan? OffsetOf(string? value)
    {
        if (value is null || ExplicitOffset().Match(value) is not { Success: true } m) return null;
        var offset = new TimeSpan(int.Parse(m.Groups["h"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), 0);
        if (offset == TimeSpan.Zero || offset > TimeSpan.FromHours(14)) return null;
        return m.Groups["sign"].Value == "-" ? -offset : offset;
    }
}
