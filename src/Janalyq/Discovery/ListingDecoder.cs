using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Janalyq.Discovery;

/// <summary>
/// Turns a listing's bytes into text: unpacks a gzipped sitemap, then picks the encoding by
/// byte-order mark, XML declaration, HTTP charset, valid UTF-8, and finally windows-1251 (the region's
/// usual legacy encoding). Registers the code-page encodings (windows-1251, koi8-r) on first use.
/// </summary>
public static partial class ListingDecoder
{
    static ListingDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body, string? contentType, int maxBytes = 32 * 1024 * 1024)
    {
        if (body.Length >= 2 && body[0] == 0x1f && body[1] == 0x8b) return Decode(Gunzip(body, maxBytes), contentType, maxBytes);

        if (body.StartsWith("\xEF\xBB\xBF"u8)) return Encoding.UTF8.GetString(body[3..]);
        if (body.StartsWith([(byte)0xFF, (byte)0xFE])) return Encoding.Unicode.GetString(body[2..]);
        if (body.StartsWith([(byte)0xFE, (byte)0xFF])) return Encoding.BigEndianUnicode.GetString(body[2..]);

        var encoding = FromXmlDeclaration(body) ?? FromContentType(contentType);
        if (encoding is not null) return encoding.GetString(body);
        if (System.Text.Unicode.Utf8.IsValid(body)) return Encoding.UTF8.GetString(body);
        return Encoding.GetEncoding("windows-1251").GetString(body);
    }

    private static byte[] Gunzip(ReadOnlySpan<byte> body, int maxBytes)
    {
        using var input = new MemoryStream(body.ToArray());
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[32 * 1024];
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            if (output.Length + read > maxBytes) throw new FeedFormatException($"gzipped listing unpacks to more than {maxBytes} bytes");
            output.Write(buffer, 0, read);
        }
        return output.ToArray();
    }

    private static Encoding? FromXmlDeclaration(ReadOnlySpan<byte> body)
    {
        var head = Encoding.ASCII.GetString(body[..Math.Min(body.Length, 256)]);
        var match = XmlEncoding().Match(head);
        return match.Success ? Lookup(match.Groups[1].Value) : null;
    }

    private static Encoding? FromContentType(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media) && media.CharSet is { Length: > 0 } charset
            ? Lookup(charset.Trim('"'))
            : null;

    private static Encoding? Lookup(string name)
    {
        try
        {
            var encoding = Encoding.GetEncoding(name);
            // A page that declares UTF-16 but arrived as single bytes (no BOM) is really in an ASCII superset.
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")]
    private static partial Regex XmlEncoding();
}
