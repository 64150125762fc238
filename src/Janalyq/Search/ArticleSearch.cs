using System.Globalization;
using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Search;

/// <summary>
/// The one door to search (the CLI's `search`, the site's /search, the API later): parses the reader's query
/// (<see cref="UserQuery"/>), builds it over every language (<see cref="QueryBuilder"/>), applies the filters, reads the
/// best <see cref="SearchOptions.Candidates"/> articles while counting every match per category, outlet, language and
/// story (<see cref="MatchCounter"/>), adds the freshness boost, collapses each story to its best article, and
/// highlights a snippet for the page asked for.
/// </summary>
public sealed class ArticleSearch
{
    private const int SnippetLength = 200;

    /// <summary>Characters of a body the highlighter reads: a passage further in is not worth re-analysing the whole text.</summary>
    private const int SnippetScan = 1500;
    private readonly SearchIndex _index;
    private readonly SearchOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ArticleSearch> _logger;
    private readonly Analyzer _analyzer;
    private readonly QueryBuilder _builder;

    public ArticleSearch(SearchIndex index, IOptions<SearchOptions> options, TimeProvider time, ILogger<ArticleSearch> logger)
    {
        _index = index;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _analyzer = SearchFields.Analyzer(_options.StemKazakh);
        _builder = new QueryBuilder(_analyzer, (float)_options.TitleBoost);
    }

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = Math.Clamp(request.Limit, 1, 1000);
        var offset = Math.Clamp(request.Offset, 0, 100_000);
        var query = _builder.Build(UserQuery.Parse(request.Query, _options.MaxQueryLength, _options.MaxQueryWords));
        if (query is null) return SearchResults.Empty(_index.Rebuilding);
        var filtered = Filter(query, request);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        return await _index.SearchAsync(searcher => Run(searcher, query, filtered, request, limit, offset, now), cancellationToken);
    }

    private SearchResults Run(IndexSearcher searcher, Query query, Query filtered, SearchRequest request, int limit, int offset, long now)
    {
        var candidates = Math.Max(_options.Candidates, (offset + limit) * 4);
        ITopDocsCollector top = request.Sort == SearchSort.Date
            ? TopFieldCollector.Create(new Sort(new SortField(SearchFields.Published, SortFieldType.INT64, true)), candidates, false, true, false, true)
            : TopScoreDocCollector.Create(candidates, true);
        var counter = new MatchCounter(top);
        searcher.Search(filtered, counter);
        var docs = top.GetTopDocs().ScoreDocs;

        var leaves = searcher.IndexReader.Leaves;
        var values = new Dictionary<int, (NumericDocValues? Published, NumericDocValues? Story, NumericDocValues? Original, NumericDocValues? Article)>();
        var scored = new List<(int Doc, double Score, long Group)>(docs.Length);
        double halfLifeMs = _options.FreshnessHalfLife.TotalMilliseconds;
        foreach (var hit in docs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            var local = hit.Doc - leaf.DocBase;
            if (!values.TryGetValue(leaf.Ord, out var v))
            {
                var reader = leaf.AtomicReader;
                values[leaf.Ord] = v = (reader.GetNumericDocValues(SearchFields.Published), reader.GetNumericDocValues(SearchFields.Story),
                    reader.GetNumericDocValues(SearchFields.OriginalOf), reader.GetNumericDocValues(SearchFields.Article));
            }
            long published = v.Published?.Get(local) ?? 0;
            long group = MatchCounter.GroupKey(v.Story?.Get(local) ?? 0, v.Original?.Get(local) ?? 0, v.Article?.Get(local) ?? 0);
            double score = hit.Score;
            if (request.Sort == SearchSort.Relevance && _options.FreshnessWeight > 0)
            {
                double age = Math.Max(0, now - published);
                score *= 1 + _options.FreshnessWeight * Math.Pow(0.5, age / halfLifeMs);
            }
            scored.Add((hit.Doc, score, group));
        }
        if (request.Sort == SearchSort.Relevance) scored.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Doc.CompareTo(b.Doc));

        var seen = new HashSet<long>();
        var best = new List<(int Doc, double Score, long Group)>();
        foreach (var s in scored)
            if (!request.Collapse || seen.Add(s.Group)) best.Add(s);

        var hits = new List<SearchHit>(limit);
        foreach (var (doc, score, group) in best.Skip(offset).Take(limit))
            hits.Add(Hit(searcher, query, doc, score, request.Collapse ? Math.Max(0, counter.Groups.GetValueOrDefault(group) - 1) : 0));
        return new SearchResults(counter.Total, hits, best.Count, counter.Categories, counter.Outlets, counter.Languages, _index.Rebuilding);
    }

    private SearchHit Hit(IndexSearcher searcher, Query query, int doc, double score, int more)
    {
        var d = searcher.Doc(doc);
        var language = d.Get(SearchFields.Language, CultureInfo.InvariantCulture);
        var fieldLanguage = SearchFields.FieldLanguage(language);
        var title = d.Get(SearchFields.Title(fieldLanguage), CultureInfo.InvariantCulture) ?? "";
        var body = d.Get(SearchFields.Body(fieldLanguage), CultureInfo.InvariantCulture) ?? "";
        var story = long.TryParse(d.Get(SearchFields.Story, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : (long?)null;
        return new SearchHit(long.Parse(d.Get(SearchFields.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), d.Get(SearchFields.Url, CultureInfo.InvariantCulture) ?? "", title, language,
            Iso(d.Get(SearchFields.PublishedText, CultureInfo.InvariantCulture)), story, Math.Round(score, 4), Snippet(query, SearchFields.Body(fieldLanguage), body), more,
            d.Get(SearchFields.Category, CultureInfo.InvariantCulture), d.Get(SearchFields.Outlet, CultureInfo.InvariantCulture), d.Get(SearchFields.OutletName, CultureInfo.InvariantCulture));
    }

    /// <summary>ISO 8601 to the second with the outlet's offset ("2026-11-24T14:30:00+05:00").</summary>
    private static string? Iso(string? stored) =>
        DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : stored;

    /// <summary>The body's best passage with the matched words marked; its beginning when no word is in the body.</summary>
    private string Snippet(Query query, string field, string body)
    {
        try
        {
            // Terms, not spans: a span scorer indexes each text in memory to place phrases, ten times the cost.
            var scorer = new QueryTermScorer(query, field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
            {
                TextFragmenter = new SimpleFragmenter(SnippetLength),
                MaxDocCharsToAnalyze = SnippetScan,
            };
            var fragments = highlighter.GetBestFragments(_analyzer, field, body, 1);
            if (fragments.Length > 0) return string.Join(" … ", fragments.Select(f => f.Trim()));
        }
        catch (InvalidTokenOffsetsException e)
        {
            _logger.LogDebug("No snippet: {Error}", e.Message);
        }
        var start = body.Length <= SnippetLength ? body : body[..SnippetLength].TrimEnd() + "…";
        return WebUtility.HtmlEncode(start);
    }

    private static Query Filter(Query query, SearchRequest request)
    {
        var filter = new BooleanQuery();
        if (!string.IsNullOrEmpty(request.Category)) filter.Add(new TermQuery(new Term(SearchFields.Category, request.Category)), Occur.MUST);
        if (!string.IsNullOrEmpty(request.Outlet)) filter.Add(new TermQuery(new Term(SearchFields.Outlet, request.Outlet)), Occur.MUST);
        if (!string.IsNullOrEmpty(request.Language)) filter.Add(new TermQuery(new Term(SearchFields.Language, request.Language)), Occur.MUST);
        if (request.Story is { } story) filter.Add(new TermQuery(new Term(SearchFields.Story, story.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        if (request.From is not null || request.To is not null)
            filter.Add(NumericRangeQuery.NewInt64Range(SearchFields.Published, request.From?.ToUnixTimeMilliseconds(),
                request.To?.ToUnixTimeMilliseconds(), true, false), Occur.MUST);
        return filter.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(filter));
    }
}
