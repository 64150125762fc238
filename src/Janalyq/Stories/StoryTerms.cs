namespace Janalyq.Stories;

/// <summary>
/// The words of an article the clusterer compares within a language: lower-cased letter runs of the headline (counted
/// twice) and the first <see cref="TextPrefix"/> characters of the body, stop words dropped, stemmed by cutting to
/// <see cref="StemLength"/> letters (enough for Russian and Kazakh endings, and English ones), hashed to 64 bits. The
/// most frequent are kept, ties by first appearance: the choice depends on the article alone, never on the window, so
/// an index rebuilt from the database holds exactly the same terms.
/// </summary>
public static class StoryTerms
{
    public const int StemLength = 6, TextPrefix = 2000;

    /// <summary>Terms (sorted by key) and their weights (1 + ln tf).</summary>
    public static (ulong[] Keys, float[] Weights) Of(string title, string text, int limit)
    {
        var counts = new Dictionary<ulong, (int Count, int First)>();
        var order = 0;
        Count(title, 2, counts, ref order);
        Count(text.Length > TextPrefix ? text[..TextPrefix] : text, 1, counts, ref order);
        var kept = counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).Take(limit).OrderBy(c => c.Key).ToArray();
        var keys = new ulong[kept.Length];
        var weights = new float[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            keys[i] = kept[i].Key;
            weights[i] = 1f + MathF.Log(kept[i].Value.Count);
        }
        return (keys, weights);
    }

    /// <summary>The 64-bit key of a string term (FNV-1a then a mix), shared with evidence keys.</summary>
    public static ulong Key(ReadOnlySpan<char> term)
    {
        var h = 14695981039346656037UL;
        foreach (var c in term) h = (h ^ c) * 1099511628211UL;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }

    private static void Count(string text, int weight, Dictionary<ulong, (int Count, int First)> counts, ref int order)
    {
        Span<char> stem = stackalloc char[StemLength + 2];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))) i++;
            var length = i - start;
            if (length < 3) continue;
            var n = Math.Min(length, StemLength);
            stem[0] = 'w';
            stem[1] = ':';
            for (var k = 0; k < n; k++) stem[k + 2] = char.ToLowerInvariant(text[start + k]);
            var word = stem[2..(n + 2)];
            if (StopWords.Contains(word)) continue;
            var key = Key(stem[..(n + 2)]);
            counts[key] = counts.TryGetValue(key, out var known) ? (known.Count + weight, known.First) : (weight, order++);
        }
    }
}
