namespace Janalyq.Categories;

/// <summary>
/// How an article becomes features (stored in the model, so a model always reads text the way it was trained).
/// </summary>
/// <param name="TitleWeight">Weight of the title's own block (its stems again): the headline names the topic.</param>
/// <param name="CharWeight">Weight of the character n-gram block (0: none); n-grams carry roots across endings and spellings.</param>
/// <param name="TextChars">How much of the text is read: the lead carries the topic, the rest adds noise and time.</param>
/// <param name="CharTextChars">How much of the text gives character n-grams (the title always does): they cost five
/// times the words' time over a whole lead, and the first sentences carry the roots that matter.</param>
public sealed record FeatureSettings(float TitleWeight = 0.7f, float CharWeight = 1f, int TextChars = 1000, int CharTextChars = 300);

/// <summary>
/// The text model's features, in three blocks, each log-scaled, L2-normalized and weighted by
/// <see cref="FeatureSettings"/>, so that a headline and a long body weigh the same:
/// <list type="bullet">
/// <item>words: hashed word stems of the title and of the text's start (prefixes: 5 letters of Cyrillic words, 6 of
/// Latin ones, a light stemming that suits Russian and Kazakh endings and English suffixes alike) and stem bigrams;</item>
/// <item>title: the title's stems again, on their own;</item>
/// <item>characters: the 3- and 4-letter n-grams of each word padded with boundaries ("^нефт", "ть$"), of the title and
/// the text's first <see cref="FeatureSettings.CharTextChars"/> characters.</item>
/// </list>
/// Plus a bias feature (always 1). Pure and thread-safe.
/// </summary>
internal static class TextFeatures
{
    /// <summary>Hash space: feature ids are below 2^Bits.</summary>
    public const int Bits = 20;

    private const int MaxToken = 32;
    private const uint Mask = (1u << Bits) - 1;
    private const uint WordSeed = 0x9E3779B9, TitleSeed = 0x85EBCA6B, PairSeed = 0xC2B2AE35, CharSeed = 0x27D4EB2F, Bias = 0;

    /// <summary>The feature ids and values of an article, sorted by id.</summary>
    public static (int[] Ids, float[] Values) Extract(string? title, string? text, FeatureSettings? settings = null)
    {
        settings ??= new FeatureSettings();
        var words = new Dictionary<int, float>(256);
        var titles = new Dictionary<int, float>(32);
        var chars = settings.CharWeight > 0 ? new Dictionary<int, float>(1024) : null;
        Field(title ?? "", words, titles, chars, int.MaxValue);
        var body = text ?? "";
        Field(body.Length > settings.TextChars ? body[..settings.TextChars] : body, words, null, chars, settings.CharTextChars);

        var all = new Dictionary<int, float>(words.Count + titles.Count + (chars?.Count ?? 0) + 1);
        AddBlock(all, words, 1f);
        AddBlock(all, titles, settings.TitleWeight);
        if (chars is not null) AddBlock(all, chars, settings.CharWeight);
        all[(int)Bias] = 1;
        var ids = new int[all.Count];
        var values = new float[all.Count];
        var n = 0;
        foreach (var (id, value) in all)
        {
            ids[n] = id;
            values[n++] = value;
        }
        Array.Sort(ids, values);
        return (ids, values);
    }

    /// <summary>Log-scales a block's counts, normalizes it to length <paramref name="weight"/> and adds it in.</summary>
    private static void AddBlock(Dictionary<int, float> all, Dictionary<int, float> block, float weight)
    {
        if (block.Count == 0 || weight <= 0) return;
        double norm = 0;
        foreach (var count in block.Values) norm += (1 + Math.Log(count)) * (1 + Math.Log(count));
        var scale = (float)(weight / Math.Sqrt(norm));
        foreach (var (id, count) in block)
        {
            var v = (1 + MathF.Log(count)) * scale;
            all[id] = all.TryGetValue(id, out var old) ? old + v : v;
        }
    }

    private static void Field(string text, Dictionary<int, float> words, Dictionary<int, float>? titles, Dictionary<int, float>? chars, int charsUpTo)
    {
        Span<char> token = stackalloc char[MaxToken + 2];
        uint previous = 0;
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (length < MaxToken) token[1 + length++] = c == 'ё' ? 'е' : char.ToLowerInvariant(c);
                continue;
            }
            if (c is '-' or '\'' or '’' && length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])) continue; // "кое-как", "don't": one word
            if (length == 0) continue;
            var word = token.Slice(1, length);
            var padded = token[..(length + 2)];
            length = 0;
            if (word.Length < 2 || IsNumber(word)) continue;
            var stem = word[..Math.Min(word.Length, IsCyrillic(word[0]) ? 5 : 6)];
            var h = Hash(WordSeed, stem);
            Add(words, h);
            if (titles is not null) Add(titles, Hash(TitleSeed, stem));
            if (previous != 0) Add(words, Mix(PairSeed ^ previous, h));
            previous = h;
            if (chars is null || i > charsUpTo) continue;
            padded[0] = '^';
            padded[^1] = '$';
            for (var n = 3; n <= 4; n++)
                for (var start = 0; start + n <= padded.Length; start++) Add(chars, Hash(CharSeed + (uint)n, padded.Slice(start, n)));
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
