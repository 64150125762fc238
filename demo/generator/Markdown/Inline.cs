using System.Text;

namespace Janalyq.Demo.Generator.Markdown;

/// <summary>Inline Markdown: **bold**, *italic*, [text](url). Renders to HTML or to plain text.</summary>
internal static class Inline
{
    public static string ToHtml(string markdown)
    {
        var sb = new StringBuilder(markdown.Length + 16);
        Render(markdown, sb, html: true);
        return sb.ToString();
    }

    public static string ToPlain(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        Render(markdown, sb, html: false);
        return sb.ToString();
    }

    private static void Render(string s, StringBuilder sb, bool html)
    {
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '*' && TryEmphasis(s, i, sb, html, out var next)) { i = next; continue; }
            if (s[i] == '[' && TryLink(s, i, sb, html, out next)) { i = next; continue; }
            var c = s[i].ToString();
            sb.Append(html ? Html.Text(c) : c);
            i++;
        }
    }

    private static bool TryEmphasis(string s, int i, StringBuilder sb, bool html, out int next)
    {
        next = i;
        var strong = i + 1 < s.Length && s[i + 1] == '*';
        var marker = strong ? "**" : "*";
        var start = i + marker.Length;
        if (start >= s.Length || char.IsWhiteSpace(s[start])) return false;
        var end = strong ? s.IndexOf("**", start + 1, StringComparison.Ordinal) : FindSingleStar(s, start + 1);
        if (end < 0 || char.IsWhiteSpace(s[end - 1])) return false;
        var inner = s[start..end];
        var tag = strong ? "strong" : "em";
        if (html) sb.Append('<').Append(tag).Append('>');
        Render(inner, sb, html);
        if (html) sb.Append("</").Append(tag).Append('>');
        next = end + marker.Length;
        return true;
    }

    // A closing '*' that is not part of a '**' pair, so "*a **b** c*" stays one italic span.
    private static int FindSingleStar(string s, int from)
    {
        for (var j = from; j < s.Length; j++)
        {
            if (s[j] != '*') continue;
            if (j + 1 < s.Length && s[j + 1] == '*') { j++; continue; }
            return j;
        }
        return -1;
    }

    private static bool TryLink(string s, int i, StringBuilder sb, bool html, out int next)
    {
        next = i;
        var close = s.IndexOf("](", i + 1, StringComparison.Ordinal);
        if (close < 0) return false;
        var end = s.IndexOf(')', close + 2);
        if (end < 0) return false;
        var url = s[(close + 2)..end].Trim();
        if (url.Length == 0 || url.Contains(' ', StringComparison.Ordinal)) return false;
        var text = s[(i + 1)..close];
        if (html) sb.Append("<a href=\"").Append(Html.Attr(url)).Append("\">");
        Render(text, sb, html);
        if (html) sb.Append("</a>");
        next = end + 1;
        return true;
    }
}
