namespace Janalyq.Search.Analysis;

/// <summary>
/// Our own Kazakh suffix-stripping stemmer (README.md beside the Search folder): it removes the longest chain of
/// inflectional endings that Kazakh morphology allows, in the order they attach (stem + plural + possessive + case +
/// predicative), each ending in the variant its neighbour calls for (vowel harmony: лар/лер; the consonant before:
/// лар/дар/тар), never leaving fewer than <see cref="MinimumStem"/> letters. The result is stemmed again until nothing
/// more comes off, so that a base form that happens to end like an ending (теңге: тең + ге) stems as its inflections do
/// (теңгеден → теңге → тең). Input is expected in lower case.
/// </summary>
public static class KazakhStemmer
{
    /// <summary>Letters a stem keeps at least (ел "country" from елде).</summary>
    public const int MinimumStem = 2;

    private const int Rounds = 3;

    /// <summary>Word ends that belong to the stem, never to an ending (Қазақстан is not Қазақс + тан).</summary>
    private static readonly string[] ProtectedEnds = ["стан"];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var current = word;
        for (int round = 0; round < Rounds; round++)
        {
            var next = StemOnce(current);
            if (next.Length == current.Length) break;
            current = next;
        }
        return current;
    }

    /// <summary>One removal of the longest valid chain.</summary>
    public static string StemOnce(string word)
    {
        if (word.Length <= MinimumStem || !IsKazakhWord(word)) return word;
        var best = Best(word.AsSpan(), 0);
        if (best.Removed == 0) return word;
        var stem = word[..^best.Removed];
        // к, қ, п voice before an ending that starts with a vowel (бөлік → бөлігі): give the stem back its own consonant.
        if (best.InnermostStartsWithVowel)
        {
            var last = stem[^1];
            var own = last switch { 'г' => 'к', 'ғ' => 'қ', 'б' => 'п', _ => last };
            if (own != last) stem = string.Concat(stem.AsSpan(0, stem.Length - 1), own.ToString());
        }
        return stem;
    }

    private readonly record struct Chain(int Removed, bool InnermostStartsWithVowel);

    /// <summary>The longest removal using the slots from <paramref name="slot"/> inward (predicative, case, possessive, plural).</summary>
    private static Chain Best(ReadOnlySpan<char> word, int slot)
    {
        var best = new Chain(0, false);
        for (int s = slot; s < KazakhEndings.Slots.Length; s++)
        {
            foreach (var ending in KazakhEndings.Slots[s])
            {
                var text = ending.Text;
                if (word.Length - text.Length < MinimumStem || !word.EndsWith(text, StringComparison.Ordinal)) continue;
                var rest = word[..^text.Length];
                if (!ending.Fits(rest) || !HasVowel(rest) || CutsProtected(word, rest.Length)) continue;
                var inner = Best(rest, s + 1);
                var total = text.Length + inner.Removed;
                if (total > best.Removed)
                    best = new Chain(total, inner.Removed > 0 ? inner.InnermostStartsWithVowel : KazakhLetters.IsVowel(text[0]));
            }
        }
        return best;
    }

    /// <summary>Whether cutting <paramref name="word"/> at <paramref name="cut"/> splits one of the protected ends.</summary>
    private static bool CutsProtected(ReadOnlySpan<char> word, int cut)
    {
        foreach (var end in ProtectedEnds)
            for (int k = 1; k < end.Length; k++)
                if (word[..cut].EndsWith(end.AsSpan(0, k), StringComparison.Ordinal) && word[cut..].StartsWith(end.AsSpan(k), StringComparison.Ordinal))
                    return true;
        return false;
    }

    private static bool HasVowel(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (KazakhLetters.IsVowel(c)) return true;
        return false;
    }

    /// <summary>Cyrillic letters only (a Latin word, a number, a mixed token is left alone).</summary>
    private static bool IsKazakhWord(string word)
    {
        foreach (var c in word) if (!KazakhLetters.IsCyrillic(c)) return false;
        return true;
    }
}
