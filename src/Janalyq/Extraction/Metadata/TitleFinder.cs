using System.Text.RegularExpressions;
using Janalyq.Markup;
using Janalyq.Extraction.Body;

namespace Janalyq.Extraction.Metadata;

/// <summary>The headline, without the outlet's name that titles usually carry ("Headline | Outlet").</summary>
internal static partial class TitleFinder
{
    private static readonly string[] Separators = [" | ", " - ", " — ", " – ", " :: ", " « ", " » ", " / ", " · ", " ・ ", " • ", " ~ ", " : "];

    internal static string? Find(Document doc, PageMeta meta, string? siteName, Uri? url = null)
    {
        // The declared title, in the order Readability and most consumers use: JSON-LD, Dublin Core, OpenGraph, Twitter.
        var declared = Declared(meta, siteName);
        var docTitle = meta.DocumentTitle;
        var h1s = meta.Index.H1s.Select(h => Html.Collapse(h.TextContent)).Where(t => t.Length > 0).ToList();

        // A declared title the h1 contains (the h1 says "The seven secrets …", og:title "Seven secrets …") keeps its wording.
        if (declared is not null && StripSite(Html.Collapse(declared), siteName, HostLabel(url), guess: false) is { Length: > 0 } plainDeclared
            && BlockFilter.Normalize(plainDeclared) is { Length: >= 8 } dn && h1s.Exists(h => BlockFilter.Normalize(h) is var hn && hn.Contains(dn, StringComparison.Ordinal) && dn.Length * 10 >= hn.Length * 8))
            return plainDeclared;
        // Agreement first: the part of a declared title or of <title> that a heading of the page repeats is the headline,
        // whatever the site puts around it ("… - Новости медицины - ИА REGNUM", "Наука / …", "Site::: … / subtitle / date").
        if (Agreed(doc, meta.Index.H1s, [declared, docTitle], siteName) is { } agreed) return agreed;

        if (declared is not null && Html.Collapse(declared) is { Length: > 0 } d)
        {
            // "Headline | Columnist": where the page's h1 ends inside the declared title, the headline ends.
            if (HeadlineBeforeSeparator(d, h1s) is { } head) return head;
            // A declared title is the outlet's own: only a part that names the outlet goes, no guessing.
            var stripped = StripSite(d, siteName, HostLabel(url), guess: false);
            if (stripped.Length > 0) return stripped;
        }

        // Only <title>: the h1 it contains is the cleanest form of the headline.
        if (!string.IsNullOrEmpty(docTitle))
        {
            var norm = BlockFilter.Normalize(docTitle);
            foreach (var h in h1s)
            {
                var hn = BlockFilter.Normalize(h);
                if (hn.Length >= 8 && norm.StartsWith(hn, StringComparison.Ordinal) && hn.Length >= norm.Length * 0.4) return HeadlineBeforeSeparator(docTitle, [h]) ?? h;
            }
        }
        var raw = docTitle ?? h1s.FirstOrDefault();
        if (raw is null) return null;
        return StripSite(Html.Collapse(raw), siteName, HostLabel(url));
    }

    /// <summary>
    /// The headline two sources agree on: a heading equal to a run of separator-delimited parts of a declared title or of
    /// &lt;title&gt;. An h1 whose leading text is followed by more elements (a subtitle, the date, tag links, a comment count)
    /// is compared by that leading text first; then h1s whole; then an h2, only where it opens a title (an h2 equal to a
    /// middle part is the section's name). The title's wording is kept.
    /// </summary>
    private static string? Agreed(Document doc, List<Element> h1s, string?[] titles, string? siteName)
    {
        var site = Site(siteName);
        var runs = new List<Run>();
        foreach (var t in titles)
            if (t is not null && Html.Collapse(t) is { Length: > 0 } c) runs.AddRange(Runs(c));
        // Never the outlet's own name (a logo in an h1), nor a part after more than a short site or section name.
        runs.RemoveAll(r => r.Norm.Length < 8 || !r.Opens || IsSiteName(r.Text, site));
        if (runs.Count == 0) return null;
        string? Match(string text, bool firstOnly)
        {
            var n = BlockFilter.Normalize(text);
            return n.Length < 8 ? null : runs.Find(r => r.Norm == n && (!firstOnly || r.First))?.Text;
        }
        foreach (var h in h1s)
            if (LeadingText(h) is { } lead && Match(lead, false) is { } agreed) return agreed;
        foreach (var h in h1s)
            if (Match(h.TextContent, false) is { } agreed) return agreed;
        if (doc.Body is { } body)
        {
            var n = 0;
            foreach (var e in body.Descendants())
                if (e.LocalName == "h2" && ++n <= 30 && Match(e.TextContent, true) is { } agreed) return agreed;
        }
        return null;
    }

    /// <summary>The text of a heading before its first child element, when an element with text follows it; else null.</summary>
    private static string? LeadingText(Element h)
    {
        var sb = new System.Text.StringBuilder();
        for (var n = h.FirstChild; n is not null; n = n.NextSibling)
        {
            if (n is TextNode t) { sb.Append(t.Data); continue; }
            if (n is Element e && e.TextContent.Trim().Length > 0) return sb.Length > 0 ? sb.ToString() : null;
        }
        return null;
    }

