using System.Text.RegularExpressions;
using Janalyq.Markup;

namespace Janalyq.Extraction.Dates;

/// <summary>
/// Machine-readable publication dates under names nobody standardised: any meta tag whose name speaks of publication
/// ("pub_date", "article.created", "DC.date.issued", "publishedOn"...), and JSON keys in the page's scripts
/// ("publishDate": "...", "published_at": "...") when its JSON-LD is missing or broken.
/// </summary>
internal static partial class MarkupScan
{
    /// <summary>Read no more of the scripts than this: a state blob of megabytes holds other articles' dates.</summary>
    private const int ScriptBudget = 150_000;

    [GeneratedRegex(@"publi|pubdate|pub_date|pub-date|issued|created|posted|firstpub|release|(^|[.:_-])date($|[.:_-])|articledate|storydate", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedName();

    [GeneratedRegex(@"modif|updat|revis|expir|last|edit|valid|end|start|event|birth|review|copyright", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherName();

    [GeneratedRegex(@"""(?:datePublished|publishDate|publishedDate|publishedAt|published_at|publish_date|published_date|date_published|pubDate|pub_date|publicationDate|publication_date|firstPublished|firstPublishDate|first_published_at|dateCreated|displayDate|articleDate|article_date)""\s*:\s*""(?<v>[^""]{8,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptDate();

    /// <summary>The first meta tag named for publication whose content is a date.</summary>
    internal static DateTimeOffset? Meta(IEnumerable<Element> metas, ZoneClock clock)
    {
        foreach (var m in metas)
        {
            if (!m.HasAttribute("content")) continue;
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (string.IsNullOrEmpty(key) || !PublishedName().IsMatch(key) || OtherName().IsMatch(key)) continue;
            if (IsoDate.Parse(m.GetAttribute("content"), clock) is { } v) return v;
        }
        return null;
    }

    /// <summary>The first publication key with a date value in the page's scripts (JSON-LD included, however broken).</summary>
    /// <remarks>Only JSON-LD scripts reach the DOM (<see cref="MarkupTrimmer"/> cuts the others), so these are all of them.</remarks>
    internal static DateTimeOffset? Scripts(IEnumerable<Element> scripts, ZoneClock clock)
    {
        var read = 0;
        foreach (var script in scripts)
        {
            var text = script.TextContent;
            if (text.Length == 0) continue;
            if (read + text.Length > ScriptBudget) text = text[..Math.Max(0, ScriptBudget - read)];
            read += text.Length;
            foreach (Match m in ScriptDate().Matches(text))
                if (IsoDate.Parse(m.Groups["v"].Value, clock) is { } v) return v;
            if (read >= ScriptBudget) break;
        }
        return null;
    }
}
