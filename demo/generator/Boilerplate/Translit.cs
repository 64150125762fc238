using System.Text;

namespace Janalyq.Demo.Generator.Boilerplate;

/// <summary>Latin URL slugs from Russian, Kazakh or English headlines, as the outlets' CMSs make them.</summary>
internal static class Translit
{
    private const string Cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі";

    private static readonly string[] Latin =
    [
        "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch",
        "sh", "sch", "", "y", "", "e", "yu", "ya", "a", "g", "q", "n", "o", "u", "u", "h", "i",
    ];

    public static string Slug(string title, int maxWords = 7)
    {
        var sb = new StringBuilder();
        foreach (var ch in title.ToLowerInvariant())
        {
            var i = Cyrillic.IndexOf(ch, StringComparison.Ordinal);
            if (i >= 0) sb.Append(Latin[i]);
            else if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else sb.Append('-');
        }
        var words = sb.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('-', words.Take(maxWords));
    }
}
