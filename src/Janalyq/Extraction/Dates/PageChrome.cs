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
    /// Whether a date sits in a list of links to other stories (a "latest news" column of time-stamped headlines): one of
    /// its near ancestors holds 200 characters or more, half of them or more link text.
    /// </summary>
    internal static bool InListOfLinks(Element date)
    {
        var a = date.ParentElement;
        for (var level = 0; level < 3 && a is not null && a.LocalName != "body"; level++, a = a.ParentElement)
        {
            int text = 0, link = 0;
            Count(a, false, ref text, ref link);
            if (text >= 200) return link * 2 >= text;
        }
        return false;
    }

    private static void Count(Element e, bool inLink, ref int text, ref int link)
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
                Count(child, inLink || child.LocalName == "a", ref text, ref link);
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
            var e = (Element)n;
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
