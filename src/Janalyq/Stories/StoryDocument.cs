using Janalyq.Evidence;

namespace Janalyq.Stories;

/// <summary>An article in the clusterer's window: its terms and evidence as sorted 64-bit keys with weights.</summary>
internal sealed class StoryDocument
{
    public required long Id { get; init; }
    public required long Time { get; init; }
    public required string Language { get; init; }
    public required ulong[] Terms { get; init; }
    public required float[] TermWeights { get; init; }
    public required ulong[] Evidence { get; init; }
    public required float[] EvidenceWeights { get; init; }

    /// <summary>Per evidence key: whether it names people, places or a subject (entities, concepts), for related stories.</summary>
    public required bool[] EvidenceTopical { get; init; }

    public StoryCluster Story { get; set; } = null!;

    /// <summary>The index's id of each term and evidence key (set by <see cref="TermIndex"/>), for IDF without lookups.</summary>
    public int[] TermIds { get; private init; } = [];
    public int[] EvidenceIds { get; private init; } = [];

    /// <summary>Scratch of the candidate search: the add that last counted this article, and its count of shared keys then.</summary>
    internal int HitStamp { get; set; }
    internal int Hits { get; set; }

    /// <summary>Among the last <see cref="StoryOptions.RecentArticles"/> processed.</summary>
    public bool Recent { get; set; }

    /// <summary>Older than the window (it leaves when it is no longer recent either).</summary>
    public bool Expired { get; set; }

    /// <summary>Still in the window (false once evicted, changed or hidden).</summary>
    public bool Live { get; set; } = true;

    public static StoryDocument Of(StoryArticle article, IEvidenceExtractor extractor, int termLimit)
    {
        var (terms, weights) = StoryTerms.Of(article.Title, article.Text, termLimit);
        var evidence = extractor.Extract(article.Title, article.Text, article.Language);
        var byKey = new SortedDictionary<ulong, (float Weight, bool Topical)>();
        foreach (var term in evidence)
        {
            var key = StoryTerms.Key(term.Key);
            var topical = term.Kind != EvidenceKind.Number;
            byKey[key] = byKey.TryGetValue(key, out var known) ? (Math.Max(known.Weight, term.Weight), known.Topical || topical) : (term.Weight, topical);
        }
        return new StoryDocument
        {
            Id = article.Id,
            Time = article.Time,
            Language = article.Language,
            Terms = terms,
            TermWeights = weights,
            Evidence = [.. byKey.Keys],
            EvidenceWeights = [.. byKey.Values.Select(v => v.Weight)],
            EvidenceTopical = [.. byKey.Values.Select(v => v.Topical)],
            TermIds = new int[terms.Length],
            EvidenceIds = new int[byKey.Count],
        };
    }
}

/// <summary>A story as the clusterer holds it: its articles still in the window, in the order they joined.</summary>
internal sealed class StoryCluster(long id)
{
    public long Id { get; } = id;
    public List<StoryDocument> Members { get; } = [];

    public long First => Members.Count == 0 ? long.MaxValue : Members.Min(m => m.Time);
    public long Last => Members.Count == 0 ? long.MinValue : Members.Max(m => m.Time);
}
