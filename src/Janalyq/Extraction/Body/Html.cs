using System.Runtime.CompilerServices;
using Janalyq.Markup;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int VisibleLength(string s)
    {
        var n = 0;
        foreach (var c in s)
            if (!IsWhiteSpace(c)) n++;
        return n;
    }

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>Visible characters under <paramref name="root"/> and how many of them are inside links (junk elements
    /// skipped, as <see cref="NodeStats"/> counts them), without building the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (int Text, int Link) Measure(Element root)
    {
        int text = 0, link = 0;
        for (Node? n = root.FirstChild; n is not null;)
        {
            if (n is Element e)
            {
                if (!Junk.Contains(e.LocalName) && e.FirstChild is { } first) { n = first; continue; }
            }
            else if (n is TextNode t)
            {
                var visible = VisibleLength(t.Data);
                text += visible;
                for (var a = t.ParentElement; a is not null && a != root; a = a.ParentElement)
                    if (a.LocalName == "a") { link += visible; break; }
            }
            n = Element.NextAfter(n, root);
        }
        return (text, link);
    }

    /// <summary>Visible characters of the text under <paramref name="root"/>, without building it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int VisibleTextLength(Element root)
    {
        var n = 0;
        for (var node = Element.Next(root, root); node is not null; node = Element.Next(node, root))
            if (node is TextNode t) n += VisibleLength(t.Data);
        return n;
    }

    /// <summary>Text content without recursion (safe on deep trees), whitespace collapsed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string TextOf(Node node)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<Node>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is TextNode t) { sb.Append(t.Data); continue; }
            if (n is not Element el || Junk.Contains(el.LocalName)) continue;
            if (el.LocalName is "br" or "p" or "div" or "li") sb.Append(' ');
            for (var c = el.LastChild; c is not null; c = c.PreviousSibling) stack.Push(c);
        }
        return Collapse(sb.ToString());
    }
}
