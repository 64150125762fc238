namespace Janalyq.Categories;

/// <summary>How the text model is trained (the defaults build the shipped model).</summary>
/// <param name="Accumulator">AdaGrad's starting sum of squared gradients: above 0, a feature's first steps are in proportion
/// to its gradient rather than a full <paramref name="LearningRate"/> each, which keeps the many small character n-gram
/// values from moving as far as a title word.</param>
/// <param name="MinCount">A feature is kept only when at least this many examples have it.</param>
public sealed record TrainingSettings(int Epochs = 40, float LearningRate = 0.5f, float L2 = 1e-4f, int Seed = 20261203, FeatureSettings? Features = null, float Accumulator = 0.01f, int MinCount = 2)
{
    /// <summary>The feature settings (the defaults of <see cref="FeatureSettings"/> when not given).</summary>
    public FeatureSettings FeatureSettingsOrDefault => Features ?? new FeatureSettings();
}

/// <summary>
/// Trains a <see cref="CategoryModel"/>: multinomial logistic regression by AdaGrad over the examples in a seeded
/// order, each label's examples weighted by 1/sqrt(count) so that small kinds are heard. Single-threaded and seeded:
/// the same examples give the same model, byte for byte.
/// </summary>
public static class CategoryTrainer
{
    public static CategoryModel Train(IReadOnlyList<LabelledText> examples, TrainingSettings? settings = null)
    {
        settings ??= new TrainingSettings();
        var labels = ArticleKind.All.Select(k => k.Name).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var c = labels.Length;
        var docs = new (int[] Ids, float[] Values, int Label)[examples.Count];
        var perLabel = new int[c];
        for (var i = 0; i < examples.Count; i++)
        {
            var (ids, values) = TextFeatures.Extract(examples[i].Title, examples[i].Text, settings.FeatureSettingsOrDefault);
            var label = labelIndex.TryGetValue(examples[i].Label, out var l) ? l : throw new ArgumentException($"unknown label '{examples[i].Label}'", nameof(examples));
            docs[i] = (ids, values, label);
            perLabel[label]++;
        }
        // Features of fewer than MinCount examples are dropped: they cannot generalize, and they would be most of the file.
        var frequency = new Dictionary<int, int>();
        foreach (var d in docs)
            foreach (var id in d.Ids) frequency[id] = frequency.GetValueOrDefault(id) + 1;
        for (var i = 0; i < docs.Length; i++)
        {
            var (ids, values, label) = docs[i];
            var keep = Enumerable.Range(0, ids.Length).Where(j => frequency[ids[j]] >= settings.MinCount).ToArray();
            docs[i] = (keep.Select(j => ids[j]).ToArray(), keep.Select(j => values[j]).ToArray(), label);
        }
        var featureIds = docs.SelectMany(d => d.Ids).Distinct().Order().ToArray();
        var row = new Dictionary<int, int>(featureIds.Length);
        for (var i = 0; i < featureIds.Length; i++) row[featureIds[i]] = i;
        var rows = docs.Select(d => d.Ids.Select(id => row[id]).ToArray()).ToArray();
        var labelWeight = perLabel.Select(n => n == 0 ? 0f : 1f / MathF.Sqrt(n)).ToArray();
        var mean = labelWeight.Where((w, k) => perLabel[k] > 0).DefaultIfEmpty(1f).Average();
        for (var k = 0; k < c; k++) labelWeight[k] /= mean;

        var weights = new float[featureIds.Length * c];
        var squares = new float[weights.Length];
        Array.Fill(squares, settings.Accumulator);
        var order = Enumerable.Range(0, docs.Length).ToArray();
        var random = new SplitMix(settings.Seed);
        var probabilities = new float[c];
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var d in order)
            {
                var (_, values, label) = docs[d];
                var doc = rows[d];
                Array.Clear(probabilities);
                for (var i = 0; i < doc.Length; i++)
                {
                    var w = weights.AsSpan(doc[i] * c, c);
                    for (var k = 0; k < c; k++) probabilities[k] += values[i] * w[k];
                }
                CategoryModel.Softmax(probabilities);
                var scale = labelWeight[label];
                for (var i = 0; i < doc.Length; i++)
                {
                    var offset = doc[i] * c;
                    for (var k = 0; k < c; k++)
                    {
                        var g = scale * (probabilities[k] - (k == label ? 1f : 0f)) * values[i] + settings.L2 * weights[offset + k];
                        squares[offset + k] += g * g;
                        weights[offset + k] -= settings.LearningRate * g / (MathF.Sqrt(squares[offset + k]) + 1e-6f);
                    }
                }
            }
        }
        return new CategoryModel(labels, featureIds, weights, settings.FeatureSettingsOrDefault);
    }

    /// <summary>A small seeded generator (SplitMix64), so the order does not depend on System.Random's implementation.</summary>
    private sealed class SplitMix(int seed)
    {
        private ulong _state = (ulong)seed;

        public int Next(int bound)
        {
            var z = _state += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return (int)((z ^ (z >> 31)) % (ulong)bound);
        }

        public void Shuffle(int[] items)
        {
            for (var i = items.Length - 1; i > 0; i--)
            {
                var j = Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }
}
