using System.Text;
using UtfUnknown;

namespace Janalyq.Extraction;

/// <summary>
/// Turns a page's bytes into text. Order of trust: byte-order mark, the HTTP header's charset, the page's
/// meta charset, then sniffing. Declared charsets are checked against the bytes, because outlets lie:
/// UTF-8 labelled windows-1251 (and the reverse), koi8-r labelled windows-1251.
/// </summary>
public static class PageDecoder
{
    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// True for bytes that are not text: a known binary format's magic number (images, PDF, archives, fonts, media,
    /// executables), or control bytes (NUL included) making more than 1 in 20 of the first 8 KB. A stray NUL in a real
    /// page is text; UTF-16 with a BOM is text.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)) return false; // UTF-16 BOM
        if (BinaryMagic.Starts(bytes)) return true;
        var head = bytes.Length > 8192 ? bytes[..8192] : bytes;
        var control = 0;
        foreach (var c in head)
            if (c < 9 || c is > 13 and < 32 and not 27) control++; // tab, line ends, form feed and ESC occur in text
        return control > 2 && control * 20 > head.Length;
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="contentType"/> is the HTTP Content-Type header, if any.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType) => Decode(bytes, contentType, out _);

    /// <summary>Decodes <paramref name="bytes"/> and tells which encoding was used.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType, out Encoding encoding)
    {
        encoding = Choose(bytes, contentType, out var bomLength);
        return encoding.GetString(bytes[bomLength..]);
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> into a buffer rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/>
    /// (return it when done): the extractor parses the page without a page-sized string, which would land on the
    /// large-object heap for almost every news page.
    /// </summary>
    public static char[] DecodeToRented(ReadOnlySpan<byte> bytes, string? contentType, out int length)
    {
        var encoding = Choose(bytes, contentType, out var bomLength);
        var body = bytes[bomLength..];
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(body.Length)));
        length = encoding.GetChars(body, buffer);
        return buffer;
    }

    /// <summary>Chooses the encoding of <paramref name="bytes"/> without decoding them.</summary>
    public static Encoding Choose(ReadOnlySpan<byte> bytes, string? contentType, out int bomLength)
    {
        bomLength = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { bomLength = 3; return Utf8; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { bomLength = 2; return Encoding.Unicode; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { bomLength = 2; return Encoding.BigEndianUnicode; }

        var declared = ByName(CharsetFromContentType(contentType)) ?? ByName(CharsetFromMeta(bytes));
        var utf8 = Utf8Validity(bytes);
        if (declared is null)
            return utf8 == Validity.Invalid ? Sniff(bytes) : Utf8;
        if (declared.CodePage == 65001)
            return utf8 == Validity.Invalid ? Sniff(bytes) : Utf8;
        if (declared.CodePage is 1200 or 1201 or 12000 or 12001)
            return Utf8; // a UTF-16 label on bytes without a BOM is almost always wrong (HTML spec does the same)
        // A single-byte label on bytes that are valid UTF-8 with multi-byte sequences: the label lies.
        if (utf8 == Validity.ValidMultiByte)
            return Utf8;
        if (declared.CodePage is 1251 or 20866 or 21866 or 28595 or 866)
            return BestCyrillic(bytes, declared);
        return declared;
    }

    internal static readonly Encoding Utf8 = new UTF8Encoding(false, false);

    private enum Validity { Ascii, ValidMultiByte, Invalid }

    private static Validity Utf8Validity(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Ascii.IsValid(bytes)) return Validity.Ascii;
        return System.Text.Unicode.Utf8.IsValid(bytes) ? Validity.ValidMultiByte : Validity.Invalid;
    }

    private static Encoding BestCyrillic(ReadOnlySpan<byte> bytes, Encoding declared)
    {
        // windows-1251 read as koi8-r (and the reverse) gives mostly capitals: count lower-case Cyrillic letters.
        var sample = bytes.Length > 65536 ? bytes[..65536] : bytes;
        Encoding[] candidates = [declared, Encoding.GetEncoding(1251), Encoding.GetEncoding(20866)];
        Encoding best = declared;
        var bestScore = int.MinValue;
        foreach (var candidate in candidates)
        {
            var text = candidate.GetString(sample);
            var score = 0;
            foreach (var c in text)
            {
                if (c is >= 'а' and <= 'я') score += 2;
                else if (c is >= 'А' and <= 'Я') score -= 1;
            }
            if (score > bestScore) { bestScore = score; best = candidate; }
        }
        return best;
    }

    private static Encoding Sniff(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > 262144 ? bytes[..262144] : bytes;
        var result = CharsetDetector.DetectFromBytes(sample);
        var found = result.Detected?.Encoding;
        if (found is null || found.CodePage == 65001)
            return BestCyrillic(bytes, Encoding.GetEncoding(1251)); // invalid UTF-8 with nothing better: our readers are mostly Cyrillic
        if (found.CodePage is 1251 or 20866 or 866 or 28595 or 10007)
            return BestCyrillic(bytes, found);
        return found;
    }

    private static Encoding? ByName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "cp1251" or "win-1251" or "windows1251" or "x-cp1251" => "windows-1251",
            "utf8" => "utf-8",
            "koi8r" => "koi8-r",
            _ => name,
        };
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    internal static string? CharsetFromContentType(string? contentType)
    {
        if (contentType is null) return null;
        var i = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (i < 0) return null;
        var rest = contentType[(i + 7)..].TrimStart();
        if (!rest.StartsWith('=')) return null;
        rest = rest[1..].Trim().Trim('"', '\'');
        var end = rest.IndexOfAny([';', ' ', ',', '"', '\'']);
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>Prescans the first 4 KB for &lt;meta charset&gt; or http-equiv Content-Type, as browsers do.</summary>
    internal static string? CharsetFromMeta(ReadOnlySpan<byte> bytes)
    {
        var head = bytes.Length > 4096 ? bytes[..4096] : bytes;
        var text = Encoding.Latin1.GetString(head);
        var at = 0;
        while ((at = text.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = text.IndexOf('>', at);
            if (end < 0) break;
            var tag = text[at..end];
            at = end;
            var i = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (i < 0) continue;
            var rest = tag[(i + 7)..].TrimStart();
            if (!rest.StartsWith('=')) continue;
            rest = rest[1..].TrimStart().TrimStart('"', '\'');
            var stop = rest.IndexOfAny(['"', '\'', ';', ' ', '/', '>']);
            var name = stop < 0 ? rest : rest[..stop];
            if (name.Length > 0) return name;
        }
        return null;
    }
}
