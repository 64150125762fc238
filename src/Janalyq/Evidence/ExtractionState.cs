using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Janalyq.Evidence;

/// <summary>One thread's reusable buffers for one article at a time (nothing is shared between threads).</summary>
internal sealed class ExtractionState
{
    public readonly List<Token> Tokens = new(1024);
    public char[] Original = new char[4096];
    public char[] Lower = new char[4096];
    public int[] WordIds = new int[1024];
    public readonly Dictionary<string, TermTally> Terms = new(256, StringComparer.Ordinal);
    public readonly Dictionary<string, TermTally>.AlternateLookup<ReadOnlySpan<char>> TermLookup;
    public readonly List<(string Key, float Weight)> Pending = [];

    public ExtractionState() => TermLookup = Terms.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Reset(string title, string text)
    {
        var length = title.Length + 1 + text.Length;
        if (Original.Length < length)
        {
            Original = new char[Math.Max(length, Original.Length * 2)];
            Lower = new char[Original.Length];
        }
        title.CopyTo(Original);
        Original[title.Length] = '\n';
        text.CopyTo(0, Original, title.Length + 1, text.Length);
        TextScanner.Lower(Original.AsSpan(0, length), Lower);
        Tokens.Clear();
        Terms.Clear();
        Pending.Clear();
    }

    public void Add(ReadOnlySpan<char> key, EvidenceKind kind, float weight)
    {
        ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(TermLookup, key, out var exists);
        Tally(ref tally, exists, kind, weight);
    }

    public void Add(string key, EvidenceKind kind, float weight)
    {
        ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(Terms, key, out var exists);
        Tally(ref tally, exists, kind, weight);
    }

    private static void Tally(ref TermTally tally, bool exists, EvidenceKind kind, float weight)
    {
        if (!exists)
        {
            tally = new TermTally { Kind = kind, Weight = weight, Count = 1 };
            return;
        }
        tally.Count++;
        if (weight > tally.Weight) tally.Weight = weight;
    }

    public IReadOnlyList<EvidenceTerm> Result()
    {
        // Names seen only at a sentence start count when the article also has them where capitals mean a name.
        foreach (var (key, weight) in Pending)
        {
            ref var tally = ref CollectionsMarshal.GetValueRefOrNullRef(Terms, key);
            if (Unsafe.IsNullRef(ref tally)) continue;
            tally.Count++;
            tally.Weight = Math.Max(tally.Weight, weight);
        }
        var result = new EvidenceTerm[Terms.Count];
        var i = 0;
        foreach (var (key, tally) in Terms)
        {
            var repeat = Math.Min(EvidenceWeights.MaxRepeat, 1f + 0.25f * (tally.Count - 1));
            result[i++] = new EvidenceTerm(key, tally.Kind, tally.Weight * repeat);
        }
        return result;
    }
}

internal struct TermTally
{
    public EvidenceKind Kind;
    public float Weight;
    public int Count;
}
