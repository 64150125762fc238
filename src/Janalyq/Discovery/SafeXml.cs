using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Janalyq.Discovery;

/// <summary>
/// Loads listing XML defensively. A DOCTYPE with an internal subset (entity declarations: billion laughs,
/// external entities) refuses the document; a bare DOCTYPE (RSS 0.91's Netscape one) is dropped; then the
/// BCL's XmlReader parses with DTD processing prohibited and no resolver, so no entity is ever expanded or
/// fetched. Real-world breakage is repaired first: HTML named entities (&amp;nbsp; &amp;laquo;) become
/// characters and a bare "&amp;" becomes "&amp;amp;", outside CDATA sections.
/// </summary>
public static partial class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 64L * 1024 * 1024,
        MaxCharactersFromEntities = 0,
    };

    public static XDocument Load(string text)
    {
        var doctype = Doctype().Match(text);
        if (doctype.Success)
        {
            if (doctype.Value.Contains('[', StringComparison.Ordinal) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
                throw new FeedFormatException("hostile XML refused: the document declares its own entities (DTD internal subset)");
            text = text.Remove(doctype.Index, doctype.Length);
        }
        text = RepairEntities(text);
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"not well-formed XML: {e.Message}", e);
        }
    }

    internal static string RepairEntities(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal)) return text;
        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (Match cdata in Cdata().Matches(text))
        {
            RepairSegment(text.AsSpan(position, cdata.Index - position), builder);
            builder.Append(cdata.Value);
            position = cdata.Index + cdata.Length;
        }
        RepairSegment(text.AsSpan(position), builder);
        return builder.ToString();
    }

    private static void RepairSegment(ReadOnlySpan<char> segment, StringBuilder builder)
    {
        var i = 0;
        while (i < segment.Length)
        {
            var amp = segment[i..].IndexOf('&');
            if (amp < 0)
            {
                builder.Append(segment[i..]);
                return;
            }
            builder.Append(segment.Slice(i, amp));
            i += amp;
            var semicolon = segment[i..].IndexOf(';');
            var reference = semicolon > 1 && semicolon <= 12 ? segment.Slice(i, semicolon + 1) : default;
            if (reference.IsEmpty || !IsReferenceName(reference[1..^1]))
            {
                builder.Append("&amp;");
                i++;
                continue;
            }
            var name = reference[1..^1];
            if (name[0] == '#' || name is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                builder.Append(reference);
            }
            else
            {
                var decoded = WebUtility.HtmlDecode(reference.ToString());
                if (decoded.StartsWith('&')) builder.Append("&amp;").Append(reference[1..]);
                else foreach (var rune in decoded.EnumerateRunes()) builder.Append("&#").Append(rune.Value).Append(';');
            }
            i += reference.Length;
        }
    }

    private static bool IsReferenceName(ReadOnlySpan<char> name)
    {
        if (name.Length == 0) return false;
        if (name[0] == '#')
        {
            var digits = name[1..];
            if (digits.Length > 0 && (digits[0] == 'x' || digits[0] == 'X'))
                return digits.Length > 1 && digits[1..].ContainsOnlyHex();
            return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
        }
        if (!char.IsAsciiLetter(name[0])) return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        }
        return true;
    }

    private static bool ContainsOnlyHex(this ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c)) return false;
        }
        return true;
    }

    [GeneratedRegex(@"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Doctype();

    [GeneratedRegex(@"<!\[CDATA\[.*?\]\]>", RegexOptions.Singleline)]
    private static partial Regex Cdata();
}
