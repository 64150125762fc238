using Janalyq.Evidence;

namespace Janalyq.Stories;

/// <summary>
/// Incremental story clustering over a sliding window (README.md beside this file). An article is compared only with
/// the articles an inverted index retrieves for its strongest terms and evidence (a bounded number per term, never all
/// pairs): it joins the story of the most similar one when that similarity reaches
/// <see cref="StoryOptions.MinimumSimilarity"/> (single linkage), links further stories it resembles as much as
/// <see cref="StoryOptions.MergeSimilarity"/> into that one (they merge, the oldest id survives), else starts a story.
/// An article that changes or is hidden leaves its story, and the rest is checked again: pieces that no longer link split.
/// The state is a function of the articles in the window and their stories only (weights use the window's document
/// frequencies at the moment of comparison), so an index rebuilt from the database with <see cref="Restore"/> decides
/// exactly as the one it replaces. Not thread-safe: one writer.
/// </summary>
public sealed class StoryClusterer(StoryOptions options, IEvidenceExtractor evidence)
{
    private const int QueryTerms = 16, QueryEvidence = 16, MaxCandidates = 200, MaxSplitCheck = 300;

    /// <summary>Tuning knob (bench only): the words' share of the similarity of two articles of one language.</summary>
    internal static double WordShare = 0.6;

    private readonly TermIndex _index = new();
    private readonly Dictionary<long, StoryDocument> _documents = [];
    private readonly Dictionary<long, StoryCluster> _stories = [];
    private readonly PriorityQueue<StoryDocument, long> _byTime = new();
    private readonly Queue<StoryDocument> _recent = new();
    private int _recentLive;

    /// <summary>The id the next new story gets (the caller persists it to stay consistent over restarts).</summary>
    public long NextStoryId { get; set; } = 1;

    /// <summary>The newest publication time seen (Unix ms): the window ends there.</summary>
    public long Newest { get; private set; } = long.MinValue;

    /// <summary>Articles in the window.</summary>
    public int Count => _documents.Count;

    /// <summary>Articles the last <see cref="Add"/> compared the new one with (at most a fixed bound, whatever the window).</summary>
    internal int LastComparisons { get; private set; }

    /// <summary>The most comparisons one article can cost: its query terms times the postings read per term, capped.</summary>
    internal int MaxComparisons => Math.Min(MaxCandidates, (QueryTerms + QueryEvidence) * options.PostingsPerTerm);

    /// <summary>The story of an article in the window, if any.</summary>
    public long? StoryOf(long articleId) => _documents.TryGetValue(articleId, out var d) ? d.Story.Id : null;

    /// <summary>Clusters one article (again, when it is in the window already: it changed).</summary>
    public StoryChanges Add(StoryArticle article)
    {
        var changes = _documents.ContainsKey(article.Id) ? Remove(article.Id) : new StoryChanges();
        var document = StoryDocument.Of(article, evidence, options.TermsPerArticle);
        AdvanceTo(document.Time);
        _index.Resolve(document);

        var best = new Dictionary<StoryCluster, double>();
        var candidates = Candidates(document);
        LastComparisons = 0;
        foreach (var candidate in candidates)
        {
            // Exact pruning: an article too far apart in time cannot reach the threshold even with the same words.
            if (Fade(document.Time, candidate.Time) < options.MinimumSimilarity) continue;
            LastComparisons++;
            var similarity = Similarity(document, candidate);
            if (!best.TryGetValue(candidate.Story, out var known) || similarity > known) best[candidate.Story] = similarity;
        }
        var ranked = best.Where(b => b.Value >= options.MinimumSimilarity).OrderByDescending(b => b.Value).ThenBy(b => b.Key.Id).ToList();
        StoryCluster story;
        if (ranked.Count == 0)
        {
            story = new StoryCluster(NextStoryId++);
            _stories[story.Id] = story;
        }
        else
        {
            var linked = ranked.Where((r, i) => i == 0 || r.Value >= options.MergeSimilarity).Select(r => r.Key).ToList();
            story = linked.MinBy(s => s.Id)!;
            foreach (var other in linked.Where(s => s != story).OrderBy(s => s.Id)) Merge(other, story, changes);
        }
        Insert(document, story);
        changes.Assigned.Add(new StoryAssignment(document.Id, story.Id));
        changes.Touched.Add(story.Id);
        Evict(); // an article older than the window is clustered against it, then not kept (as a rebuilt index would not hold it)
        return changes;
    }

