using System.Security.Cryptography;
using System.Text;

namespace Janalyq.News;

/// <summary>Fingerprint of what a reader sees: a change of title or body text is a new revision.</summary>
public static class ContentHash
{
    public static string Of(string title, string bodyText)
    {
        var normalized = Normalize(title) + "\n\n" + Normalize(bodyText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
