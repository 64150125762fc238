using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Janalyq.Copies;

/// <summary>
/// MinHash of a text's word 4-shingles (lower-cased letter and digit runs): <see cref="Length"/> minima of independent
/// hash functions; the share of equal positions of two signatures estimates the Jaccard similarity of their shingle sets.
/// </summary>
public static class CopySignature
{
    /// <summary>Hash functions: <see cref="Bands"/> bands of <see cref="Rows"/> rows for the LSH index.</summary>
    public const int Bands = 20, Rows = 3, Length = Bands * Rows;

    private const int ShingleWords = 4;
    private static readonly ulong[] Seeds = MakeSeeds(1), Offsets = MakeSeeds(2);

    // The same hash functions eight at a time (padded to 64 with unused lanes), where the processor multiplies 64-bit
    // lanes natively (AVX-512DQ): the signature is bit for bit the scalar one.
    private const int Lanes = 8, Blocks = (Length + Lanes - 1) / Lanes;
    private static readonly Vector512<ulong>[] SeedBlocks = Blocked(Seeds), OffsetBlocks = Blocked(Offsets);

    /// <summary>The signature, or null when the text has fewer than <paramref name="minimumWords"/> words.</summary>
    public static uint[]? Of(string text, int minimumWords) => Of(text, minimumWords, Vector512.IsHardwareAccelerated && Avx512DQ.IsSupported);

    /// <summary>The same, eight hash functions at a time or one by one (a test checks that both agree).</summary>
    internal static uint[]? Of(string text, int minimumWords, bool vector)
    {
        Span<ulong> window = stackalloc ulong[ShingleWords];
        var signature = new uint[Length];
        Array.Fill(signature, uint.MaxValue);
        var words = 0;
        var i = 0;
        Span<Vector512<ulong>> minima = stackalloc Vector512<ulong>[Blocks];
        minima.Fill(Vector512.Create((ulong)uint.MaxValue));
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            ulong word = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                word = (word ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }
            window[words % ShingleWords] = word;
            words++;
            if (words < ShingleWords) continue;
            ulong shingle = 0;
            for (var k = 0; k < ShingleWords; k++) shingle = Mix(shingle ^ window[(words + k) % ShingleWords]);
            if (vector)
            {
                var x = Vector512.Create(shingle);
                for (var b = 0; b < Blocks; b++) minima[b] = Vector512.Min(minima[b], Vector512.ShiftRightLogical(x * SeedBlocks[b] + OffsetBlocks[b], 32));
                continue;
            }
            for (var h = 0; h < Length; h++)
            {
                // One multiply-add per hash function (universal hashing of the mixed shingle), the high half kept.
                var value = (uint)((shingle * Seeds[h] + Offsets[h]) >> 32);
                if (value < signature[h]) signature[h] = value;
            }
        }
        if (words < Math.Max(minimumWords, ShingleWords)) return null;
        if (vector)
            for (var h = 0; h < Length; h++) signature[h] = (uint)minima[h / Lanes].GetElement(h % Lanes);
        return signature;
    }

    /// <summary>Estimated Jaccard similarity of two signatures.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        var same = 0;
        for (var h = 0; h < Length; h++) if (a[h] == b[h]) same++;
        return same / (double)Length;
    }

    /// <summary>The key of band <paramref name="band"/>: its rows hashed together, the band number included.</summary>
    public static ulong BandKey(uint[] signature, int band)
    {
        var key = (ulong)band * 0x9E3779B97F4A7C15UL;
        for (var r = 0; r < Rows; r++) key = Mix(key ^ signature[band * Rows + r]);
        return key;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    private static Vector512<ulong>[] Blocked(ulong[] values)
    {
        var blocks = new Vector512<ulong>[Blocks];
        var padded = new ulong[Blocks * Lanes];
        values.CopyTo(padded, 0);
        for (var b = 0; b < Blocks; b++) blocks[b] = Vector512.Create(padded.AsSpan(b * Lanes, Lanes));
        return blocks;
    }

    private static ulong[] MakeSeeds(ulong salt)
    {
        var seeds = new ulong[Length];
        ulong state = 0x5DEECE66DUL * salt;
        for (var h = 0; h < Length; h++) seeds[h] = (state = Mix(state + 0x9E3779B97F4A7C15UL)) | 1; // odd multipliers
        return seeds;
    }
}