    /// <summary>Puts back an article clustered earlier (the index rebuilt from the database), in the order first processed.</summary>
    public void Restore(StoryArticle article, long storyId)
    {
        if (_documents.ContainsKey(article.Id)) Remove(article.Id);
        var document = StoryDocument.Of(article, evidence, options.TermsPerArticle);
        if (!_stories.TryGetValue(storyId, out var story)) _stories[storyId] = story = new StoryCluster(storyId);
        Insert(document, story);
        NextStoryId = Math.Max(NextStoryId, storyId + 1);
    }

    /// <summary>Moves the window's end to <paramref name="time"/> (when later) and forgets what falls out of it.</summary>
    public void AdvanceTo(long time)
    {
        if (time <= Newest) return;
        Newest = time;
        Evict();
    }

    /// <summary>The oldest publication time still in the window (Unix ms).</summary>
    public long Horizon => Newest == long.MinValue ? long.MinValue : Newest - (long)options.Window.TotalMilliseconds;

    private void Evict()
    {
        var horizon = Horizon;
        // An article leaves once it is both older than the window and no longer among the last RecentArticles
        // processed: articles stored out of publication order (a backfill, a replay) still meet their neighbours.
        while (_byTime.TryPeek(out var oldest, out var at) && at < horizon)
        {
            _byTime.Dequeue();
            if (!oldest.Live) continue;
            if (oldest.Recent) oldest.Expired = true;
            else Leave(oldest);
        }
        while (_recentLive > options.RecentArticles && _recent.TryDequeue(out var older))
        {
            if (!older.Live) continue;
            older.Recent = false;
            _recentLive--;
            if (older.Expired || older.Time < horizon) Leave(older);
        }
    }

    /// <summary>Takes an article out of its story (changed or hidden); the rest of the story splits where it no longer links.</summary>
    public StoryChanges Remove(long articleId)
    {
        var changes = new StoryChanges();
        if (!_documents.TryGetValue(articleId, out var document)) return changes;
        var story = document.Story;
        Forget(document);
        changes.Touched.Add(story.Id);
        if (story.Members.Count >= 2 && story.Members.Count <= MaxSplitCheck) Split(story, changes);
        return changes;
    }

    /// <summary>Earlier stories (every article of theirs in the window older than this story's first) sharing its people, places or subject.</summary>
    public IReadOnlyList<RelatedStory> EarlierRelated(long storyId)
    {
        if (options.MaxRelated == 0 || !_stories.TryGetValue(storyId, out var story) || story.Members.Count == 0) return [];
        var weights = new Dictionary<ulong, float>();
        foreach (var member in story.Members)
        {
            for (var i = 0; i < member.Evidence.Length; i++)
            {
                if (!member.EvidenceTopical[i]) continue;
                weights[member.Evidence[i]] = weights.GetValueOrDefault(member.Evidence[i]) + member.EvidenceWeights[i];
            }
        }
        var query = weights.Select(w => (Key: w.Key, Idf: _index.Idf(w.Key), Weight: w.Value * _index.Idf(w.Key)))
            .OrderByDescending(q => q.Weight).ThenBy(q => q.Key).Take(12).ToList();
        var total = query.Sum(q => q.Idf);
        if (total <= 0) return [];
        var first = story.First;
        var shared = new Dictionary<StoryCluster, (float Score, int Terms)>();
        foreach (var (key, idf, _) in query)
        {
            var seen = new HashSet<StoryCluster>();
            foreach (var other in _index.Newest(key, options.PostingsPerTerm))
            {
                if (other.Story == story || !seen.Add(other.Story)) continue;
                var known = shared.GetValueOrDefault(other.Story);
                shared[other.Story] = (known.Score + idf, known.Terms + 1);
            }
        }
        return shared.Where(s => s.Value.Terms >= 2 && s.Value.Score / total >= options.RelatedMinimumScore && s.Key.Last < first)
            .Select(s => new RelatedStory(s.Key.Id, Math.Round(s.Value.Score / total, 4)))
            .OrderByDescending(r => r.Score).ThenBy(r => r.StoryId).Take(options.MaxRelated).ToList();
    }

