using Janalyq.Extraction.Body;
using Janalyq.Markup;

namespace Janalyq.Extraction.Templates;

/// <summary>
/// The fingerprint of one page for template learning: a 64-bit key per distinct text block of the page
/// (its letters and digits, lower-cased), and the address the page declares for itself. A few hundred bytes
/// per page, so an outlet's last pages can be kept in memory and on disk; the page itself need not be.
/// </summary>
public sealed class PageBlocks
{

    /// <summary>Blocks shorter than this (letters and digits) recur by chance ("Фото", "12 ноября"): never template.</summary>
    public const int MinimumKeyLength = 8;

    /// <summary>Blocks longer than this are the article's own (a paragraph repeated in two pieces of a series is still article).</summary>
    public const int MaximumKeyLength = 600;

    private readonly ulong[] _keys; // distinct, sorted: 8 bytes a block

    private PageBlocks(IEnumerable<ulong> keys, string? declaredUrl)
    {
        _keys = keys.Distinct().Order().ToArray();
        DeclaredUrl = declaredUrl;
    }

    /// <summary>The keys of the page's distinct text blocks, in ascending order.</summary>
    public IReadOnlyList<ulong> Keys => _keys;

    /// <summary>True when the page has a block with this key.</summary>
    public bool Contains(ulong key) => Array.BinarySearch(_keys, key) >= 0;

    /// <summary>The page's rel=canonical or og:url, when it declares one (tells a saved file's outlet).</summary>
    public string? DeclaredUrl { get; }

    /// <summary>Reads a decoded page: its text blocks as the extractor cuts them, over the whole body.</summary>
    public static PageBlocks Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var doc = PageParser.ParseForExtraction(html);
        var declared = doc.QuerySelector("link[rel=canonical][href]")?.GetAttribute("href")
            ?? doc.QuerySelector("meta[property='og:url'][content]")?.GetAttribute("content");
        DomCleaner.Clean(doc.Body, 512, null, []);
        return FromCleanedBody(doc.Body, declared);
    }

    /// <summary>The fingerprint of a body the cleaner has already been over (the extractor's own parse).</summary>
    internal static PageBlocks FromCleanedBody(Element body, string? declaredUrl)
    {
        var keys = new List<ulong>();
        foreach (var block in BlockCollector.Collect([body], null))
            if (Key(block.Text) is { } key) keys.Add(key);
        return new PageBlocks(keys, declaredUrl);
    }

    /// <summary>A fingerprint from stored keys (see <see cref="Keys"/>).</summary>
    public static PageBlocks FromKeys(IEnumerable<ulong> keys, string? declaredUrl = null) => new(keys, declaredUrl);

    /// <summary>
    /// For U+0000 to U+052F: the invariant lower case of a letter or digit, '\0' for any other character. Built from
    /// char.IsLetterOrDigit and char.ToLowerInvariant themselves, so keys are the ones stored before the table existed.
    /// </summary>
    private static readonly char[] LowerLetters = BuildLowerLetters(0x0530);

    private static char[] BuildLowerLetters(int size)
    {
        var table = new char[size];
        for (var i = 0; i < size; i++) table[i] = char.IsLetterOrDigit((char)i) ? char.ToLowerInvariant((char)i) : '\0';
        return table;
    }

    /// <summary>The key of a block text, or null when the block is too short or too long to be template.</summary>
    public static ulong? Key(string blockText)
    {
        ArgumentNullException.ThrowIfNull(blockText);
        // FNV-1a, 64 bits, over the lower-cased letters and digits: stable across processes, so keys can be stored.
        const ulong offset = 14695981039346656037, prime = 1099511628211;
        var hash = offset;
        var length = 0;
        var table = LowerLetters;
        foreach (var c in blockText)
        {
            // The table holds what the two calls below give for Latin, Greek and Cyrillic (Kazakh's letters included):
            // char.ToLowerInvariant asks ICU once per character outside ASCII, which was most of this method's time.
            var lower = c < table.Length ? table[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
            if (lower == '\0') continue;
            hash = (hash ^ (byte)lower) * prime;
            hash = (hash ^ (byte)(lower >> 8)) * prime;
            if (++length > MaximumKeyLength) return null;
        }
        return length < MinimumKeyLength ? null : hash;
    }
}
