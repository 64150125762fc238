using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Janalyq.Extraction.Dates;

/// <summary>Machine-readable dates (ISO 8601 and its common sloppy variants, RFC 1123), zone-less ones read in the outlet's zone.</summary>
internal static partial class IsoDate
{
    [GeneratedRegex(@"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?()\s*(Z|[+-]\d{2}:?\d{2})?Z?\s*$", RegexOptions.CultureInvariant)]
    // "20120105T0003+0400Z": an offset with a stray "Z" after it is still that offset.
    private static partial Regex Compact();

    internal static DateTimeOffset? Parse(string? value, ZoneClock clock) => ParseAny(value, clock) is { } v && !clock.AfterFetch(v) ? v : null;

    private static DateTimeOffset? ParseAny(string? value, ZoneClock clock)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = Iso().Match(value);
        if (!m.Success) m = Compact().Match(value);
        if (m.Success)
        {
            var year = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
            var hour = m.Groups[4].Success ? int.Parse(m.Groups[4].ValueSpan, CultureInfo.InvariantCulture) : 0;
            var minute = m.Groups[5].Success ? int.Parse(m.Groups[5].ValueSpan, CultureInfo.InvariantCulture) : 0;
            var second = m.Groups[6].Success ? int.Parse(m.Groups[6].ValueSpan, CultureInfo.InvariantCulture) : 0;
            if (!Valid(year, month, day, hour, minute, second)) return null;
            // Fractions of a second are kept (to the millisecond): "13:07:55.096Z" is not "13:07:55Z".
            var ms = m.Groups[7].Success && m.Groups[7].Length > 0 ? int.Parse(m.Groups[7].Value.PadRight(3, '0')[..3], CultureInfo.InvariantCulture) : 0;
            var local = new LocalDateTime(year, month, day, hour, minute, second, ms);
            if (!m.Groups[8].Success) return clock.At(local);
            var zone = m.Groups[8].Value.ToUpperInvariant();
            var offset = zone is "Z" or "UTC" or "GMT" ? TimeSpan.Zero : ParseOffset(zone);
            if (offset is null) return clock.At(local);
            return new DateTimeOffset(year, month, day, hour, minute, second, ms, offset.Value);
        }
        // RFC 1123 / RFC 822 ("Tue, 25 Nov 2026 14:30:00 +0500") and other forms .NET knows.
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto) && dto.Year >= 1995)
        {
            var hasZone = Regex.IsMatch(value, @"(GMT|UTC|Z\b|[+-]\d{2}:?\d{2}\s*$)", RegexOptions.None, TimeSpan.FromSeconds(1));
            return hasZone ? dto : clock.At(LocalDateTime.FromDateTime(dto.DateTime));
        }
        return null;
    }

    private static TimeSpan? ParseOffset(string s)
    {
        var sign = s[0] == '-' ? -1 : 1;
        var digits = s[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length == 2) digits += "00";
        if (digits.Length != 4) return null;
        var h = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var m = int.Parse(digits[2..], CultureInfo.InvariantCulture);
        if (h > 14 || m > 59) return null;
        return sign * new TimeSpan(h, m, 0);
    }

    /// <summary>A real calendar date and time from 1995 (the first news sites) to 2100.</summary>
    internal static bool Valid(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        year is >= 1995 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
        && hour is >= 0 and <= 23 && minute is >= 0 and <= 59 && second is >= 0 and <= 59;
}
