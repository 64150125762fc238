using System.Text;

namespace Janalyq.Web.Site;

/// <summary>
/// The readable tail of an article URL, "/article/42-bazovaya-stavka-snizhena": the title transliterated
/// to Latin (Russian and Kazakh letters), lower case, words joined by hyphens, at most 80 characters (cut at a word).
/// It is decoration: the id alone finds the article.
/// </summary>
public static class ArticleSlug
{
    private const int MaxLength = 80;

    private static readonly Dictionary<char, string> Latin = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m",
        ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u",
        ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "",
        ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
        // Kazakh letters, after the Latin alphabet of 2021.
        ['ә'] = "a", ['ғ'] = "g", ['қ'] = "q", ['ң'] = "n", ['ө'] = "o", ['ұ'] = "u", ['ү'] = "u",
        ['һ'] = "h", ['і'] = "i",
    };

    public static string From(string title)
    {
        var slug = new StringBuilder(Math.Min(title.Length, MaxLength + 16));
        bool pendingHyphen = false;
        foreach (char c in title.ToLowerInvariant())
        {
            string? piece = c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c.ToString()
                : Latin.TryGetValue(c, out var latin) ? latin
                : null;
            if (piece is null)
            {
                pendingHyphen = slug.Length > 0;
                continue;
            }
            if (piece.Length == 0) continue;
            if (pendingHyphen)
            {
                slug.Append('-');
                pendingHyphen = false;
            }
            slug.Append(piece);
        }
        if (slug.Length <= MaxLength) return slug.ToString();
        int cut = slug.ToString(0, MaxLength + 1).LastIndexOf('-');
        return slug.ToString(0, cut > 0 ? cut : MaxLength);
    }
}
