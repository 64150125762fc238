using System.Text.RegularExpressions;

namespace Janalyq.Bench;

/// <summary>
/// A second, convention-tolerant comparison for Readability's metadata truth, applied alike to every extractor.
/// Readability keeps the outlet's suffix in titles ("How to Build a Terrarium | eHow") and the "By" and the date in
/// bylines ("By Nathan Willis March 25, 2015"); an extractor whose contract drops them is not wrong there.
/// </summary>
public static partial class Conventions
{
    private const string SeparatorChars = "|-—–:·•/_[]@»«";

    /// <summary>True when <paramref name="got"/> matches <paramref name="truth"/> up to the field's conventions.</summary>
    public static bool Same(string field, string truth, string? got)
    {
        if (got is null) return false;
        return field switch
        {
            "title" => SameTitle(Collapse(truth), Collapse(got)),
            "byline" => Name(truth).Length > 0 && Name(truth) == Name(got),
            _ => false,
        };
    }

    /// <summary>Equal, or one is the other plus a separator and at most five words (before or after).</summary>
    private static bool SameTitle(string a, string b)
    {
        if (a == b) return true;
        var (longer, shorter) = a.Length >= b.Length ? (a, b) : (b, a);
        if (shorter.Length < 8) return false;
        if (longer.StartsWith(shorter, StringComparison.Ordinal)) return Affix(longer[shorter.Length..], start: true);
        if (longer.EndsWith(shorter, StringComparison.Ordinal)) return Affix(longer[..^shorter.Length], start: false);
        return false;
    }

    private static bool Affix(string rest, bool start)
    {
        var t = start ? rest.TrimStart() : rest.TrimEnd();
        var sepOk = t.Length > 0 && SeparatorChars.Contains(start ? t[0] : t[^1], StringComparison.Ordinal);
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        return sepOk && words <= 5;
    }

    /// <summary>The name in a byline: letters only, lower case, without a leading "by" and from the first date on.</summary>
    private static string Name(string byline)
    {
        var s = Collapse(byline);
        s = ByPrefix().Replace(s, "");
        var digit = s.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit >= 0) s = s[..digit];
        s = Month().Replace(s, "");
        return string.Concat(s.Where(char.IsLetter)).ToLowerInvariant();
    }

    [GeneratedRegex(@"^(by|par|von|por|written by|posted by)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
