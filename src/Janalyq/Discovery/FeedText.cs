using System.Net;
using System.Text.RegularExpressions;

namespace Janalyq.Discovery;

/// <summary>Plain text out of listing fields that carry HTML or doubly encoded entities.</summary>
public static partial class FeedText
{
    public static string? Plain(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value;
        // Titles often arrive escaped twice ("&amp;laquo;"); decode until stable, at most three times.
        for (var i = 0; i < 3 && text.Contains('&', StringComparison.Ordinal); i++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text) break;
            text = decoded;
        }
        text = Tags().Replace(text, " ");
        text = Spaces().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
