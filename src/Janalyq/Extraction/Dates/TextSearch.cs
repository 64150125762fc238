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

    /// <summary>The first full date after the headline, else just before it.</summary>
    internal static DateTimeOffset? NearHeadline(string text, int headlineAt, ZoneClock clock)
    {
        if (headlineAt < 0) return null;
        var after = text.Substring(headlineAt, Math.Min(AfterHeadline, text.Length - headlineAt));
        if (TextDate.FindWithPosition(after, clock, fullOnly: true) is { } hit) return hit.Value;
        var from = Math.Max(0, headlineAt - BeforeHeadline);
        return TextDate.FindWithPosition(text[from..headlineAt], clock, fullOnly: true)?.Value;
    }

    /// <summary>The first full date anywhere in the text, read in slices.</summary>
    internal static DateTimeOffset? Anywhere(string text, ZoneClock clock)
    {
        for (var at = 0; at < Math.Min(text.Length, AnywhereLimit); at += 3500)
        {
            var slice = text.Substring(at, Math.Min(4000, text.Length - at));
            if (TextDate.FindWithPosition(slice, clock, fullOnly: true) is { } hit) return hit.Value;
        }
        return null;
    }
}
