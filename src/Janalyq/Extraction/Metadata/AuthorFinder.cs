using System.Text.RegularExpressions;
using Janalyq.Markup;
using Janalyq.Extraction.Body;

namespace Janalyq.Extraction.Metadata;

/// <summary>The article's author(s): JSON-LD, meta tags, then byline markup.</summary>
internal static partial class AuthorFinder
{
    [GeneratedRegex(@"^\s*(by|автор(ы)?|текст|авторы|автор материала|written by|posted by|от|жазған|авторы|дайындаған|подготовил(а)?|материал подготовил(а)?|корреспондент)\s*[:\-–—]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    internal static string? Find(Document doc, PageMeta meta, string? siteName)
    {
        if (meta.JsonLd is { Authors.Count: > 0 } ld)
        {
            // An outlet signing as itself ("author": {"@type": "Organization"}) is no byline.
            var names = ld.Authors.Where(a => !LooksLikeUrl(a) && !LooksLikeHandle(a) && !SameName(a, siteName) && !SameName(a, ld.Publisher)).Select(Clean).Where(a => a.Length > 0).Distinct().ToList();
            if (names.Count > 0) return string.Join(", ", names);
        }
        foreach (var key in (ReadOnlySpan<string>)["dc:creator", "dcterm:creator", "dcterms:creator", "author", "article:author", "article:author_name", "parsely-author", "sailthru:author", "byl", "citation_author"])
        {
            // twitter:creator is an account handle, never a byline.
            var v = meta.First(key);
            if (v is null || LooksLikeUrl(v) || LooksLikeHandle(v)) continue;
            var clean = Clean(v);
            if (clean.Length is > 1 and < 120) return clean;
        }
        foreach (var e in meta.Index.Bylines)
        {
            var sig = ClassHints.Signature(e);
            if (PhotoHint().IsMatch(sig) || e.Closest("figure, [class*='comment' i]") is not null) continue;
            // The byline's name link ("By <a href=/author/x>Name</a> · 2 hours ago") is cleaner than the whole line.
            var named = e.QuerySelector("[itemprop~='name'], a[rel~='author'], a[href*='author' i], a[href*='/people/' i], a[href*='/profile' i], a[href*='avtor' i]");
            var text = Html.TextOf(named is not null && Html.TextOf(named).Length > 1 ? named : e);
            if (text.Length is < 2 or > 100) continue;
            var clean = CutAtDate(Clean(text));
            if (clean.Length > 1 && !SameName(clean, siteName)) return clean;
        }
        return null;
    }

    [GeneratedRegex(@"\s(by|von|par|por|di|door|автор)\s+(?=\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InnerBy();

    /// <summary>A month name that starts the date after a byline ("Nathan Willis March 25": the digits are already cut).</summary>
    [GeneratedRegex(@"\s+(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|сегодня|вчера|today|yesterday)\.?\s*[,.]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingMonth();

    [GeneratedRegex(@"foto|photo|image|img|picture|caption|avatar|bio|about|box|list|more|other|social", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoHint();

    private static bool SameName(string a, string? b) => b is not null && BlockFilter.Normalize(a) == BlockFilter.Normalize(b);

    /// <summary>"Dan Goodin - Apr 16, 2015" gives "Dan Goodin": a byline ends where a date or a digit starts.</summary>
    private static string CutAtDate(string s)
    {
        // "Tech Industry by Steven Musil": a rubric before the byline's own "by".
        if (InnerBy().Match(s) is { Success: true } by && by.Index < 40) s = s[(by.Index + by.Length)..];
        var digit = s.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit > 2) s = s[..digit];
        if (TrailingMonth().Match(s) is { Success: true, Index: > 2 } month) s = s[..month.Index];
        foreach (var word in (ReadOnlySpan<string>)[" - ", " | ", " · ", " • ", " — "])
        {
            var i = s.IndexOf(word, StringComparison.Ordinal);
            if (i > 2) s = s[..i];
        }
        return s.Trim(' ', ',', '|', '—', '-', ':', '·');
    }

    /// <summary>"@someone", "CC7567", "user_42": an account, not a person's name.</summary>
    private static bool LooksLikeHandle(string s) => s.StartsWith('@') || s.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || (s.Contains('_', StringComparison.Ordinal) && !s.Contains(' ', StringComparison.Ordinal));

    /// <summary>An address or a JSON-LD node reference ("https://...", "//...", "#publisher"), not a name.</summary>
    internal static bool LooksLikeUrl(string s) => s.StartsWith("http", StringComparison.OrdinalIgnoreCase) || s.StartsWith("//", StringComparison.Ordinal) || s.StartsWith('#');

    private static string Clean(string s)
    {
        s = Html.Collapse(s);
        s = Prefix().Replace(s, "");
        return s.Trim(' ', ',', '|', '—', '-', ':');
    }
}
