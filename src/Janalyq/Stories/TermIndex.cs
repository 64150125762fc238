namespace Janalyq.Stories;

/// <summary>
/// The inverted index of the window: for each term (word stem or evidence key) the articles holding it, in the order
/// they were added, and its document frequency. Removed articles are skipped, and a list is compacted once half of it
/// is dead, so memory follows the window and a lookup reads at most a fixed number of live entries.
/// </summary>
internal sealed class TermIndex
{
    private readonly Dictionary<ulong, Posting> _postings = [];

    /// <summary>The window counts as holding at least this many articles for IDF: in a window of a few dozen (a cold start, a small file) the words an event's articles share would otherwise weigh little against each article's own (set by the bench only).</summary>
    internal static int MinimumDocuments = 1000;

    /// <summary>Live articles.</summary>
    public int Count { get; private set; }

    /// <summary>Inverse document frequency over the window: ln((N + 1) / (df + 1)) + 1.</summary>
    public float Idf(ulong key) => Idf(Find(key));

    /// <summary>The same, from a posting the caller holds (no lookup; cached until the window's size changes).</summary>
    public float Idf(Posting posting)
    {
        if (posting.IdfAt != Count)
        {
            posting.Idf = MathF.Log((Math.Max(Count, MinimumDocuments) + 1f) / (posting.Live + 1f)) + 1f;
            posting.IdfAt = Count;
        }
        return posting.Idf;
    }

    /// <summary>The posting of a key (an empty one, not kept, when no article of the window holds it).</summary>
    public Posting Find(ulong key) => _postings.TryGetValue(key, out var posting) ? posting : new Posting();

    /// <summary>Points the article's keys at their postings, for <see cref="Idf(Posting)"/> without lookups.</summary>
    public void Resolve(StoryDocument document)
    {
        for (var i = 0; i < document.Terms.Length; i++) document.TermPostings[i] = Find(document.Terms[i]);
        for (var i = 0; i < document.Evidence.Length; i++) document.EvidencePostings[i] = Find(document.Evidence[i]);
    }

    public void Add(StoryDocument document)
    {
        Count++;
        for (var i = 0; i < document.Terms.Length; i++) document.TermPostings[i] = Insert(document.Terms[i], document);
        for (var i = 0; i < document.Evidence.Length; i++) document.EvidencePostings[i] = Insert(document.Evidence[i], document);
    }

    /// <summary>Takes an article out (its <see cref="StoryDocument.Live"/> must already be false).</summary>
    public void Remove(StoryDocument document)
    {
        Count--;
        foreach (var key in document.Terms) Delete(key);
        foreach (var key in document.Evidence) Delete(key);
    }

    /// <summary>The newest <paramref name="limit"/> live articles holding <paramref name="key"/>, newest first.</summary>
    public IEnumerable<StoryDocument> Newest(ulong key, int limit)
    {
        if (!_postings.TryGetValue(key, out var posting)) yield break;
        var found = 0;
        for (var i = posting.Documents.Count - 1; i >= 0 && found < limit; i--)
        {
            var document = posting.Documents[i];
            if (!document.Live) continue;
            found++;
            yield return document;
        }
    }

    private Posting Insert(ulong key, StoryDocument document)
    {
        if (!_postings.TryGetValue(key, out var posting)) _postings[key] = posting = new Posting();
        posting.Documents.Add(document);
        posting.Live++;
        return posting;
    }

    private void Delete(ulong key)
    {
        if (!_postings.TryGetValue(key, out var posting)) return;
        posting.Live--;
        if (posting.Live == 0) _postings.Remove(key);
        else if (posting.Documents.Count > 2 * posting.Live + 4) posting.Documents.RemoveAll(d => !d.Live);
    }

    /// <summary>The articles holding one key, and its document frequency.</summary>
    internal sealed class Posting
    {
        public List<StoryDocument> Documents { get; } = [];
        public int Live { get; set; }
        public float Idf { get; set; }
        public int IdfAt { get; set; } = -1;
    }
}
