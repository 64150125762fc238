/// <summary>
/// The baseline of issue 10: TF-IDF over lower-cased words (letters and digits, 1 + ln tf, ln(N/df) + 1, no stemming,
/// no stop words, no cross-language evidence), cosine, agglomerative clustering with average linkage, cut where the
/// best remaining average similarity falls below the threshold. All pairs: for the small labelled files only.
/// </summary>
internal static class TfIdfAverageLinkage
{
    public static long[] Cluster(IReadOnlyList<string> texts, double threshold)
    {
        var n = texts.Count;
        var counts = texts.Select(Words).ToArray();
        var df = new Dictionary<string, int>();
        foreach (var c in counts) foreach (var w in c.Keys) df[w] = df.GetValueOrDefault(w) + 1;
        var vectors = counts.Select(c =>
        {
            var v = c.ToDictionary(x => x.Key, x => (1 + Math.Log(x.Value)) * (Math.Log(n / (double)df[x.Key]) + 1));
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            return norm == 0 ? v : v.ToDictionary(x => x.Key, x => x.Value / norm);
        }).ToArray();
        var sim = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                double dot = 0;
                var (small, large) = vectors[i].Count < vectors[j].Count ? (vectors[i], vectors[j]) : (vectors[j], vectors[i]);
                foreach (var (w, x) in small) if (large.TryGetValue(w, out var y)) dot += x * y;
                sim[i, j] = sim[j, i] = dot;
            }
        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        while (clusters.Count > 1)
        {
            double best = -1;
            int bi = -1, bj = -1;
            for (var a = 0; a < clusters.Count; a++)
                for (var b = a + 1; b < clusters.Count; b++)
                {
                    double total = 0;
                    foreach (var i in clusters[a]) foreach (var j in clusters[b]) total += sim[i, j];
                    var average = total / (clusters[a].Count * clusters[b].Count);
                    if (average > best) (best, bi, bj) = (average, a, b);
                }
            if (best < threshold) break;
            clusters[bi].AddRange(clusters[bj]);
            clusters.RemoveAt(bj);
        }
        var story = new long[n];
        for (var c = 0; c < clusters.Count; c++) foreach (var i in clusters[c]) story[i] = c + 1;
        return story;
    }

    private static Dictionary<string, int> Words(string text)
    {
        var counts = new Dictionary<string, int>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            var word = text[start..i].ToLowerInvariant();
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return counts;
    }
}
