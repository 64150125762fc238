using AngleSharp.Dom;

namespace Janalyq.Extraction.Body;

/// <summary>Element categories the body finder reasons with.</summary>
internal static class Html
{
    /// <summary>Phrasing elements: their text belongs to the surrounding paragraph.</summary>
    internal static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "br", "strike", "big", "tt", "ins", "del", "nobr", "label", "img", "picture",
    };

    /// <summary>Never content: dropped with their subtree before anything else.</summary>
    internal static readonly HashSet<string> Junk = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "svg", "canvas", "link", "meta", "object", "embed", "applet", "input", "button", "select",
        "textarea", "option", "datalist", "output", "progress", "meter", "dialog", "map", "area", "audio", "video", "track", "source",
        "math", "head", "title", "base", "frame", "frameset", "noframes", "param",
    };

    /// <summary>Page furniture by tag.</summary>
    internal static readonly HashSet<string> Furniture = new(StringComparer.Ordinal) { "nav", "aside", "footer", "menu" };

    internal static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';

    internal static bool IsWhiteSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f' or '\u00A0' or '\u200B' or '\u2009' or '\u202F' or '\u2007' or '\uFEFF' || (c > 127 && char.IsWhiteSpace(c));

    /// <summary>Counts characters that are not white space.</summary>
    internal static int VisibleLength(string s)
    {
        var n = 0;
        foreach (var c in s)
            if (!IsWhiteSpace(c)) n++;
        return n;
    }

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    internal static string Collapse(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Text content without recursion (safe on deep trees), whitespace collapsed.</summary>
    internal static string TextOf(INode node)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is IText t) { sb.Append(t.Data); continue; }
            if (n is IElement el && Junk.Contains(el.LocalName)) continue;
            if (n is IElement { LocalName: "br" or "p" or "div" or "li" }) sb.Append(' ');
            var children = n.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return Collapse(sb.ToString());
    }
}
