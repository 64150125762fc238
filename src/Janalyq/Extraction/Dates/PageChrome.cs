using Janalyq.Markup;

namespace Janalyq.Extraction.Dates;

/// <summary>
/// Where a date sits relative to the headline. A date line just above the headline is the article's kicker; one that
/// comes before it with the site's menus and banners in between (a header clock, "today is Wednesday, 4 January") is the
/// page's chrome, printed on every page and telling the day of the download, not of the article.
/// </summary>
internal static class PageChrome
{
    /// <summary>Visible characters between a date and the headline below it beyond which the date is not the article's.</summary>
    internal const int KickerReach = 250;

    /// <summary>Whether <paramref name="date"/> comes before <paramref name="headline"/> with more than <see cref="KickerReach"/> characters between.</summary>
    internal static bool IsChrome(Element date, Element headline)
    {
        if (date.Order >= headline.Order || date.Contains(headline)) return false;
        return TextBetween(date, headline, KickerReach + 1) > KickerReach;
    }

    /// <summary>
    /// Whether a date sits in a list of links to other stories (a "latest news" column of time-stamped headlines): the
    /// nearest of its ancestors (up to three levels) with 200 characters or more is half link text or more, with four links
    /// and three date-classed elements (<paramref name="dated"/>) or more.
    /// </summary>
    /// <remarks>
    /// A block that holds the headline is the article's own header, and a byline among tag and share links holds one date,
    /// not three: neither is a list.
    /// </remarks>
    internal static bool InListOfLinks(Element date, Element? headline, Func<Element, bool> dated)
    {
        var a = date.ParentElement;
        for (var level = 0; level < 3 && a is not null && a.LocalName != "body"; level++, a = a.ParentElement)
        {
            if (headline is not null && a.Contains(headline)) return false;
            int text = 0, link = 0, links = 0;
            Count(a, false, ref text, ref link, ref links);
            if (text >= 200) return link * 2 >= text && links >= 4 && a.Children.Count(c => dated(c) || c.Descendants().Any(dated)) >= 3;
        }
        return false;
    }

    /// <summary>
    /// Whether the date is (or sits in) a link to another page than <paramref name="page"/>: the date of the story it links
    /// to, in a slider or a list above the headline. The article's own date often links to the article itself (a permalink).
    /// </summary>
    internal static bool LinksElsewhere(Element date, Uri? page)
    {
        if (page is null) return false;
        var link = date.LocalName == "a" ? date : date.Closest("a");
        if (link?.GetAttribute("href") is not { Length: > 0 } href || href.StartsWith('#')) return false;
        if (!Uri.TryCreate(page, href, out var target) || target.Scheme is not ("http" or "https")) return false;
        return !string.Equals(target.Host, page.Host, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(target.AbsolutePath.TrimEnd('/'), page.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal);
    }

    private static void Count(Element e, bool inLink, ref int text, ref int link, ref int links)
    {
        for (var n = e.FirstChild; n is not null; n = n.NextSibling)
        {
            if (n is TextNode t)
            {
                var visible = 0;
                foreach (var c in t.Data)
                    if (!char.IsWhiteSpace(c)) visible++;
                text += visible;
                if (inLink) link += visible;
            }
            else if (n is Element child && child.LocalName is not ("script" or "style" or "noscript" or "template"))
            {
                if (child.LocalName == "a") links++;
                Count(child, inLink || child.LocalName == "a", ref text, ref link, ref links);
            }
        }
    }

    /// <summary>Visible characters after <paramref name="from"/>'s subtree and before <paramref name="to"/>, counted up to <paramref name="cap"/>.</summary>
    private static int TextBetween(Element from, Element to, int cap)
    {
        var count = 0;
        var n = After(from);
        while (n is not null && n != to && count < cap)
        {
            if (n is TextNode t)
            {
                foreach (var c in t.Data)
                    if (!char.IsWhiteSpace(c)) count++;
                n = After(n);
                continue;
            }
            if (n is not Element e)
            {
                n = After(n); // a comment
                continue;
            }
            n = e.LocalName is "script" or "style" or "noscript" or "template" or "head" || e.FirstChild is null ? After(e) : e.FirstChild;
        }
        return count;
    }

    private static Node? After(Node node)
    {
        for (var n = node; n is not null; n = n.ParentElement)
            if (n.NextSibling is { } next) return next;
        return null;
    }
}
