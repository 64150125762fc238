using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Janalyq.Extraction.Dates;

/// <summary>
/// Dates written for people: "25 ноября 2026, 14:30", "2026 жылғы 25 қараша", "Nov 25, 2026 2:30 pm", "25.11.2026 14:30",
/// "вчера в 09:15", "2 сағат бұрын", "3 hours ago". Zone-less; relative ones are resolved against the fetch time.
/// </summary>
internal static partial class TextDate
{
    private const string MonthAlt = @"(?<mon>[\p{L}\p{M}]{3,14})\.?";
    private const string TimeAlt = @"(?:(?<h>\d{1,2}):(?<mi>\d{2})(?::\d{2})?\s*(?<ampm>[ap]\.?m\.?)?)";

    // 25 ноября 2026 [г.] [, в | at] 14:30; 25. November 2026; 1er janvier 2026; 5 de enero de 2026; 25th of November 2026
    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+|of\s+)?" + MonthAlt + @"(?:\s+de)?\s*,?\s*(?<y>\d{4}(?!\d))?(?:\s*(?:г\.?|года|год|ж\.?|жыл\w*))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    // Nov 25, 2026; November 25th 2026
    [GeneratedRegex(@"\b" + MonthAlt + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    // 2026. november 25. (Hungarian); 2026 Nov 25
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\.?\s+" + MonthAlt + @"\s+(?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearMonthDay();

    // 2026年11月25日, 2026년 11월 25일
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*[年년]\s*(?<m>\d{1,2})\s*[月월]\s*(?<d>\d{1,2})\s*[日일]", RegexOptions.CultureInvariant)]
    private static partial Regex CjkDate();

    // 2026 жылғы 25 қараша / 2026 ж. 25 қараша
    [GeneratedRegex(@"(?<y>\d{4})\s*(?:ж\.?|жыл\w*)\s*(?<d>\d{1,2})\s+" + MonthAlt, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearDayMonth();

    // 25.11.2026, 25/11/2026, 2026.11.25
    [GeneratedRegex(@"(?<!\d)(?:(?<d>\d{1,2})[./](?<m>\d{1,2})[./](?<y>\d{4}|\d{2})|(?<y>\d{4})[./-](?<m>\d{1,2})[./-](?<d>\d{1,2}))(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<!\d)" + TimeAlt + @"(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"(?<day>сегодня|бүгін|today|вчера|кеше|yesterday|позавчера)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"(?<n>\d{1,3})\s*(?<unit>секунд\w*|сек\.?|минут\w*|мин\.?|час\w*|ч\.|сағат|сағ\.?|дн\w*|день|күн|недел\w*|апта|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s*(?:назад|бұрын|ago)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"(?<unit>минуту|час|hour|minute)\s+(?:назад|ago)|(?:an?|one)\s+(?<unit2>hour|minute)\s+ago", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgoOne();

    /// <summary>Finds the first date in <paramref name="text"/>; <paramref name="dayFirst"/> decides 01/02/2026.</summary>
    internal static DateTimeOffset? Find(string text, ZoneClock clock, bool dayFirst = true) => FindWithPosition(text, clock, dayFirst)?.Value;

    /// <summary>The earliest date in <paramref name="text"/> and where it starts; <paramref name="fullOnly"/> skips dates without a year and relative ones.</summary>
    internal static (DateTimeOffset Value, int Index, bool Yearless)? FindWithPosition(string text, ZoneClock clock, bool dayFirst = true, bool fullOnly = false)
    {
        if (text.Length > 4000) text = text[..4000];
        text = AsciiDigits(text);
        (DateTimeOffset, int, bool)? best = null;
        void Consider(DateTimeOffset? v, int index, bool yearless = false)
        {
            if (v is { } value && (best is null || index < best.Value.Item2)) best = (value, index, yearless);
        }

        foreach (Match m in DayMonth().Matches(text))
        {
            var month = MonthNames.Lookup(m.Groups["mon"].Value);
            if (month == 0 || !m.Groups["y"].Success && (fullOnly || !YearlessName(m.Groups["mon"].Value))) continue;
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : clock.Now.Year;
            Consider(Build(year, month, int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture), text, m, clock, !m.Groups["y"].Success), m.Index, !m.Groups["y"].Success);
            break;
        }
        foreach (Match m in MonthDay().Matches(text))
        {
            var month = MonthNames.Lookup(m.Groups["mon"].Value);
            if (month == 0) continue;
            Consider(Build(int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), month, int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture), text, m, clock, false), m.Index);
            break;
        }
        foreach (Match m in YearDayMonth().Matches(text))
        {
            var month = MonthNames.Lookup(m.Groups["mon"].Value);
            if (month == 0) continue;
            Consider(Build(int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), month, int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture), text, m, clock, false), m.Index);
            break;
        }
        foreach (Match m in YearMonthDay().Matches(text))
        {
            var month = MonthNames.Lookup(m.Groups["mon"].Value);
            if (month == 0) continue;
            Consider(Build(int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), month, int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture), text, m, clock, false), m.Index);
            break;
        }
        if (CjkDate().Match(text) is { Success: true } cjk)
            Consider(Build(int.Parse(cjk.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(cjk.Groups["m"].ValueSpan, CultureInfo.InvariantCulture),
                int.Parse(cjk.Groups["d"].ValueSpan, CultureInfo.InvariantCulture), text, cjk, clock, false), cjk.Index);
        foreach (Match m in Numeric().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            if (y < 100) y += 2000;
            var a = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            var yearFirst = m.Groups["y"].Index < m.Groups["m"].Index;
            int day = a, month = b;
            if (!yearFirst && (!dayFirst && a <= 12 || b > 12) && text[m.Groups["m"].Index - 1] == '/') (day, month) = (b, a);
            var v = Build(y, month, day, text, m, clock, false);
            if (v is not null) { Consider(v, m.Index); break; }
        }
        if (fullOnly) return best;
        if (RelativeDay().Match(text) is { Success: true } rd)
        {
            var shift = rd.Groups["day"].Value.ToLowerInvariant() switch { "сегодня" or "бүгін" or "today" => 0, "позавчера" => -2, _ => -1 };
            var date = clock.Now.Date.PlusDays(shift);
            var t = Time().Match(text, rd.Index + rd.Length, Math.Min(25, text.Length - rd.Index - rd.Length));
            if (!t.Success && rd.Index > 0)
            {
                var from = Math.Max(0, rd.Index - 12);
                t = Time().Match(text[from..rd.Index]);
            }
            var time = t.Success && ReadTime(t) is { } lt ? lt : LocalTime.Midnight;
            Consider(clock.At(date + time), rd.Index);
        }
        if (Ago().Match(text) is { Success: true } ago)
        {
            var n = int.Parse(ago.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            Consider(clock.Ago(Unit(ago.Groups["unit"].Value, n)), ago.Index);
        }
        else if (AgoOne().Match(text) is { Success: true } one)
        {
            var unit = one.Groups["unit"].Success ? one.Groups["unit"].Value : one.Groups["unit2"].Value;
            Consider(clock.Ago(Unit(unit, 1)), one.Index);
        }
        return best;
    }

    /// <summary>
    /// Digits of other scripts (Persian ۲۵, Bengali ২৫, Devanagari २५...) as ASCII ones: the patterns' \d matches them, int.Parse does not.
    /// </summary>
    private static string AsciiDigits(string text)
    {
        var i = 0;
        while (i < text.Length && !(text[i] > '9' && char.IsDigit(text[i]))) i++;
        if (i == text.Length) return text;
        var chars = text.ToCharArray();
        for (; i < chars.Length; i++)
            if (chars[i] > '9' && char.IsDigit(chars[i])) chars[i] = (char)('0' + (int)char.GetNumericValue(chars[i]));
        return new string(chars);
    }

    /// <summary>
    /// A date without a year ("25 ноября, 14:30") is taken only with a month name that is no common word: a Cyrillic one, or a
    /// Latin one of four letters or more ("3 set", "5 may", "2 out" are not dates).
    /// </summary>
    private static bool YearlessName(string name) => name.Length >= 4 && !name.Equals("mars", StringComparison.OrdinalIgnoreCase) || name[0] >= 'Ѐ';

    private static Duration Unit(string unit, int n)
    {
        var u = unit.ToLowerInvariant();
        if (u.StartsWith("сек", StringComparison.Ordinal) || u.StartsWith("sec", StringComparison.Ordinal)) return Duration.FromSeconds(n);
        if (u.StartsWith("мин", StringComparison.Ordinal) || u.StartsWith("min", StringComparison.Ordinal)) return Duration.FromMinutes(n);
        if (u.StartsWith('ч') || u.StartsWith("сағ", StringComparison.Ordinal) || u.StartsWith('h')) return Duration.FromHours(n);
        if (u.StartsWith("нед", StringComparison.Ordinal) || u.StartsWith("апта", StringComparison.Ordinal) || u.StartsWith('w')) return Duration.FromDays(7 * n);
        return Duration.FromDays(n);
    }

    private static DateTimeOffset? Build(int year, int month, int day, string text, Match m, ZoneClock clock, bool yearGuessed)
    {
        if (!IsoDate.Valid(year, month, day)) return null;
        var date = new LocalDate(year, month, day);
        if (yearGuessed && date > clock.Now.Date.PlusDays(2)) date = date.PlusYears(-1);
        // Nothing is published after it was fetched ("1.2.34" is a version number, not 1 February 2034).
        if (date > clock.Now.Date.PlusDays(1)) return null;
        // The time of day sits just after the date ("25 ноября 2026, 14:30") or just before it ("14:30, 25.11.2026").
        var after = m.Index + m.Length;
        var t = Time().Match(text, after, Math.Min(16, text.Length - after));
        if (!t.Success)
        {
            var from = Math.Max(0, m.Index - 12);
            var before = Time().Match(text[from..m.Index]);
            if (before.Success) t = before;
        }
        var time = t.Success && ReadTime(t) is { } lt ? lt : LocalTime.Midnight;
        return clock.At(date + time);
    }

    private static LocalTime? ReadTime(Match t)
    {
        var h = int.Parse(t.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        var mi = int.Parse(t.Groups["mi"].ValueSpan, CultureInfo.InvariantCulture);
        if (t.Groups["ampm"].Success)
        {
            var pm = char.ToLowerInvariant(t.Groups["ampm"].Value[0]) == 'p';
            if (h == 12) h = pm ? 12 : 0;
            else if (pm) h += 12;
        }
        if (h > 23 || mi > 59) return null;
        return new LocalTime(h, mi);
    }
}