    private void Insert(StoryDocument document, StoryCluster story)
    {
        document.Story = story;
        story.Members.Add(document);
        _documents[document.Id] = document;
        _index.Add(document);
        _byTime.Enqueue(document, document.Time);
        document.Recent = true;
        _recent.Enqueue(document);
        _recentLive++;
    }

    /// <summary>An article left the window (it stays in its story): told through <see cref="Left"/>.</summary>
    public event Action<long>? Left;

    private void Leave(StoryDocument document)
    {
        Forget(document);
        Left?.Invoke(document.Id);
    }

    private void Forget(StoryDocument document)
    {
        if (document.Recent) _recentLive--;
        document.Recent = false;
        document.Live = false;
        _documents.Remove(document.Id);
        _index.Remove(document);
        var story = document.Story;
        story.Members.Remove(document);
        if (story.Members.Count == 0) _stories.Remove(story.Id);
    }

    private void Merge(StoryCluster from, StoryCluster into, StoryChanges changes)
    {
        foreach (var member in from.Members)
        {
            member.Story = into;
            into.Members.Add(member);
            changes.Assigned.Add(new StoryAssignment(member.Id, into.Id));
        }
        from.Members.Clear();
        _stories.Remove(from.Id);
        changes.Merged.Add(new StoryMerge(from.Id, into.Id));
        changes.Touched.Remove(from.Id);
        changes.Touched.Add(into.Id);
    }

    /// <summary>Connected components of the story's links (single linkage); the largest keeps the id, the others become stories.</summary>
    private void Split(StoryCluster story, StoryChanges changes)
    {
        var members = story.Members;
        var parent = Enumerable.Range(0, members.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < members.Count; i++)
            for (var j = i + 1; j < members.Count; j++)
                if (Find(i) != Find(j) && Similarity(members[i], members[j]) >= options.MinimumSimilarity) parent[Find(i)] = Find(j);
        var parts = Enumerable.Range(0, members.Count).GroupBy(Find).Select(g => g.Select(i => members[i]).ToList())
            .OrderByDescending(p => p.Count).ThenBy(p => p.Min(m => m.Id)).ToList();
        if (parts.Count == 1) return;
        foreach (var part in parts.Skip(1))
        {
            var piece = new StoryCluster(NextStoryId++);
            _stories[piece.Id] = piece;
            foreach (var member in part)
            {
                story.Members.Remove(member);
                member.Story = piece;
                piece.Members.Add(member);
                changes.Assigned.Add(new StoryAssignment(member.Id, piece.Id));
            }
            changes.Touched.Add(piece.Id);
        }
    }

    /// <summary>The articles sharing the most of the new one's strongest terms and evidence, a bounded number.</summary>
    private List<StoryDocument> Candidates(StoryDocument document)
    {
        var stamp = ++_stamp;
        var touched = _touched;
        touched.Clear();
        Span<int> order = stackalloc int[Math.Max(QueryTerms, QueryEvidence)];
        Gather(document.Terms, document.TermWeights, document.TermIds, order[..Math.Min(QueryTerms, document.Terms.Length)], stamp);
        Gather(document.Evidence, document.EvidenceWeights, document.EvidenceIds, order[..Math.Min(QueryEvidence, document.Evidence.Length)], stamp);
        // An article sharing a single key of the new one's 32 cannot reach the threshold but by a fluke: not compared.
        var shared = new List<StoryDocument>();
        foreach (var hit in touched) if (hit.Hits >= 2) shared.Add(hit);
        if (shared.Count > MaxCandidates)
        {
            shared.Sort((x, y) => x.Hits != y.Hits ? y.Hits.CompareTo(x.Hits) : x.Time != y.Time ? y.Time.CompareTo(x.Time) : y.Id.CompareTo(x.Id));
            shared.RemoveRange(MaxCandidates, shared.Count - MaxCandidates);
        }
        return shared;
    }

    private int _stamp;
    private readonly List<StoryDocument> _touched = [];

