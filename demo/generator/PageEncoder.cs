using System.Text;

namespace Janalyq.Demo.Generator;

/// <summary>
/// Encodes a page or feed in its outlet's encoding. A character windows-1251 lacks becomes a numeric
/// character reference (&amp;#1241;), as such sites do; callers are told which characters needed it.
/// </summary>
internal static class PageEncoder
{
    public static Encoding For(string name) => name == "utf-8"
        ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
        : Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static byte[] Encode(string text, string encodingName, ISet<string>? unencodable = null)
    {
        var encoding = For(encodingName);
        if (encodingName == "utf-8") return encoding.GetBytes(text);
        var sb = new StringBuilder(text.Length + 64);
        var buffer = new char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            var n = rune.EncodeToUtf16(buffer);
            if (CanEncode(encoding, buffer.AsSpan(0, n)))
            {
                sb.Append(buffer, 0, n);
                continue;
            }
            unencodable?.Add(rune.ToString());
            sb.Append("&#").Append(rune.Value).Append(';');
        }
        return encoding.GetBytes(sb.ToString());
    }

    public static bool CanEncode(string text, string encodingName)
    {
        var encoding = For(encodingName);
        return CanEncode(encoding, text.AsSpan());
    }

    private static bool CanEncode(Encoding encoding, ReadOnlySpan<char> chars)
    {
        try
        {
            encoding.GetByteCount(chars);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
