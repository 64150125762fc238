using System.Text.RegularExpressions;
using Janalyq.Markup;

namespace Janalyq.Extraction.Dates;

/// <summary>
/// The page's visible text in reading order for the date search: without scripts, controls, navigation, footers, asides,
/// comment threads and lists of related stories (their dates are other articles' dates), one line per block.
/// </summary>
internal static partial class PageText
{
    /// <summary>Stop reading after this many characters: the publication date is near the top of the article.</summary>
    private const int Limit = 30_000;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "select", "option", "button", "iframe", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "section", "article", "header", "time", "dd", "dt",
    };

    /// <summary>Class or id words of blocks whose dates are not the article's.</summary>
    [GeneratedRegex("comment|related|footer|sidebar|copyright|recommend|popular|teaser-list|most-read|reply", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherDates();

    /// <summary>
    /// The text and where the headline (the first h1) starts in it, or -1; with <paramref name="afterHeadline"/>, reading stops
    /// that many characters after the headline.
    /// </summary>
    internal static (string Text, int HeadlineAt) Read(Document doc, int afterHeadline = int.MaxValue)
    {
        var sb = new System.Text.StringBuilder();
        var headline = -1;
        if (doc.Body is null) return ("", -1);
        var stack = new Stack<Node>();
        stack.Push(doc.Body);
        while (stack.Count > 0 && sb.Length < Limit && (headline < 0 || sb.Length - headline < afterHeadline))
        {
            var n = stack.Pop();
            if (n is TextNode t)
            {
                AppendCollapsed(sb, t.Data);
                continue;
            }
            if (n is not Element e) continue;
            if (Skipped.Contains(e.LocalName) || IsOtherDates(e)) continue;
            if (Blocks.Contains(e.LocalName) && sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
            if (headline < 0 && e.LocalName == "h1") headline = sb.Length;
            for (var c = e.LastChild; c is not null; c = c.PreviousSibling) stack.Push(c);
        }
        return (sb.ToString(), headline);
    }

    /// <summary>Whether the element sits in navigation, an aside, a footer, comments or a list of related stories.</summary>
    internal static bool AmongOtherDates(Element e)
    {
        for (var a = e.ParentElement; a is not null && a.LocalName != "body"; a = a.ParentElement)
            if (a.LocalName is "nav" or "aside" or "footer" || IsOtherDates(a)) return true;
        return false;
    }

    private static bool IsOtherDates(Element e)
    {
        if (e.AttributeCount == 0) return false;
        var cls = e.GetAttribute("class");
        if (cls is not null && OtherDates().IsMatch(cls)) return true;
        var id = e.GetAttribute("id");
        return id is not null && OtherDates().IsMatch(id);
    }

    private static void AppendCollapsed(System.Text.StringBuilder sb, string s)
    {
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n') sb.Append(' ');
                continue;
            }
            sb.Append(c);
        }
    }
}
