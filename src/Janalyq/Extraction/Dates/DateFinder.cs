using System.Text.RegularExpressions;
using Janalyq.Markup;
using Janalyq.Extraction.Metadata;

namespace Janalyq.Extraction.Dates;

/// <summary>
/// Publication and modification times, from the most to the least reliable source: JSON-LD, meta tags,
/// &lt;time datetime&gt;, dates written in the page near the headline, the URL.
/// </summary>
internal static partial class DateFinder
{
    /// <summary>Meta names that mean "published", specifically.</summary>
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:article:published_time", "published_time", "og:published_time", "datePublished", "article:published",
        "article.published", "pubdate", "publishdate", "publish-date", "publish_date", "date.published", "dc.date.issued", "dcterms.issued",
        "sailthru.date", "parsely-pub-date", "citation_publication_date", "article_date_original", "cxenseparse:recs:publishtime",
        "mediator_published_time", "ya:ovs:upload_date", "originalpublicationdate", "publication_date", "release_date", "og:pubdate",
    ];

    /// <summary>Meta names that give "a date" of the page, often the publication date, sometimes the last edit.</summary>
    private static readonly string[] VagueKeys =
    [
        "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "citation_date", "date", "created", "datecreated", "dateCreated", "uploadDate",
    ];

    private static readonly string[] ModifiedKeys =
    [
        "article:modified_time", "og:article:modified_time", "modified_time", "og:updated_time", "dateModified", "article:modified",
        "article.updated", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "updated_time", "revised",
    ];

    internal static (DateTimeOffset? Published, DateTimeOffset? Modified) Find(Document doc, PageMeta meta, Uri? url, ZoneClock clock)
    {
        var modified = IsoDate.Parse(meta.JsonLd?.DateModified, clock);
        // The declared publication dates, strongest first; when they disagree on the day, the page's visible date votes too.
        var declaredDates = new List<DateTimeOffset>(4);
        void Declare(DateTimeOffset? v) { if (v is { } x) declaredDates.Add(x); }
        Declare(IsoDate.Parse(meta.JsonLd?.DatePublished, clock));
        Declare(FirstMeta(meta, PublishedKeys, clock));
        var specific = declaredDates.Count;
        Declare(FirstMeta(meta, VagueKeys, clock));
        // Microdata on the page's elements costs a walk of the whole page: read only when the head names no publication date or is split.
        if (specific == 0 || !DayVote.Agree(declaredDates)) Declare(Microdata(doc, clock));
        var published = DayVote.Choose(declaredDates, () => FromVisibleText(doc, url, clock, () => PageText.Read(doc, NearHeadline), out _, out var weak, out _) is { } v && !weak ? v : null);
        foreach (var key in ModifiedKeys)
        {
            if (modified is not null) break;
            modified = IsoDate.Parse(meta.First(key), clock);
        }
        published ??= MarkupScan.Meta(meta.Index.Metas, clock);
        DateTimeOffset? timeModified = null;
        var declared = published is not null;
        published ??= FromTimeElements(doc, clock, out timeModified);
        published ??= MarkupScan.Scripts(meta.Index.JsonLdScripts, clock);
        var fromMarkup = published is not null;
        // A page that declares its publication time in markup declares its modification time there too, if at all.
        DateTimeOffset? textPublished = null;
        (string Text, int HeadlineAt)? pageText = null;
        (string Text, int HeadlineAt) PageTextOnce() => pageText ??= PageText.Read(doc);
        (string Text, int HeadlineAt) HeadlineText() => pageText ?? PageText.Read(doc, NearHeadline);
        var yearless = false;
        DateTimeOffset? chrome = null;
        if (published is null || (modified is null && !declared))
        {
            textPublished = FromVisibleText(doc, url, clock, HeadlineText, out var textModified, out yearless, out chrome);
            // A date written without its year ("25 ноября") is the weakest evidence: any full date below beats it.
            if (!yearless) published ??= textPublished;
            modified ??= timeModified ?? textModified;
        }
        if (published is null)
        {
            // Nothing in markup nor in date-classed elements: the page's running text, then the URL.
            var (text, headlineAt) = PageTextOnce();
            // A date in the page's chrome (a header clock far above the headline) is the download's day: any full date after
            // the headline beats it, and it beats only the first date anywhere (which would be itself).
            published = TextSearch.Labelled(text, clock, fullOnly: yearless) ?? TextSearch.NearHeadline(text, headlineAt, clock) ?? FromUrl(url, clock)
                ?? (yearless ? textPublished : null) ?? (chrome is not null ? TextSearch.Anywhere(text, clock, Math.Max(0, headlineAt)) ?? chrome : null)
                ?? TextSearch.Anywhere(text, clock);
        }
        // The day without its time ("Среда, 4 января 2012 г." in a date-classed line) while the headline's own lines give
        // that day with a time ("время публикации: 4 января 2012 г., 14:07"): the time is the article's.
        if (published is { } day && day.TimeOfDay == TimeSpan.Zero && !fromMarkup)
        {
            var (text, headlineAt) = PageTextOnce();
            published = TextSearch.SameDayWithTime(text, headlineAt, day, clock) ?? day;
        }
        // A date read from the text that the URL's own full date contradicts is another date on the page (an event, a related story).
        if (!fromMarkup && published is { } p && UrlDay(url) is { } urlDay && urlDay != DateOnly.FromDateTime(p.DateTime)) published = FromUrl(url, clock);
        if (published is { Offset.Ticks: 0 } utc) published = LocalDay.Localize(utc, doc, meta, url);
        if (published is not null && modified is not null && modified < published) modified = null;
        return (published, modified);
    }

    /// <summary>How many characters under the headline a date of any kind (relative, year-less) is taken as the article's.</summary>
    private const int NearHeadline = 600;

    private static DateTimeOffset? FirstMeta(PageMeta meta, string[] keys, ZoneClock clock)
    {
        foreach (var key in keys)
            if (IsoDate.Parse(meta.First(key), clock) is { } v) return v;
        return null;
    }

    /// <summary>Microdata on the page's own elements: &lt;time itemprop="datePublished" datetime="..."&gt;.</summary>
    private static DateTimeOffset? Microdata(Document doc, ZoneClock clock)
    {
        foreach (var e in doc.QuerySelectorAll("[itemprop~='datePublished'][datetime], [itemprop~='datePublished'][content]"))
            if (IsoDate.Parse(e.GetAttribute("datetime") ?? e.GetAttribute("content"), clock) is { } v && !PageText.AmongOtherDates(e)) return v;
        return null;
    }

    private static DateTimeOffset? FromTimeElements(Document doc, ZoneClock clock, out DateTimeOffset? modified)
    {
        modified = null;
        DateTimeOffset? first = null;
        foreach (var t in doc.QuerySelectorAll("time[datetime], [itemprop~='datePublished'][datetime], [itemprop~='datePublished'][content], abbr.published[title]"))
        {
            var value = t.GetAttribute("datetime") ?? t.GetAttribute("content") ?? t.GetAttribute("title");
            var parsed = IsoDate.Parse(value, clock);
            if (parsed is null || PageText.AmongOtherDates(t)) continue;
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
    private static bool LabelledUpdated(Element e)
    {
        var parent = e.ParentElement;
        if (parent is null) return false;
        var sb = new System.Text.StringBuilder();
        for (var n = parent.FirstChild; n is not null && n != e; n = n.NextSibling) sb.Append(n.TextContent);
        var before = sb.ToString();
        if (before.Length > 40) before = before[^40..];
        return UpdatedLabel().IsMatch(before);
    }

    private static string ClassHintsOf(Element e) => Body.ClassHints.Signature(e) + " " + (e.ParentElement is { } p ? Body.ClassHints.Signature(p) : "");

    [GeneratedRegex(@"(^|[\s_-])(date|dates|time|datetime|published|publish\w*|pubdate|posted|created|timestamp|article-date|post-date|entry-date|story-date|news-date|date-time|meta|info|byline|article-info|post-meta|entry-meta|article-meta|article__date|data|vremya)([\s_-]|$)|date|time", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateHint();

    [GeneratedRegex(@"(обновлено|обновлён|изменено|updated|modified|жаңартылды|өзгертілді)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedLabel();

    /// <summary>Short elements whose class says "date", in document order, then the lines around the headline.</summary>
    private static DateTimeOffset? FromVisibleText(Document doc, Uri? url, ZoneClock clock, Func<(string Text, int HeadlineAt)> text, out DateTimeOffset? modified, out bool yearless, out DateTimeOffset? chrome)
    {
        modified = null;
        yearless = false;
        chrome = null;
        if (doc.Body is null) return null;
        var headline = doc.QuerySelector("h1");
        DateTimeOffset? found = null;
        var after = 0;
        foreach (var e in doc.Body.QuerySelectorAll("[class], [id]"))
        {
            if (found is not null && (modified is not null || ++after > 12)) break;
            var sig = Body.ClassHints.Signature(e);
            if (!DateHint().IsMatch(sig)) continue;
            if (sig.Contains("comment", StringComparison.OrdinalIgnoreCase)) continue;
            var line = e.TextContent;
            if (line.Length > 300 || line.Length < 6) continue;
            if (PageChrome.InListOfLinks(e, headline, x => DateHint().IsMatch(Body.ClassHints.Signature(x))) || PageChrome.LinksElsewhere(e, url)) continue;
            if (line.Length > 300 || line.Length < 6) continue;
            line = Body.Html.Collapse(line);
            if (UpdatedLabel().Match(line) is { Success: true, Index: < 3 })
            {
                modified ??= TextDate.Find(line, clock);
                continue;
            }
            if (found is null && TextDate.FindWithPosition(line, clock) is { } hit)
            {
                // Far above the headline: the site's header, whose date is the day of the download.
                if (headline is not null && PageChrome.IsChrome(e, headline))
                {
                    chrome ??= hit.Value;
                    continue;
                }
                found = hit.Value;
                yearless = hit.Yearless;
                if (modified is null && UpdatedLabel().Match(line) is { Success: true } upd && upd.Index > 0)
                    modified = TextDate.Find(line[upd.Index..], clock);
            }
        }
        if (found is not null) return found;
        if (chrome is not null) return null;
        // Just under the headline, in the page's text without comments and related stories: any date, relative ones too.
        if (doc.QuerySelector("h1") is null) return null;
        var (pageText, headlineAt) = text();
        if (headlineAt >= 0 && TextDate.FindWithPosition(pageText.Substring(headlineAt, Math.Min(NearHeadline, pageText.Length - headlineAt)), clock) is { } near)
        {
            yearless = near.Yearless;
            return near.Value;
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
