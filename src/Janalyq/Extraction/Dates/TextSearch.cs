using System.Text.RegularExpressions;

namespace Janalyq.Extraction.Dates;

/// <summary>
/// Dates in the page's running text (<see cref="PageText"/>) when markup declares none: first a date right after a
/// publication label ("Veröffentlicht am", "Published on", "Publié le", "Опубликовано"...), then the first full date
/// around the headline, then the first full date anywhere in the text.
/// </summary>
internal static partial class TextSearch
{
    /// <summary>How far after the headline the byline's date may sit.</summary>
    private const int AfterHeadline = 1500;

    /// <summary>How much of the text the last-resort search reads.</summary>
    private const int AnywhereLimit = 15_000;

    /// <summary>How far before the headline (a date line above the title).</summary>
    private const int BeforeHeadline = 300;

    // Publication labels in the languages we read; modification labels ("Stand", "aktualisiert", "updated") are left out on purpose.
    [GeneratedRegex(@"(?<![\p{L}])(?:veröffentlicht|erschienen|publiziert|datum|vom|published|posted|publication date|date of publication|publié|publiée|publication|publicado|publicada|publicación|pubblicato|pubblicata|opublikowano|data publikacji|yayınlanma|yayın tarihi|yayımlanma|опубліковано|опубликовано|дата публикации|дата публікації|жарияланды|gepubliceerd|publicat|zveřejněno|julkaistu|diterbitkan|dipublikasikan)(?![\p{L}])\s*(?:am|on|le|el|em|il|op|în|dne|:|-)?\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedLabel();

    /// <summary>The date right after the first publication label that has one (with its year, when <paramref name="fullOnly"/>).</summary>
    internal static DateTimeOffset? Labelled(string text, ZoneClock clock, bool fullOnly = false)
    {
        var tried = 0;
        foreach (Match m in PublishedLabel().Matches(text))
        {
            var end = m.Index + m.Length;
            var window = text.Substring(end, Math.Min(60, text.Length - end));
            if (TextDate.FindWithPosition(window, clock, fullOnly: fullOnly) is { Index: < 16 } hit) return hit.Value;
            if (++tried > 30) break;
        }
        return null;
    }

    /// <summary>How far after the headline a date line of its own (the article's dateline, printed after a short text) is looked for.</summary>
    private const int DatelineReach = 5000;

    /// <summary>A line this short that holds a full date is a dateline ("13:15 09.12.2011"), not a sentence mentioning a date.</summary>
    private const int DatelineLength = 80;

    /// <summary>How far into a dateline its date may start.</summary>
    private const int DatelineOpening = 30;

    /// <summary>
    /// The first date line of its own after the headline; else the first full date after it (in a sentence: "с 26 сентября по 12
    /// октября 2011 года" is an event's date, taken only when the page prints no dateline), else just before it.
    /// </summary>
    internal static DateTimeOffset? NearHeadline(string text, int headlineAt, ZoneClock clock)
    {
        if (headlineAt < 0) return null;
        if (Dateline(text, headlineAt, clock) is { } line) return line;
        var after = text.Substring(headlineAt, Math.Min(AfterHeadline, text.Length - headlineAt));
        if (TextDate.FindWithPosition(after, clock, fullOnly: true) is { } hit) return hit.Value;
        var from = Math.Max(0, headlineAt - BeforeHeadline);
        return TextDate.FindWithPosition(text[from..headlineAt], clock, fullOnly: true)?.Value;
    }

    /// <summary>How far above the headline its kicker line ("21. Jan 2022 // Dominik Ricker") may start.</summary>
    private const int KickerReach = 150;

    private static DateTimeOffset? Dateline(string text, int headlineAt, ZoneClock clock)
    {
        // The line just above the headline first: the date line printed over it.
        if (headlineAt > 1 && text.LastIndexOf('\n', headlineAt - 2) is var start && headlineAt - start <= KickerReach
            && TextDate.FindWithPosition(text[(start + 1)..headlineAt], clock, fullOnly: true) is { } kicker)
            return kicker.Value;
        var end = Math.Min(text.Length, headlineAt + DatelineReach);
        // The headline's own line is skipped: a headline that names a date is not a dateline.
        var at = text.IndexOf('\n', headlineAt);
        while (at >= 0 && at < end)
        {
            var next = text.IndexOf('\n', at + 1);
            if (next < 0) next = text.Length;
            var length = next - at - 1;
            // The date opens the line (after a time, a place or a name): "от 04 марта 2009 г." at the end of a registration notice is no dateline.
            if (length is > 5 and <= DatelineLength && TextDate.FindWithPosition(text.Substring(at + 1, length), clock, fullOnly: true) is { Index: <= DatelineOpening } hit) return hit.Value;
            at = next < text.Length ? next : -1;
        }
        return null;
    }

    /// <summary>
    /// The first date around the headline (the lines just above it, then those under it) that falls on <paramref name="day"/>'s
    /// day and gives a time of day; null when there is none.
    /// </summary>
    internal static DateTimeOffset? SameDayWithTime(string text, int headlineAt, DateTimeOffset day, ZoneClock clock)
    {
        if (headlineAt < 0) return null;
        var from = Math.Max(0, headlineAt - BeforeHeadline);
        var window = text.Substring(from, Math.Min(BeforeHeadline + DatelineReach, text.Length - from));
        var wanted = DateOnly.FromDateTime(day.DateTime);
        for (int at = 0, tries = 0; at < window.Length && tries < 12; tries++)
        {
            // Year-less and relative dates count here: the day they must fall on is known.
            if (TextDate.FindWithPosition(window[at..], clock) is not { } hit) break;
            if (hit.Value.TimeOfDay != TimeSpan.Zero && DateOnly.FromDateTime(hit.Value.DateTime) == wanted) return hit.Value;
            at += hit.Index + 6;
        }
        return null;
    }

    /// <summary>The first full date anywhere in the text from <paramref name="start"/> on, read in slices.</summary>
    internal static DateTimeOffset? Anywhere(string text, ZoneClock clock, int start = 0)
    {
        for (var at = start; at < Math.Min(text.Length, start + AnywhereLimit); at += 3500)
        {
            var slice = text.Substring(at, Math.Min(4000, text.Length - at));
            if (TextDate.FindWithPosition(slice, clock, fullOnly: true) is { } hit) return hit.Value;
        }
        return null;
    }
}
