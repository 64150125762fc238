using System.Globalization;

namespace Janalyq.Language;

/// <summary>
/// Trains the <see cref="CyrillicModel"/>: counts each language's letter n-grams over its training text, keeps those seen
/// at least <see cref="MinimumCount"/> times (and at most <see cref="KeptPerOrder"/> of each order, the most frequent), and
/// writes their costs −ln(count / grams of that order), in tenths of a nat, and each language's floor per order (the cost
/// of an n-gram it never showed).
/// </summary>
internal sealed class CyrillicModelBuilder
{
    /// <summary>Fewest occurrences for an n-gram to be kept in a language.</summary>
    internal int MinimumCount { get; init; } = 3;

    /// <summary>Most n-grams of one order kept per language.</summary>
    internal int KeptPerOrder { get; init; } = 6000;

    /// <summary>
    /// How much of the largest training text's size a language's floor assumes, from 0 (a count of one half in the
    /// language's own text: small corpora miss cheaply) to 1 (a count of one half in the largest: every language misses
    /// at the same cost); between, the sizes' weighted geometric mean.
    /// </summary>
    internal double FloorSharing { get; init; } = 0.3;

    /// <summary>Cost (nats) of a letter outside a language's alphabet, written into the model.</summary>
    internal double AlienLetterCost { get; init; } = 16;

    private readonly Dictionary<string, long>[] _counts = CyrillicAlphabets.Codes.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly long[,] _totals = new long[CyrillicAlphabets.Codes.Length, LetterNgrams.MaxOrder + 1];

    /// <summary>Letters counted per language so far.</summary>
    internal long Letters(string code) => _totals[Index(code), 1];

    /// <summary>Counts the n-grams of one training text of <paramref name="code"/>.</summary>
    internal void Add(string code, string text)
    {
        var l = Index(code);
        var buffer = new char[text.Length * 2 + 4];
        var (length, _) = LetterNgrams.Normalize(text, buffer);
        var normalized = buffer.AsSpan(0, length);
        var counts = _counts[l].GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, n) in LetterNgrams.Enumerate(normalized))
        {
            var gram = normalized.Slice(start, n);
            counts[gram] = counts.TryGetValue(gram, out var c) ? c + 1 : 1;
            _totals[l, n]++;
        }
    }

    /// <summary>Writes the model in the format <see cref="CyrillicModel.Read"/> reads, after the given comment lines.</summary>
    internal void Write(TextWriter writer, IEnumerable<string> comments)
    {
        var languages = CyrillicAlphabets.Codes.Length;
        foreach (var c in comments) writer.WriteLine("# " + c);
        writer.WriteLine("languages\t" + string.Join(',', CyrillicAlphabets.Codes));
        writer.WriteLine("alien\t" + Math.Round(AlienLetterCost * 10).ToString(CultureInfo.InvariantCulture));
        var floors = new int[languages, LetterNgrams.MaxOrder + 1];
        for (var n = 1; n <= LetterNgrams.MaxOrder; n++)
        {
            long largest = 1;
            for (var l = 0; l < languages; l++) largest = Math.Max(largest, _totals[l, n]);
            for (var l = 0; l < languages; l++) floors[l, n] = Tenths(0.5 / Math.Exp((1 - FloorSharing) * Math.Log(Math.Max(1, _totals[l, n])) + FloorSharing * Math.Log(largest)));
            writer.WriteLine($"floor{n}\t" + string.Join(',', Enumerable.Range(0, languages).Select(l => floors[l, n])));
        }
        var kept = new SortedDictionary<string, int?[]>(StringComparer.Ordinal);
        for (var l = 0; l < languages; l++)
        {
            for (var n = 1; n <= LetterNgrams.MaxOrder; n++)
            {
                var total = _totals[l, n];
                if (total == 0) continue;
                foreach (var (gram, count) in _counts[l].Where(g => g.Key.Length == n && g.Value >= MinimumCount)
                             .OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal).Take(KeptPerOrder))
                {
                    if (!kept.TryGetValue(gram, out var row)) kept[gram] = row = new int?[languages];
                    row[l] = Math.Min(Tenths((double)count / total), floors[l, n]);
                }
            }
        }
        foreach (var (gram, row) in kept)
            writer.WriteLine(gram.Replace(' ', '_') + "\t" + string.Join(',', row.Select(c => c?.ToString(CultureInfo.InvariantCulture) ?? "")));
    }

    /// <summary>The index of a model language's code in CyrillicAlphabets.Codes.</summary>
    internal static int Index(string code) => Array.IndexOf(CyrillicAlphabets.Codes, code) is var i and >= 0 ? i : throw new ArgumentException($"no Cyrillic model language '{code}'", nameof(code));

    private static int Tenths(double p) => (int)Math.Round(-Math.Log(p) * 10);
}
