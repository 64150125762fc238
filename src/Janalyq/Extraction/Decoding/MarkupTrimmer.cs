using System.Text;

namespace Janalyq.Extraction;

/// <summary>
/// Cuts what the extractor never reads out of the markup before the DOM is built: script elements (except
/// JSON-LD), style elements and comments. On news pages these are often half the bytes (inline app state,
/// CSS), and building them into the tree is half the parse. Ends are found the way the HTML tokenizer finds
/// them ("&lt;/script" and "&lt;/style" end raw text; "--&gt;" ends a comment), so the rest parses the same.
/// </summary>
internal static class MarkupTrimmer
{
    internal static string Trim(string html)
    {
        var span = html.AsSpan();
        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (true)
        {
            var lt = span[i..].IndexOf('<');
            if (lt < 0) break;
            i += lt;
            var rest = span[i..];
            int end;
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = rest[4..].IndexOf("-->", StringComparison.Ordinal);
                end = close < 0 ? -1 : i + 4 + close + 3;
            }
            else if (StartsTag(rest, "script"))
            {
                var tagEnd = rest.IndexOf('>');
                if (tagEnd < 0) break;
                if (rest[..tagEnd].Contains("ld+json", StringComparison.OrdinalIgnoreCase)) { i += tagEnd + 1; continue; }
                end = EndOf(span, i + tagEnd + 1, "</script");
            }
            else if (StartsTag(rest, "style"))
            {
                var tagEnd = rest.IndexOf('>');
                if (tagEnd < 0) break;
                end = EndOf(span, i + tagEnd + 1, "</style");
            }
            else
            {
                i++;
                continue;
            }
            if (end < 0) break; // unterminated: leave the rest to the parser
            sb ??= new StringBuilder(html.Length / 2);
            sb.Append(span[copied..i]);
            copied = i = end;
        }
        if (sb is null) return html;
        sb.Append(span[copied..]);
        return sb.ToString();
    }

    private static bool StartsTag(ReadOnlySpan<char> s, string name) =>
        s.Length > name.Length + 1 && s[1..].StartsWith(name, StringComparison.OrdinalIgnoreCase) && s[name.Length + 1] is '>' or ' ' or '\t' or '\n' or '\r' or '/';

    /// <summary>Index just past the closing tag that ends raw text starting at <paramref name="from"/>, or -1.</summary>
    private static int EndOf(ReadOnlySpan<char> s, int from, string closing)
    {
        var at = s[from..].IndexOf(closing, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return -1;
        var start = from + at;
        var gt = s[start..].IndexOf('>');
        return gt < 0 ? -1 : start + gt + 1;
    }
}