    /// <summary>
    /// A run of consecutive parts of a title: its text, its letters, whether it is the title's start, and whether what precedes it is at most a short name (three words, fewer than its own).
    /// </summary>
    private sealed record Run(string Text, string Norm, bool First, bool Opens);

    /// <summary>Every run of consecutive parts of a title split at its separators (the whole title included), trimmed.</summary>
    private static List<Run> Runs(string title)
    {
        var starts = new List<int> { 0 };
        var ends = new List<int>();
        foreach (Match m in TitleSeparator().Matches(title))
        {
            ends.Add(m.Index);
            starts.Add(m.Index + m.Length);
        }
        ends.Add(title.Length);
        var runs = new List<Run>();
        for (var i = 0; i < starts.Count && i < 12; i++)
        {
            for (var j = i; j < ends.Count && j < i + 6; j++)
            {
                if (ends[j] > starts[i] && title[starts[i]..ends[j]].Trim() is { Length: > 0 } run)
                {
                    var before = title[..starts[i]].Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
                    runs.Add(new Run(run, BlockFilter.Normalize(run), i == 0, i == 0 || before <= 3 && before < WordCount(run)));
                }
            }
        }
        return runs;
    }

    /// <summary>Separators between a title's parts: " | ", " - ", " — ", " :: ", "::: ", " » ", " / ", " // " and the like (not a headline's own "A: B").</summary>
    [GeneratedRegex(@"\s+(?:\||-|—|–|::|«|»|/|//|·|•|~|:)\s+|\s*(?::{2,}|\|)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();

    /// <summary>"ehow" for www.ehow.com, "tengrinews" for tengrinews.kz: the outlet's name as its address spells it.</summary>
    private static string? HostLabel(Uri? url)
    {
        if (url is null || url.HostNameType != UriHostNameType.Dns) return null;
        var labels = url.Host.Split('.');
        if (labels.Length < 2) return null;
        var label = labels[^2];
        if (label.Length <= 3 && labels.Length >= 3) label = labels[^3]; // bbc.co.uk
        return label.Length >= 3 ? label.ToLowerInvariant() : null;
    }

    /// <summary>The first declared title that is not just the outlet's name.</summary>
    private static string? Declared(PageMeta meta, string? siteName)
    {
        var site = Site(siteName);
        if (meta.JsonLd?.Title(meta.DocumentTitle) is { } ld && !IsSiteName(Html.Collapse(ld), site)) return ld;
        foreach (var key in (ReadOnlySpan<string>)["dc:title", "dcterm:title", "dcterms:title", "og:title", "twitter:title", "parsely-title", "sailthru:title", "title"])
            if (meta.First(key) is { } v && Html.Collapse(v) is { Length: > 0 } c && !IsSiteName(c, site)) return v;
        return null;
    }

    /// <summary>The part of <paramref name="title"/> before a separator that equals one of the h1s (compared without punctuation).</summary>
    private static string? HeadlineBeforeSeparator(string title, List<string> h1s)
    {
        foreach (var h in h1s)
        {
            var hn = BlockFilter.Normalize(h);
            if (hn.Length < 8) continue;
            foreach (var sep in Separators)
            {
                var at = title.IndexOf(sep, StringComparison.Ordinal);
                while (at > 0)
                {
                    var head = title[..at].Trim();
                    if (BlockFilter.Normalize(head) == hn) return head;
                    at = title.IndexOf(sep, at + sep.Length, StringComparison.Ordinal);
                }
            }
        }
        return null;
    }

    private static string? Site(string? siteName) => siteName is null ? null : BlockFilter.Normalize(siteName);

    /// <summary>
    /// Removes a leading or trailing outlet name set off by a separator: a part that matches the site's name or its
    /// address, or (with <paramref name="guess"/>) a short trailing part after a headline of three words or more.
    /// </summary>
    internal static string StripSite(string title, string? siteName, string? hostLabel = null, bool guess = true)
    {
        var site = siteName is null ? null : BlockFilter.Normalize(siteName);
        foreach (var sep in Separators)
        {
            var last = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0)
            {
                var tail = title[(last + sep.Length)..];
                var head = title[..last];
                if (IsSiteName(tail, site) || IsSiteName(tail, hostLabel) || (guess && WordCount(tail) <= 4 && WordCount(head) >= 3 && sep != " : "))
                    return StripSite(head.Trim(), siteName, hostLabel, guess);
            }
            var first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0)
            {
                var lead = title[..first];
                if (IsSiteName(lead, site) || IsSiteName(lead, hostLabel)) return title[(first + sep.Length)..].Trim();
            }
        }
        return title;
    }

    private static bool IsSiteName(string part, string? site)
    {
        if (site is null || site.Length == 0) return false;
        var p = BlockFilter.Normalize(part);
        if (p.Length == 0) return false;
        if (p == site || (p.Length >= 3 && site.Contains(p, StringComparison.Ordinal))) return true;
        // "Tengrinews.kz — новости Казахстана": the name and a short slogan, but not a headline that ends with the name.
        return (p.StartsWith(site, StringComparison.Ordinal) || p.EndsWith(site, StringComparison.Ordinal)) && p.Length <= Math.Min(site.Length + 12, site.Length * 2);
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
