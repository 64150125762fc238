namespace Janalyq.Categories;

/// <summary>
/// The text model's features: hashed word stems of the title and of the text's start, title stems again on their
/// own, and stem bigrams; stems are prefixes (5 letters of Cyrillic words, 6 of Latin ones), a light stemming that
/// suits Russian and Kazakh endings and English suffixes alike. Counts are log-scaled and the vector L2-normalized,
/// so a headline and a long body weigh the same.
/// </summary>
internal static class TextFeatures
{
    /// <summary>Hash space: feature ids are below 2^Bits.</summary>
    public const int Bits = 20;

    /// <summary>How much of the text is read: the lead carries the topic, the rest adds noise and time.</summary>
    public const int TextChars = 1500;

    private const int MaxToken = 32;
    private const uint Mask = (1u << Bits) - 1;
    private const uint WordSeed = 0x9E3779B9, TitleSeed = 0x85EBCA6B, PairSeed = 0xC2B2AE35, Bias = 0;

    /// <summary>The feature ids and values of an article, sorted by id.</summary>
    public static (int[] Ids, float[] Values) Extract(string? title, string? text)
    {
        var counts = new Dictionary<int, float>(256);
        counts[(int)Bias] = 0;
        Field(title ?? "", TitleSeed, counts);
        var body = text ?? "";
        Field(body.Length > TextChars ? body[..TextChars] : body, 0, counts);
        var ids = new int[counts.Count];
        var values = new float[counts.Count];
        var n = 0;
        double norm = 0;
        foreach (var (id, count) in counts)
        {
            if (id == (int)Bias) continue;
            var v = 1 + MathF.Log(count);
            ids[n] = id;
            values[n++] = v;
            norm += v * v;
        }
        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var i = 0; i < n; i++) values[i] *= scale;
        ids[n] = (int)Bias; // the bias feature: always 1
        values[n++] = 1;
        Array.Sort(ids, values, 0, n);
        return (ids, values);
    }

    private static void Field(string text, uint titleSeed, Dictionary<int, float> counts)
    {
        Span<char> token = stackalloc char[MaxToken];
        uint previous = 0;
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (length < MaxToken) token[length++] = char.ToLowerInvariant(c);
                continue;
            }
            if (c is '-' or '\'' or '’' && length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])) continue; // "кое-как", "don't": one word
            if (length == 0) continue;
            var word = token[..length];
            length = 0;
            if (word.Length < 2 || IsNumber(word)) continue;
            var stem = word[..Math.Min(word.Length, IsCyrillic(word[0]) ? 5 : 6)];
            var h = Hash(WordSeed, stem);
            Add(counts, h);
            if (titleSeed != 0) Add(counts, Hash(titleSeed, stem));
            if (previous != 0) Add(counts, Mix(PairSeed ^ previous, h));
            previous = h;
        }
    }

    private static void Add(Dictionary<int, float> counts, uint hash)
    {
        var id = (int)(hash & Mask);
        if (id == (int)Bias) id = 1;
        counts[id] = counts.TryGetValue(id, out var c) ? c + 1 : 1;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!char.IsDigit(c)) return false;
        return true;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>FNV-1a over the characters, seeded; stable across processes (string.GetHashCode is not).</summary>
    private static uint Hash(uint seed, ReadOnlySpan<char> text)
    {
        var h = 2166136261u ^ seed;
        foreach (var c in text)
        {
            h = (h ^ (c & 0xFFu)) * 16777619u;
            h = (h ^ (uint)(c >> 8)) * 16777619u;
        }
        return h == 0 ? 1 : h;
    }

    private static uint Mix(uint a, uint b)
    {
        var h = a * 0x85EBCA6Bu ^ b;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h == 0 ? 1 : h;
    }
}
