using System.Globalization;

namespace Janalyq.Demo.Generator;

/// <summary>The ways the outlets write a time. Visible times are Almaty time (UTC+5).</summary>
internal static class TimeText
{
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(5);

    private static readonly string[] RuMonths =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] KkMonths =
        ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

    private static readonly string[] EnMonths =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static DateTimeOffset Local(DateTimeOffset t) => t.ToOffset(Almaty);

    private static string Inv(DateTimeOffset t, string format) => t.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the offset the content gave, e.g. 2026-11-24T14:30:00+05:00.</summary>
    public static string Iso(DateTimeOffset t) => Inv(t, "yyyy-MM-dd'T'HH:mm:sszzz");

    /// <summary>"24 ноября 2026, 14:30"</summary>
    public static string RuLong(DateTimeOffset t)
    {
        var l = Local(t);
        return $"{l.Day} {RuMonths[l.Month - 1]} {l.Year}, {Inv(l, "HH:mm")}";
    }

    /// <summary>"24 ноября 2026 г. в 14:30"</summary>
    public static string RuCity(DateTimeOffset t)
    {
        var l = Local(t);
        return $"{l.Day} {RuMonths[l.Month - 1]} {l.Year} г. в {Inv(l, "HH:mm")}";
    }

    /// <summary>"24 ноября" (lists, comments)</summary>
    public static string RuDay(DateTimeOffset t) => $"{Local(t).Day} {RuMonths[Local(t).Month - 1]}";

    /// <summary>"24 қараша 2026, 14:30"</summary>
    public static string KkLong(DateTimeOffset t)
    {
        var l = Local(t);
        return $"{l.Day} {KkMonths[l.Month - 1]} {l.Year}, {Inv(l, "HH:mm")}";
    }

    public static string KkDay(DateTimeOffset t) => $"{Local(t).Day} {KkMonths[Local(t).Month - 1]}";

    /// <summary>"24.11.2026 14:30"</summary>
    public static string Numeric(DateTimeOffset t) => Inv(Local(t), "dd.MM.yyyy HH:mm");

    /// <summary>"24.11.2026, 14:30 (UTC+5)"</summary>
    public static string Agency(DateTimeOffset t) => Inv(Local(t), "dd.MM.yyyy, HH:mm") + " (UTC+5)";

    /// <summary>"Nov 24, 2026, 2:30 pm"</summary>
    public static string English(DateTimeOffset t)
    {
        var l = Local(t);
        return $"{EnMonths[l.Month - 1]} {l.Day}, {l.Year}, {EnglishClock(t)}";
    }

    /// <summary>"2:30 pm"</summary>
    public static string EnglishClock(DateTimeOffset t)
    {
        var l = Local(t);
        var hour = l.Hour % 12 == 0 ? 12 : l.Hour % 12;
        return $"{hour}:{Inv(l, "mm")} {(l.Hour < 12 ? "am" : "pm")}";
    }

    public static string HourMinute(DateTimeOffset t) => Inv(Local(t), "HH:mm");

    /// <summary>RFC 822 for RSS pubDate: "Tue, 24 Nov 2026 14:30:00 +0500".</summary>
    public static string Rfc822(DateTimeOffset t)
    {
        var offset = t.Offset.Duration();
        var sign = t.Offset < TimeSpan.Zero ? "-" : "+";
        return Inv(t, "ddd, dd MMM yyyy HH:mm:ss ") + sign + offset.Hours.ToString("00", CultureInfo.InvariantCulture)
            + offset.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }
}
