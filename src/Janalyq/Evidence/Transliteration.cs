namespace Janalyq.Evidence;

/// <summary>
/// One key for a name however it is spelt in Russian, Kazakh or English: Cyrillic (ru and kk with one table) is
/// transliterated to Latin, Latin spellings are folded (kh→h, zh/dzh/j→j, q→k, w→v, ck→k, c→k or s, doubled letters),
/// and the key is the consonant skeleton with a mark for an initial vowel: Тлеубердиев, Тілеубердиев, Tleuberdiyev
/// and Tleuberdiev all give "tlbrdv"; Ергалиев and Yergaliyev "_rglv"; Алматы, Almaty and Алма-Ата "_lmt".
/// </summary>
public static class Transliteration
{
    /// <summary>The longest key built; longer names are cut (they are unique well before).</summary>
    public const int MaxKeyLength = 24;

    /// <summary>Writes the skeleton key of <paramref name="word"/> (letters, hyphens and apostrophes) into
    /// <paramref name="key"/>; returns its length (0 when the word has no letter).</summary>
    public static int Skeleton(ReadOnlySpan<char> word, Span<char> key)
    {
        Span<char> latin = stackalloc char[word.Length * 3 + 4];
        var n = ToLatin(word, latin);
        return SkeletonOfLatin(latin[..n], key);
    }

    /// <summary>The skeleton key as a string (tests, tools).</summary>
    public static string Skeleton(string word)
    {
        Span<char> key = stackalloc char[MaxKeyLength];
        return new string(key[..Skeleton(word, key)]);
    }

    /// <summary>Lowercase Latin of a word: Cyrillic letters of ru and kk by one table, Latin diacritics folded;
    /// other characters dropped.</summary>
    public static int ToLatin(ReadOnlySpan<char> word, Span<char> latin)
    {
        var n = 0;
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            var t = Map(c);
            foreach (var ch in t) latin[n++] = ch;
        }
        return n;
    }

    private static string Map(char c) => c switch
    {
        >= 'a' and <= 'z' => c switch { 'q' => "k", 'w' => "v", 'x' => "ks", _ => LatinLetters[c - 'a'] },
        'а' or 'ә' => "a", 'б' => "b", 'в' => "v", 'г' or 'ғ' => "g", 'д' => "d", 'е' or 'ё' or 'э' => "e",
        'ж' => "j", 'з' => "z", 'и' or 'й' or 'і' => "i", 'к' or 'қ' => "k", 'л' => "l", 'м' => "m",
        'н' or 'ң' => "n", 'о' or 'ө' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t",
        'у' or 'ұ' or 'ү' => "u", 'ф' => "f", 'х' or 'һ' => "h", 'ц' => "ts", 'ч' => "ch", 'ш' or 'щ' => "sh",
        'ы' => "y", 'ю' => "yu", 'я' => "ya", 'ъ' or 'ь' => "",
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => "a", 'é' or 'è' or 'ê' or 'ë' => "e",
        'í' or 'ì' or 'î' or 'ï' or 'ı' => "i", 'ó' or 'ò' or 'ô' or 'ö' or 'õ' => "o",
        'ú' or 'ù' or 'û' or 'ü' or 'ū' => "u", 'ñ' or 'ń' => "n", 'ş' or 'š' => "sh", 'ç' or 'č' => "ch",
        'ğ' => "g", 'ž' => "j", 'ý' or 'ÿ' => "y",
        _ => "",
    };

    private static readonly string[] LatinLetters = Enumerable.Range('a', 26).Select(i => ((char)i).ToString()).ToArray();

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>The skeleton of a lowercase Latin word (see the class summary).</summary>
    public static int SkeletonOfLatin(ReadOnlySpan<char> s, Span<char> key)
    {
        var n = 0;
        if (s.IsEmpty) return 0;
        if (IsVowel(s[0])) key[n++] = '_';
        var last = '\0';
        for (var i = 0; i < s.Length && n < key.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            char code;
            switch (c)
            {
                case 'd' when next == 'z' && i + 2 < s.Length && s[i + 2] == 'h': code = 'j'; i += 2; break;
                case 'd' when next == 'j': code = 'j'; i++; break;
                case 'z' when next == 'h': code = 'j'; i++; break;
                case 'k' when next == 'h': code = 'h'; i++; break;
                case 'p' when next == 'h': code = 'f'; i++; break;
                case 't' when next == 'h': code = 't'; i++; break;
                case 't' when next == 'c' && i + 2 < s.Length && s[i + 2] == 'h': code = 'c'; i += 2; break;
                case 's' when next == 'h':
                    code = 'x'; i++;
                    // щ is "shch" in English spellings: one sound, as ш.
                    if (i + 2 < s.Length && s[i + 1] == 'c' && s[i + 2] == 'h') i += 2;
                    break;
                case 'c' when next == 'h': code = 'c'; i++; break;
                case 'c' when next == 'k': code = 'k'; i++; break;
                case 'c': code = next is 'e' or 'i' or 'y' ? 's' : 'k'; break;
                case 't' when next == 's': code = 'z'; i++; break; // ц
                default:
                    if (IsVowel(c)) { last = '\0'; continue; }
                    code = c;
                    break;
            }
            if (code == last) continue;
            key[n++] = code;
            last = code;
        }
        return n;
    }
}
