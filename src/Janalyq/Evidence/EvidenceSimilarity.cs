namespace Janalyq.Evidence;

/// <summary>How much evidence two articles share.</summary>
public static class EvidenceSimilarity
{
    /// <summary>
    /// Weighted Jaccard: the sum over keys of the smaller weight divided by the sum of the larger (0 when nothing is
    /// shared, 1 for the same terms with the same weights). Each list has each key once, as the extractor gives them.
    /// </summary>
    public static double WeightedJaccard(IReadOnlyList<EvidenceTerm> a, IReadOnlyList<EvidenceTerm> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 && b.Count == 0) return 0;
        var weights = new Dictionary<string, float>(a.Count, StringComparer.Ordinal);
        double sumA = 0;
        foreach (var t in a) { weights[t.Key] = t.Weight; sumA += t.Weight; }
        double min = 0, sumB = 0;
        foreach (var t in b)
        {
            sumB += t.Weight;
            if (weights.TryGetValue(t.Key, out var w)) min += Math.Min(w, t.Weight);
        }
        // Σmax = Σa + Σb − Σmin over the union.
        var max = sumA + sumB - min;
        return max <= 0 ? 0 : min / max;
    }
}
