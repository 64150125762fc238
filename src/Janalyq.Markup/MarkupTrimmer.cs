using System.Text;

namespace Janalyq.Markup;

/// <summary>
/// Cuts what the extractor never reads out of the markup before the DOM is built: script elements (except
/// JSON-LD), style elements, comments, and the inside of inline SVG and template elements (icons and sprites:
/// the cleaner drops both whole anyway). On news pages these are often half the bytes (inline app state,
/// CSS), and building them into the tree is half the parse. Ends are found the way the HTML tokenizer finds
/// them ("&lt;/script" and "&lt;/style" end raw text; "--&gt;" ends a comment), so the rest parses the same.
/// The extractor no longer calls it: <see cref="PageParser.ParseForExtraction(string)"/> makes the same cuts while
/// parsing, without a copy of the page. It stays as the reference those cuts are checked against (AngleSharp parses
/// the trimmed page in the parity benchmark and tests).
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
                // "<!-->" and "<!--->" are whole comments (the tokenizer's abrupt closing of an empty comment).
                if (rest[4..].StartsWith(">", StringComparison.Ordinal)) end = i + 5;
                else if (rest[4..].StartsWith("->", StringComparison.Ordinal)) end = i + 6;
                else
                {
                    var close = rest[4..].IndexOf("-->", StringComparison.Ordinal);
                    end = close < 0 ? -1 : i + 4 + close + 3;
                }
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
            else if (StartsTag(rest, "svg") || StartsTag(rest, "template"))
            {
                // Keep an empty element in its place; nested ones of the same name are counted.
                var name = rest[1] is 's' or 'S' ? "svg" : "template";
                var tagEnd = rest.IndexOf('>');
                if (tagEnd < 0) break;
                if (rest[tagEnd - 1] == '/') { i += tagEnd + 1; continue; } // <svg/>
                var close = Nested(span, i + tagEnd + 1, name);
                if (close < 0) break;
                sb ??= new StringBuilder(html.Length / 2);
                sb.Append(span[copied..(i + tagEnd + 1)]);
                sb.Append("</").Append(name).Append('>');
                var gt = span[close..].IndexOf('>');
                if (gt < 0) break;
                copied = i = close + gt + 1;
                continue;
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

    /// <summary>Index of the "&lt;/name" that closes the element whose content starts at <paramref name="from"/>, or -1.</summary>
    private static int Nested(ReadOnlySpan<char> s, int from, string name)
    {
        var depth = 1;
        var i = from;
        while (true)
        {
            var lt = s[i..].IndexOf('<');
            if (lt < 0) return -1;
            i += lt;
            var rest = s[i..];
            if (rest.Length > name.Length + 2 && rest[1] == '/' && rest[2..].StartsWith(name, StringComparison.OrdinalIgnoreCase) && rest[name.Length + 2] is '>' or ' ' or '\t' or '\n' or '\r')
            {
                if (--depth == 0) return i;
            }
            else if (StartsTag(rest, name) && rest.IndexOf('>') is var gt and > 0 && rest[gt - 1] != '/') depth++;
            i++;
        }
    }

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
