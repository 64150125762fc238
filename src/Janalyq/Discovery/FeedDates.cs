using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Janalyq.Discovery;

/// <summary>
/// Reads the dates listings really carry: RFC 822 with its variants (no weekday, two-digit years, named and
/// military zones, "+03:00"), ISO 8601 with or without offset, "25.11.2026 14:30", and day-month-year with
/// month names in Russian, Kazakh or English ("25 ноября 2026, 14:30", "25 қараша 2026"). A time without a
/// zone is read in the outlet's zone with the tz database's rules at that date. Unreadable gives null, never throws.
/// </summary>
public static partial class FeedDates
{
    private static readonly (string Prefix, int Month)[] MonthNames =
    [
        // Russian (nominative and genitive share the stem), Kazakh, English.
        ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("мая", 5), ("май", 5), ("июн", 6), ("июл", 7),
        ("авг", 8), ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
        ("қаң", 1), ("ақп", 2), ("нау", 3), ("сәу", 4), ("мам", 5), ("мау", 6), ("шіл", 7), ("там", 8),
        ("қыр", 9), ("қаз", 10), ("қар", 11), ("жел", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5,
        ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7, ["MSK"] = 3, ["CET"] = 1, ["CEST"] = 2,
        ["EET"] = 2, ["EEST"] = 3, ["BST"] = 1, ["KGT"] = 6, ["UZT"] = 5, ["TJT"] = 5,
    };

    public static DateTimeOffset? Parse(string? text, DateTimeZone zone)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        var iso = Iso().Match(text);
        if (iso.Success)
        {
            var local = new LocalDateTime(Int(iso, "y"), Int(iso, "mo"), Int(iso, "d"), Int(iso, "h"), Int(iso, "mi"), Int(iso, "s"));
            return Resolve(local, iso.Groups["z"].Value, zone, iso.Groups["f"].Value);
        }

        var loose = Loose().Match(text.ToLowerInvariant());
        if (!loose.Success) return null;
        int day, month, year;
        if (loose.Groups["mname"].Success)
        {
            day = Int(loose, "d1");
            month = MonthOf(loose.Groups["mname"].Value);
            year = Int(loose, "y1");
        }
        else if (loose.Groups["mname3"].Success)
        {
            day = Int(loose, "d3");
            month = MonthOf(loose.Groups["mname3"].Value);
            year = Int(loose, "y3");
        }
        else
        {
            day = Int(loose, "d2");
            month = Int(loose, "m2");
            year = Int(loose, "y2");
        }
        if (year < 100) year += year < 70 ? 2000 : 1900;
        if (month == 0) return null;
        try
        {
            var local = new LocalDateTime(year, month, day, Int(loose, "h"), Int(loose, "mi"), Int(loose, "s"));
            return Resolve(local, loose.Groups["z"].Value, zone, "");
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static DateTimeOffset? Resolve(LocalDateTime local, string zoneText, DateTimeZone zone, string fraction)
    {
        if (fraction.Length > 1)
        {
            var ms = int.Parse(fraction[1..Math.Min(fraction.Length, 4)].PadRight(3, '0'), CultureInfo.InvariantCulture);
            local = local.PlusMilliseconds(ms);
        }
        var offset = OffsetOf(zoneText);
        if (offset is { } o) return new OffsetDateTime(local, Offset.FromSeconds((int)o.TotalSeconds)).ToDateTimeOffset();
        return local.InZoneLeniently(zone).ToDateTimeOffset();
    }

    private static TimeSpan? OffsetOf(string zone)
    {
        zone = zone.Trim();
        if (zone.Length == 0) return null;
        if (ZoneHours.TryGetValue(zone, out var hours)) return TimeSpan.FromHours(hours);
        var m = NumericZone().Match(zone);
        if (!m.Success) return null;
        var sign = m.Groups[1].Value == "-" ? -1 : 1;
        var h = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var mi = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        if (h > 14 || mi > 59) return null;
        return sign * new TimeSpan(h, mi, 0);
    }

    private static int MonthOf(string name)
    {
        foreach (var (prefix, month) in MonthNames)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return month;
        }
        return 0;
    }

    private static int Int(Match m, string group) =>
        m.Groups[group].Success && m.Groups[group].Value.Length > 0 ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?<f>[.,]\d+)?)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|[A-Za-z]{1,5})?$")]
    private static partial Regex Iso();

    // Day, month (name or number), year (or "Nov 24, 2026"), then optionally time and zone; anything before the day (a weekday) is skipped.
    [GeneratedRegex(@"(?:(?<d1>\d{1,2})[\s.\-/]*(?<mname>\p{L}{3,})\.?[\s,.\-/]*(?<y1>\d{4}|\d{2})|(?<d2>\d{1,2})[./\-](?<m2>\d{1,2})[./\-](?<y2>\d{4}|\d{2})|(?<mname3>[a-z]{3,})\.?\s+(?<d3>\d{1,2}),?\s+(?<y3>\d{4}))(?:\s*(?:г\.|года|ж\.|жыл)?[\s,]*(?:в|at|сағ\.?)?\s*(?<h>\d{1,2})[:.](?<mi>\d{2})(?::(?<s>\d{2}))?)?\s*(?<z>[+-]\d{2}:?\d{2}|[a-z]{1,5})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Loose();

    [GeneratedRegex(@"^(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumericZone();
}