    /// <summary>Counts, for the newest live articles holding each of the strongest keys, one shared key.</summary>
    private void Gather(ulong[] keys, float[] weights, int[] ids, Span<int> strongest, int stamp)
    {
        Strongest(keys, weights, ids, strongest);
        var limit = options.PostingsPerTerm;
        foreach (var k in strongest)
        {
            if (_index.Postings(keys[k]) is not { } documents) continue;
            var found = 0;
            for (var i = documents.Count - 1; i >= 0 && found < limit; i--)
            {
                var other = documents[i];
                if (!other.Live) continue;
                found++;
                if (other.HitStamp != stamp)
                {
                    other.HitStamp = stamp;
                    other.Hits = 0;
                    _touched.Add(other);
                }
                other.Hits++;
            }
        }
    }

    /// <summary>The positions of the <paramref name="into"/>.Length keys of largest weight × IDF (ties: smaller key).</summary>
    private void Strongest(ulong[] keys, float[] weights, int[] ids, Span<int> into)
    {
        if (into.Length == 0) return;
        if (keys.Length == into.Length)
        {
            for (var i = 0; i < into.Length; i++) into[i] = i;
            return;
        }
        Span<float> score = stackalloc float[into.Length];
        var kept = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var value = weights[i] * _index.Idf(ids[i]);
            // Insertion into the kept list, best first; keys are sorted, so on a tie the earlier (smaller) key stays ahead.
            if (kept == into.Length && value <= score[kept - 1]) continue;
            var at = kept == into.Length ? kept - 1 : kept++;
            while (at > 0 && score[at - 1] < value)
            {
                score[at] = score[at - 1];
                into[at] = into[at - 1];
                at--;
            }
            score[at] = value;
            into[at] = i;
        }
    }

    /// <summary>The similarity two articles this far apart in time can reach at most (their words and evidence the same).</summary>
    private double Fade(long a, long b)
    {
        var apart = Math.Abs(a - b) / 3_600_000.0 - 24;
        return apart <= 0 ? 1 : Math.Exp(-apart / options.TimeScale.TotalHours);
    }

    /// <summary>The similarity of two articles of the window as the clusterer sees it now (for the bench's explanations).</summary>
    internal double SimilarityOf(long a, long b) => Similarity(_documents[a], _documents[b]);

    /// <summary>0 to 1: words (same language) and evidence (any language), faded by the time between the two.</summary>
    internal double Similarity(StoryDocument a, StoryDocument b)
    {
        var fade = Fade(a.Time, b.Time);
        var evidenceSimilarity = Cosine(a.Evidence, a.EvidenceWeights, a.EvidenceIds, b.Evidence, b.EvidenceWeights, b.EvidenceIds);
        var wordSimilarity = Cosine(a.Terms, a.TermWeights, a.TermIds, b.Terms, b.TermWeights, b.TermIds);
        var similarity = a.Language == b.Language
            ? WordShare * wordSimilarity + (1 - WordShare) * evidenceSimilarity
            : Math.Max(evidenceSimilarity, wordSimilarity);
        return similarity * fade;
    }

    private double Cosine(ulong[] aKeys, float[] aWeights, int[] aIds, ulong[] bKeys, float[] bWeights, int[] bIds)
    {
        if (aKeys.Length == 0 || bKeys.Length == 0) return 0;
        double dot = 0, aNorm = 0, bNorm = 0;
        int i = 0, j = 0;
        while (i < aKeys.Length && j < bKeys.Length)
        {
            var ak = aKeys[i];
            var bk = bKeys[j];
            if (ak < bk)
            {
                var w = aWeights[i] * _index.Idf(aIds[i]);
                aNorm += w * w;
                i++;
            }
            else if (bk < ak)
            {
                var w = bWeights[j] * _index.Idf(bIds[j]);
                bNorm += w * w;
                j++;
            }
            else
            {
                var idf = _index.Idf(bIds[j]); // the indexed side's (the new article's may not be indexed yet)
                var wa = aWeights[i] * idf;
                var wb = bWeights[j] * idf;
                dot += wa * wb;
                aNorm += wa * wa;
                bNorm += wb * wb;
                i++;
                j++;
            }
        }
        if (dot <= 0) return 0;
        for (; i < aKeys.Length; i++)
        {
            var w = aWeights[i] * _index.Idf(aIds[i]);
            aNorm += w * w;
        }
        for (; j < bKeys.Length; j++)
        {
            var w = bWeights[j] * _index.Idf(bIds[j]);
            bNorm += w * w;
        }
        return dot / Math.Sqrt(aNorm * bNorm);
    }
}
