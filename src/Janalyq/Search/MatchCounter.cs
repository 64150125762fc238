using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Janalyq.Search;

/// <summary>
/// Passes every match to the collector of the top hits, and on the way counts matches per category, outlet and
/// language (by the ordinals of their doc values, per segment, turned into names once per segment) and per story or
/// copy group (for "N more in this story"). Lucene's facet module is not served here; this is all a page needs.
/// </summary>
internal sealed class MatchCounter(ICollector top) : ICollector
{
    private readonly Dictionary<string, int>[] _counts = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private static readonly string[] Keys = [SearchFields.Category, SearchFields.Outlet, SearchFields.Language];
    private readonly SortedDocValues?[] _values = new SortedDocValues?[3];
    private int[][] _ordinals = [[], [], []];
    private NumericDocValues? _story, _original, _article;

    public Dictionary<long, int> Groups { get; } = new();

    public int Total { get; private set; }

    public IReadOnlyDictionary<string, int> Categories { get { Flush(); return _counts[0]; } }

    public IReadOnlyDictionary<string, int> Outlets { get { Flush(); return _counts[1]; } }

    public IReadOnlyDictionary<string, int> Languages { get { Flush(); return _counts[2]; } }

    public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        for (int k = 0; k < Keys.Length; k++)
        {
            _values[k] = reader.GetSortedDocValues(Keys[k]);
            _ordinals[k] = _values[k] is { } v ? new int[v.ValueCount] : [];
        }
        _story = reader.GetNumericDocValues(SearchFields.Story);
        _original = reader.GetNumericDocValues(SearchFields.OriginalOf);
        _article = reader.GetNumericDocValues(SearchFields.Article);
        top.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        Total++;
        for (int k = 0; k < Keys.Length; k++)
        {
            var values = _values[k];
            if (values is null) continue;
            int ord = values.GetOrd(doc);
            if (ord >= 0) _ordinals[k][ord]++;
        }
        var key = GroupKey(_story?.Get(doc) ?? 0, _original?.Get(doc) ?? 0, _article?.Get(doc) ?? 0);
        Groups[key] = Groups.GetValueOrDefault(key) + 1;
        top.Collect(doc);
    }

    /// <summary>A story's id; else minus the id of the original the article copies, or its own.</summary>
    public static long GroupKey(long story, long original, long article) => story > 0 ? story : -(original > 0 ? original : article);

    private void Flush()
    {
        var name = new BytesRef();
        for (int k = 0; k < Keys.Length; k++)
        {
            var values = _values[k];
            if (values is null) continue;
            var ordinals = _ordinals[k];
            for (int ord = 0; ord < ordinals.Length; ord++)
            {
                if (ordinals[ord] == 0) continue;
                values.LookupOrd(ord, name);
                var text = name.Utf8ToString();
                _counts[k][text] = _counts[k].GetValueOrDefault(text) + ordinals[ord];
                ordinals[ord] = 0;
            }
        }
    }
}
