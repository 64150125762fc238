namespace Janalyq.Stories;

/// <summary>
/// The inverted index of the window: for each term (word stem or evidence key) the articles holding it, in the order
/// they were added, and its document frequency. Each live term has a small integer id (reused once no article holds
/// it), so that the similarity reads document frequencies from one contiguous array rather than through an object per
/// term. Removed articles are skipped, and a list is compacted once half of it is dead, so memory follows the window
/// and a lookup reads at most a fixed number of live entries.
/// </summary>
internal sealed class TermIndex
{
    /// <summary>The id of a key no article of the window holds.</summary>
    public const int Absent = -1;

    /// <summary>The window counts as holding at least this many articles for IDF: in a window of a few dozen (a cold start, a small file) the words an event's articles share would otherwise weigh little against each article's own (set by the bench only).</summary>
    internal static int MinimumDocuments = 1000;

    private static readonly float[] LogTable = [.. Enumerable.Range(0, 4096).Select(df => MathF.Log(df + 1f))];

    private readonly Dictionary<ulong, int> _ids = [];
    private readonly List<List<StoryDocument>> _documents = [];
    private readonly Stack<int> _free = new();
    private int[] _live = new int[1024];
    private float _logWindow;
    private int _logWindowAt = -1;

    /// <summary>Live articles.</summary>
    public int Count { get; private set; }

    /// <summary>Distinct terms of the window.</summary>
    public int Terms => _ids.Count;

    /// <summary>Inverse document frequency over the window: ln((N + 1) / (df + 1)) + 1, N at least <see cref="MinimumDocuments"/>.</summary>
    public float Idf(ulong key) => Idf(Id(key));

    /// <summary>The same, from a term id (<see cref="Absent"/>: df 0).</summary>
    public float Idf(int id)
    {
        if (_logWindowAt != Count)
        {
            _logWindow = MathF.Log(Math.Max(Count, MinimumDocuments) + 1f);
            _logWindowAt = Count;
        }
        var df = id < 0 ? 0 : _live[id];
        return _logWindow - (df < LogTable.Length ? LogTable[df] : MathF.Log(df + 1f)) + 1f;
    }

    public int Id(ulong key) => _ids.TryGetValue(key, out var id) ? id : Absent;

    /// <summary>Points the article's keys at their ids, for <see cref="Idf(int)"/> without lookups.</summary>
    public void Resolve(StoryDocument document)
    {
        for (var i = 0; i < document.Terms.Length; i++) document.TermIds[i] = Id(document.Terms[i]);
        for (var i = 0; i < document.Evidence.Length; i++) document.EvidenceIds[i] = Id(document.Evidence[i]);
    }

    public void Add(StoryDocument document)
    {
        Count++;
        for (var i = 0; i < document.Terms.Length; i++) document.TermIds[i] = Insert(document.Terms[i], document);
        for (var i = 0; i < document.Evidence.Length; i++) document.EvidenceIds[i] = Insert(document.Evidence[i], document);
    }

    /// <summary>Takes an article out (its <see cref="StoryDocument.Live"/> must already be false).</summary>
    public void Remove(StoryDocument document)
    {
        Count--;
        foreach (var key in document.Terms) Delete(key);
        foreach (var key in document.Evidence) Delete(key);
    }

    /// <summary>The articles holding a term, oldest first (dead ones among them: skip those).</summary>
    public List<StoryDocument>? Postings(ulong key) => _ids.TryGetValue(key, out var id) ? _documents[id] : null;

    /// <summary>The newest <paramref name="limit"/> live articles holding <paramref name="key"/>, newest first.</summary>
    public IEnumerable<StoryDocument> Newest(ulong key, int limit)
    {
        if (Postings(key) is not { } documents) yield break;
        var found = 0;
        for (var i = documents.Count - 1; i >= 0 && found < limit; i--)
        {
            var document = documents[i];
            if (!document.Live) continue;
            found++;
            yield return document;
        }
    }

    private int Insert(ulong key, StoryDocument document)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            if (_free.TryPop(out id)) _documents[id].Clear();
            else
            {
                id = _documents.Count;
                _documents.Add([]);
                if (id >= _live.Length) Array.Resize(ref _live, _live.Length * 2);
            }
            _ids[key] = id;
            _live[id] = 0;
        }
        _documents[id].Add(document);
        _live[id]++;
        return id;
    }

    private void Delete(ulong key)
    {
        if (!_ids.TryGetValue(key, out var id)) return;
        if (--_live[id] == 0)
        {
            _ids.Remove(key);
            _documents[id].Clear();
            _free.Push(id);
        }
        else if (_documents[id].Count > 2 * _live[id] + 4) _documents[id].RemoveAll(d => !d.Live);
    }
}
