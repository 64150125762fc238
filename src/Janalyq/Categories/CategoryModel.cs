using System.IO.Compression;
using System.Text;

namespace Janalyq.Categories;

/// <summary>
/// A multinomial logistic regression over <see cref="TextFeatures"/>: one weight per (feature, label), stored only for
/// the features seen in training. Immutable and thread-safe. Saved as gzip of: "JCM2", the feature settings, the labels,
/// the feature ids (delta-encoded) and the weights as half-precision floats.
/// </summary>
public sealed class CategoryModel
{
    private const string Magic = "JCM2";
    private const string ResourceName = "Janalyq.Categories.categories.model";
    private readonly Dictionary<int, int> _rows;
    private readonly float[] _weights;

    internal CategoryModel(IReadOnlyList<string> labels, int[] ids, float[] weights, FeatureSettings features)
    {
        Features = features;
        if (weights.Length != ids.Length * labels.Count) throw new ArgumentException("one weight per feature and label expected", nameof(weights));
        Labels = labels;
        _rows = new Dictionary<int, int>(ids.Length);
        for (var i = 0; i < ids.Length; i++) _rows[ids[i]] = i;
        _weights = weights;
        Ids = ids;
    }

    /// <summary>How texts are read into features (as in training).</summary>
    public FeatureSettings Features { get; }

    /// <summary>The labels (<see cref="ArticleKind"/> names) in the order of <see cref="Predict"/>'s probabilities.</summary>
    public IReadOnlyList<string> Labels { get; }

    internal int[] Ids { get; }

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => Ids.Length;

    internal float[] Weights => _weights;

    /// <summary>The model shipped inside the engine (src/Janalyq/Categories/categories.model, rebuilt by `janalyq train-categories`).</summary>
    public static CategoryModel Shipped => LazyShipped.Value;

    private static readonly Lazy<CategoryModel> LazyShipped = new(() =>
    {
        using var stream = typeof(CategoryModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the engine has no embedded {ResourceName}: rebuild it with `janalyq train-categories`");
        return Load(stream);
    });

    /// <summary>The probability of each label for an article.</summary>
    public float[] Predict(string? title, string? text)
    {
        var (ids, values) = TextFeatures.Extract(title, text, Features);
        return Predict(ids, values);
    }

    internal float[] Predict(int[] ids, float[] values)
    {
        var c = Labels.Count;
        var scores = new float[c];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!_rows.TryGetValue(ids[i], out var row)) continue;
            var v = values[i];
            var w = _weights.AsSpan(row * c, c);
            for (var k = 0; k < c; k++) scores[k] += v * w[k];
        }
        Softmax(scores);
        return scores;
    }

    internal static void Softmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        float sum = 0;
        for (var k = 0; k < scores.Length; k++) sum += scores[k] = MathF.Exp(scores[k] - max);
        for (var k = 0; k < scores.Length; k++) scores[k] /= sum;
    }

    public void Save(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Features.TitleWeight);
        writer.Write(Features.CharWeight);
        writer.Write(Features.TextChars);
        writer.Write(Features.CharTextChars);
        writer.Write(Labels.Count);
        foreach (var label in Labels) writer.Write(label);
        writer.Write(Ids.Length);
        var previous = 0;
        foreach (var id in Ids)
        {
            writer.Write7BitEncodedInt(id - previous);
            previous = id;
        }
        foreach (var w in _weights) writer.Write((Half)w);
    }

    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        Save(memory);
        return memory.ToArray();
    }

    public static CategoryModel Load(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        var magic = Encoding.ASCII.GetString(reader.ReadBytes(4));
        if (magic != Magic) throw new InvalidDataException(magic.StartsWith("JCM", StringComparison.Ordinal) ? $"a category model of format {magic}, expected {Magic}: rebuild it with `janalyq train-categories`" : "not a Janalyq category model");
        var features = new FeatureSettings(reader.ReadSingle(), reader.ReadSingle(), reader.ReadInt32(), reader.ReadInt32());
        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
        var ids = new int[reader.ReadInt32()];
        var id = 0;
        for (var i = 0; i < ids.Length; i++) ids[i] = id += reader.Read7BitEncodedInt();
        var weights = new float[ids.Length * labels.Length];
        for (var i = 0; i < weights.Length; i++) weights[i] = (float)reader.ReadHalf();
        return new CategoryModel(labels, ids, weights, features);
    }
}
