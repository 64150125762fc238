using System.Globalization;
using System.IO.Compression;

namespace Janalyq.Language;

/// <summary>
/// Letter n-gram naive Bayes over the Cyrillic languages of <see cref="CyrillicAlphabets"/>: the cost of a text in a
/// language is the sum of −ln P(gram | language) over its n-grams (orders 1 to 3, each order's probabilities relative to
/// that order's grams in the training text), an n-gram the language never showed costs that language's floor for the order, and a letter
/// outside the language's alphabet costs <see cref="AlienLetterCost"/> instead of its unigram. The cheapest language wins.
/// The model is an embedded text file (Model/cyrillic.ngrams, gzip), built by the bench verb language-train.
/// </summary>
internal sealed class CyrillicModel
{
    /// <summary>Cost (nats) of one letter that the language does not write: the alphabet evidence (the model's "alien" line).</summary>
    internal float AlienLetterCost { get; }

    /// <summary>Cost (nats) the declared language is spared: enough to settle a headline the letters leave open, never a paragraph.</summary>
    internal const float DeclaredBonus = 4f;

    private readonly Dictionary<string, int> _rows;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly float[] _costs; // row * languages + language
    private readonly float[] _floors; // order * languages + language (orders 1..MaxOrder)
    private readonly int _languages;

    private CyrillicModel(Dictionary<string, int> rows, float[] costs, float[] floors, float alien)
    {
        AlienLetterCost = alien;
        _rows = rows;
        _lookup = rows.GetAlternateLookup<ReadOnlySpan<char>>();
        _costs = costs;
        _floors = floors;
        _languages = CyrillicAlphabets.Codes.Length;
    }

    private static readonly Lazy<CyrillicModel> Embedded = new(() =>
    {
        using var stream = typeof(CyrillicModel).Assembly.GetManifestResourceStream("Janalyq.Language.Model.cyrillic.ngrams.gz")
            ?? throw new InvalidOperationException("the embedded Cyrillic language model is missing");
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        return Read(reader);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped model, read once on first use.</summary>
    internal static CyrillicModel Shipped => Embedded.Value;

    /// <summary>A model file (gzip) instead of the shipped one: for the bench, to measure a model before shipping it.</summary>
    internal static CyrillicModel? Override { get; set; }

    /// <summary>Reads a gzip model file.</summary>
    internal static CyrillicModel ReadFile(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        return Read(reader);
    }

    /// <summary>The number of n-grams the model holds.</summary>
    internal int Size => _rows.Count;

    /// <summary>
    /// Reads a model: "#" comments, then "languages" with the codes in column order (they must be CyrillicAlphabets'), "alien" (tenths of a nat),
    /// "floorN" lines (N the order) with each language's cost of an unseen n-gram, then one line per n-gram: the gram, a tab, its costs in tenths of a nat, comma-separated
    /// in language order, empty where the language never showed it.
    /// </summary>
    internal static CyrillicModel Read(TextReader reader)
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var costs = new List<float>();
        var languages = CyrillicAlphabets.Codes.Length;
        var floors = new float[(LetterNgrams.MaxOrder + 1) * languages];
        var pending = new List<(string Gram, string Costs)>();
        var alien = 0f;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0) throw new InvalidDataException($"language model: no tab in line '{line}'");
            var key = line[..tab];
            var value = line[(tab + 1)..];
            if (key == "languages")
            {
                if (value != string.Join(',', CyrillicAlphabets.Codes)) throw new InvalidDataException($"language model: languages {value} are not {string.Join(',', CyrillicAlphabets.Codes)}");
            }
            else if (key == "alien") alien = int.Parse(value, CultureInfo.InvariantCulture) / 10f;
            else if (key.StartsWith("floor", StringComparison.Ordinal) && int.TryParse(key.AsSpan(5), CultureInfo.InvariantCulture, out var order) && order is >= 1 and <= LetterNgrams.MaxOrder)
            {
                var parts = value.Split(',');
                if (parts.Length != languages) throw new InvalidDataException($"language model: {parts.Length} floors for order {order}");
                for (var l = 0; l < languages; l++) floors[order * languages + l] = int.Parse(parts[l], CultureInfo.InvariantCulture) / 10f;
            }
            else pending.Add((key.Replace('_', ' '), value));
        }
        if (floors.Skip(languages).Any(f => f == 0) || alien == 0) throw new InvalidDataException("language model: a floor or the alien line is missing");
        foreach (var (gram, values) in pending)
        {
            var parts = values.Split(',');
            if (parts.Length != languages) throw new InvalidDataException($"language model: {parts.Length} costs for '{gram}'");
            rows[gram] = rows.Count;
            for (var l = 0; l < languages; l++) costs.Add(parts[l].Length == 0 ? floors[gram.Length * languages + l] : int.Parse(parts[l], CultureInfo.InvariantCulture) / 10f);
        }
        return new CyrillicModel(rows, costs.ToArray(), floors, alien);
    }

    /// <summary>
    /// Adds the cost of each language (in CyrillicAlphabets order) for the normalised buffer to <paramref name="totals"/>;
    /// returns the number of n-grams scored.
    /// </summary>
    internal int Score(ReadOnlySpan<char> normalized, Span<float> totals)
    {
        var grams = 0;
        foreach (var (start, length) in LetterNgrams.Enumerate(normalized))
        {
            grams++;
            var gram = normalized.Slice(start, length);
            var costs = _lookup.TryGetValue(gram, out var row) ? _costs.AsSpan(row * _languages, _languages) : default;
            if (costs.IsEmpty) costs = _floors.AsSpan(length * _languages, _languages);
            if (length == 1)
            {
                for (var l = 0; l < _languages; l++)
                    totals[l] += CyrillicAlphabets.Writes(l, gram[0]) ? costs[l] : AlienLetterCost;
            }
            else
            {
                for (var l = 0; l < _languages; l++) totals[l] += costs[l];
            }
        }
        return grams;
    }
}
