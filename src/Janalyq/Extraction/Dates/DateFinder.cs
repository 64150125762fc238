using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Janalyq.Extraction.Metadata;

namespace Janalyq.Extraction.Dates;

/// <summary>
/// Publication and modification times, from the most to the least reliable source: JSON-LD, meta tags,
/// &lt;time datetime&gt;, dates written in the page near the headline, the URL.
/// </summary>
internal static partial class DateFinder
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:article:published_time", "published_time", "og:published_time", "datePublished", "article:published",
        "article.published", "pubdate", "publishdate", "publish-date", "publish_date", "date.published", "dc.date.issued", "dcterms.issued",
        "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
        "citation_date", "article_date_original", "cxenseparse:recs:publishtime", "mediator_published_time", "ya:ovs:upload_date",
        "originalpublicationdate", "date", "created", "datecreated", "dateCreated", "uploadDate", "publication_date", "release_date", "og:pubdate",
    ];

    private static readonly string[] ModifiedKeys =
    [
        "article:modified_time", "og:article:modified_time", "modified_time", "og:updated_time", "dateModified", "article:modified",
        "article.updated", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "updated_time", "revised",
    ];

    internal static (DateTimeOffset? Published, DateTimeOffset? Modified) Find(IDocument doc, PageMeta meta, Uri? url, ZoneClock clock)
    {
        var published = IsoDate.Parse(meta.JsonLd?.DatePublished, clock);
        var modified = IsoDate.Parse(meta.JsonLd?.DateModified, clock);
        foreach (var key in PublishedKeys)
        {
            if (published is not null) break;
            published = IsoDate.Parse(meta.First(key), clock);
        }
        foreach (var key in ModifiedKeys)
        {
            if (modified is not null) break;
            modified = IsoDate.Parse(meta.First(key), clock);
        }
        DateTimeOffset? timeModified = null;
        var declared = published is not null;
        published ??= FromTimeElements(doc, clock, out timeModified);
        // A page that declares its publication time in markup declares its modification time there too, if at all.
        DateTimeOffset? textPublished = null;
        var textRead = false;
        if (published is null || (modified is null && !declared) || published.Value.Offset == TimeSpan.Zero)
        {
            textPublished = FromVisibleText(doc, clock, out var textModified);
            textRead = true;
            if (published is null || (modified is null && !declared))
            {
                published ??= textPublished;
                modified ??= timeModified ?? textModified;
            }
        }
        if (published is null)
        {
            // Nothing in markup nor in date-classed elements: the page's running text, then the URL.
            var (text, headlineAt) = PageText.Read(doc);
            published = TextSearch.Labelled(text, clock) ?? TextSearch.NearHeadline(text, headlineAt, clock) ?? FromUrl(url, clock) ?? TextSearch.Anywhere(text, clock);
        }
        if (published is { Offset.Ticks: 0 } utc) published = LocalDay.Localize(utc, doc, meta, url, clock, textRead ? textPublished : null);
        if (published is not null && modified is not null && modified < published) modified = null;
        return (published, modified);
    }

    private static DateTimeOffset? FromTimeElements(IDocument doc, ZoneClock clock, out DateTimeOffset? modified)
    {
        modified = null;
        DateTimeOffset? first = null;
        foreach (var t in doc.QuerySelectorAll("time[datetime], [itemprop~='datePublished'][datetime], [itemprop~='datePublished'][content], abbr.published[title]"))
        {
            var value = t.GetAttribute("datetime") ?? t.GetAttribute("content") ?? t.GetAttribute("title");
            var parsed = IsoDate.Parse(value, clock);
            if (parsed is null) continue;
            var sig = (ClassHintsOf(t) + " " + (t.GetAttribute("itemprop") ?? "")).ToLowerInvariant();
            if (sig.Contains("publish", StringComparison.Ordinal) || sig.Contains("created", StringComparison.Ordinal) || t.HasAttribute("pubdate")) return parsed;
            if (sig.Contains("modif", StringComparison.Ordinal) || sig.Contains("updated", StringComparison.Ordinal) || LabelledUpdated(t))
            {
                modified ??= parsed;
                continue;
            }
            first ??= parsed;
        }
        if (first is null)
            foreach (var e in doc.QuerySelectorAll("[itemprop~='datePublished']"))
                if (TextDate.Find(Body.Html.TextOf(e), clock) is { } v) return v;
        return first;
    }

    /// <summary>"Обновлено: &lt;time&gt;": the text just before the element in its parent says "updated".</summary>
    private static bool LabelledUpdated(IElement e)
    {
        var parent = e.ParentElement;
        if (parent is null) return false;
        var sb = new System.Text.StringBuilder();
        var nodes = parent.ChildNodes;
        for (var i = 0; i < nodes.Length && nodes[i] != e; i++) sb.Append(nodes[i].TextContent);
        var before = sb.ToString();
        if (before.Length > 40) before = before[^40..];
        return UpdatedLabel().IsMatch(before);
    }

    private static string ClassHintsOf(IElement e) => Body.ClassHints.Signature(e) + " " + (e.ParentElement is { } p ? Body.ClassHints.Signature(p) : "");

    [GeneratedRegex(@"(^|[\s_-])(date|dates|time|datetime|published|publish\w*|pubdate|posted|created|timestamp|article-date|post-date|entry-date|story-date|news-date|date-time|meta|info|byline|article-info|post-meta|entry-meta|article-meta|article__date|data|vremya)([\s_-]|$)|date|time", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateHint();

    [GeneratedRegex(@"(обновлено|обновлён|изменено|updated|modified|жаңартылды|өзгертілді)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedLabel();

    /// <summary>Short elements whose class says "date", in document order, then the lines around the headline.</summary>
    private static DateTimeOffset? FromVisibleText(IDocument doc, ZoneClock clock, out DateTimeOffset? modified)
    {
        modified = null;
        if (doc.Body is null) return null;
        DateTimeOffset? found = null;
        var after = 0;
        foreach (var e in doc.Body.QuerySelectorAll("[class], [id]"))
        {
            if (found is not null && (modified is not null || ++after > 12)) break;
            var sig = Body.ClassHints.Signature(e);
            if (!DateHint().IsMatch(sig)) continue;
            if (sig.Contains("comment", StringComparison.OrdinalIgnoreCase)) continue;
            var text = e.TextContent;
            if (text.Length > 300 || text.Length < 6) continue;
            text = Body.Html.Collapse(text);
            if (UpdatedLabel().Match(text) is { Success: true, Index: < 3 })
            {
                modified ??= TextDate.Find(text, clock);
                continue;
            }
            if (found is null && TextDate.Find(text, clock) is { } v)
            {
                found = v;
                if (modified is null && UpdatedLabel().Match(text) is { Success: true } upd && upd.Index > 0)
                    modified = TextDate.Find(text[upd.Index..], clock);
            }
        }
        if (found is not null) return found;
        // Near the headline: the text of the h1's following siblings (and its parent's) for a few hundred characters.
        if (doc.QuerySelector("h1") is { } h1)
        {
            var sb = new System.Text.StringBuilder();
            for (var n = h1.ParentElement?.ParentElement ?? h1.ParentElement; n is not null && sb.Length < 600; n = null)
                sb.Append(Body.Html.TextOf(n));
            var around = sb.ToString();
            var at = around.IndexOf(Body.Html.Collapse(h1.TextContent), StringComparison.Ordinal);
            if (at >= 0) around = around[at..];
            if (around.Length > 600) around = around[..600];
            if (TextDate.Find(around, clock) is { } v) return v;
        }
        return null;
    }

    [GeneratedRegex(@"/(?<y>20\d{2})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?:/|-|$)|/(?<y>20\d{2})(?<m>\d{2})(?<d>\d{2})(?:/|-|_|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    private static DateTimeOffset? FromUrl(Uri? url, ZoneClock clock) =>
        UrlDay(url) is { } day ? clock.At(new NodaTime.LocalDateTime(day.Year, day.Month, day.Day, 0, 0)) : null;

    /// <summary>The full date in a URL's path (/2026/11/25/, /2026-11-25-, /20261125/), if any.</summary>
    internal static DateOnly? UrlDay(Uri? url)
    {
        if (url is null) return null;
        var m = UrlDate().Match(url.AbsolutePath);
        if (!m.Success) return null;
        var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return IsoDate.Valid(y, mo, d) ? new DateOnly(y, mo, d) : null;
    }
}
