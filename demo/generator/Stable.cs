namespace Janalyq.Demo.Generator;

/// <summary>Deterministic choices: the same input gives the same pick on every run and machine.</summary>
internal static class Stable
{
    /// <summary>FNV-1a over UTF-16 code units (string.GetHashCode is randomised per process).</summary>
    public static uint Hash(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h ^= c;
            h *= 16777619u;
        }
        return h;
    }

    /// <summary>FNV-1a then a murmur3 finaliser, so that similar strings ("x0", "x1") give unrelated numbers.</summary>
    public static uint Mixed(string s)
    {
        var h = Hash(s);
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return h;
    }

    /// <summary>count items of list, starting at a seed-dependent position, wrapping round.</summary>
    public static IReadOnlyList<T> Pick<T>(IReadOnlyList<T> list, uint seed, int count)
    {
        if (list.Count == 0) return [];
        var start = (int)(seed % (uint)list.Count);
        var step = list.Count > 7 && list.Count % 7 != 0 ? 7 : 1;
        var result = new List<T>(count);
        for (var i = 0; i < Math.Min(count, list.Count); i++) result.Add(list[(start + (i * step)) % list.Count]);
        return result;
    }

    public static int Number(uint seed, int min, int max) => min + (int)(seed % (uint)(max - min + 1));
}
