using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Html;

namespace Janalyq.Markup;

/// <summary>
/// Decodes character references ("&amp;amp;", "&amp;#1058;", "&amp;#x41;", legacy "&amp;nbsp" without the semicolon)
/// as the HTML standard does, with AngleSharp's table of the standard's 2,231 named references.
/// </summary>
internal static class CharacterReferences
{
    /// <summary>The text of <paramref name="span"/> with references decoded and line breaks normalized.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string Decode(ReadOnlySpan<char> span, bool inAttribute)
    {
        var amp = span.IndexOf('&');
        if (amp < 0) return NormalizeLines(new string(span));
        var sb = Node.Rent();
        var i = 0;
        while (amp >= 0)
        {
            sb.Append(span.Slice(i, amp));
            i += amp;
            var consumed = TryReference(span[i..], inAttribute, sb);
            if (consumed == 0) { sb.Append('&'); consumed = 1; }
            i += consumed;
            amp = span[i..].IndexOf('&');
        }
        sb.Append(span[i..]);
        return NormalizeLines(Node.Release(sb));
    }

    /// <summary>CR LF and lone CR as LF (the standard normalizes the input stream so; done per text run here, so the page
    /// itself is never copied).</summary>
    internal static string NormalizeLines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>Appends the character(s) of the reference at the start of <paramref name="s"/>; returns the characters
    /// consumed, 0 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TryReference(ReadOnlySpan<char> s, bool inAttribute, StringBuilder sb)
    {
        if (s.Length < 2) return 0;
        if (s[1] == '#') return Numeric(s, sb);
        var n = 1;
        while (n < s.Length && n < 40 && char.IsAsciiLetterOrDigit(s[n])) n++;
        if (n == 1) return 0;
        var name = s[1..n];
        if (n < s.Length && s[n] == ';' && Lookup(name, true) is { } withSemicolon)
        {
            sb.Append(withSemicolon);
            return n + 1;
        }
        // Legacy references without a semicolon ("&nbsp", "&copy"): the longest known prefix. In attribute values the
        // standard leaves them alone when a letter, digit or '=' follows ("?a=1&copy=2").
        for (var len = name.Length; len >= 2; len--)
        {
            if (Lookup(name[..len], false) is not { } legacy) continue;
            var after = 1 + len;
            if (inAttribute && after < s.Length && (char.IsAsciiLetterOrDigit(s[after]) || s[after] == '=')) return 0;
            sb.Append(legacy);
            return after;
        }
        return 0;
    }

    private static string? Lookup(ReadOnlySpan<char> name, bool semicolon)
    {
        // The references news pages use most, without a lookup string.
        switch (name)
        {
            case "amp": return "&";
            case "nbsp": return "\u00A0";
            case "quot": return "\"";
            case "lt": return "<";
            case "gt": return ">";
            case "laquo": return "\u00AB";
            case "raquo": return "\u00BB";
            case "mdash" when semicolon: return "\u2014";
            case "ndash" when semicolon: return "\u2013";
            case "hellip" when semicolon: return "\u2026";
            case "rsquo" when semicolon: return "\u2019";
            case "lsquo" when semicolon: return "\u2018";
            case "ldquo" when semicolon: return "\u201C";
            case "rdquo" when semicolon: return "\u201D";
            case "copy": return "\u00A9";
        }
        var key = semicolon ? string.Concat(name, ";") : name.ToString();
        var symbol = HtmlEntityProvider.Resolver.GetSymbol(key);
        if (symbol is null && semicolon) symbol = HtmlEntityProvider.Resolver.GetSymbol(name.ToString());
        return string.IsNullOrEmpty(symbol) ? null : symbol;
    }

    // The standard maps these C1 code points to the windows-1252 characters authors meant.
    private static readonly char[] C1 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039',
        '\u0152', '\u008D', '\u017D', '\u008F', '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private static int Numeric(ReadOnlySpan<char> s, StringBuilder sb)
    {
        var i = 2;
        var hex = i < s.Length && s[i] is 'x' or 'X';
        if (hex) i++;
        var startDigits = i;
        long value = 0;
        while (i < s.Length)
        {
            var c = s[i];
            int digit;
            if (c is >= '0' and <= '9') digit = c - '0';
            else if (hex && c is >= 'a' and <= 'f') digit = c - 'a' + 10;
            else if (hex && c is >= 'A' and <= 'F') digit = c - 'A' + 10;
            else break;
            if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + digit;
            i++;
        }
        if (i == startDigits) return 0;
        if (i < s.Length && s[i] == ';') i++;
        if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF) sb.Append('\uFFFD');
        else if (value is >= 0x80 and <= 0x9F) sb.Append(C1[value - 0x80]);
        else if (value < 0x10000) sb.Append((char)value);
        else sb.Append(char.ConvertFromUtf32((int)value));
        return i;
    }
}
