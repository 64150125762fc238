namespace Janalyq.Search;

/// <summary>How hits are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first, a fresh article a little ahead of an old one (Search:FreshnessWeight).</summary>
    Relevance,
    /// <summary>Newest first.</summary>
    Date,
}

/// <summary>A search: the reader's query and the filters.</summary>
/// <param name="From">Published at or after.</param>
/// <param name="To">Published before.</param>
public sealed record SearchRequest(string Query)
{
    public string? Category { get; init; }
    public string? Outlet { get; init; }
    public string? Language { get; init; }
    public long? Story { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Limit { get; init; } = 20;

    /// <summary>One hit per story (the site); false lists every matching article, each with its story (the CLI).</summary>
    public bool Collapse { get; init; } = true;

    /// <summary>Hits (stories collapsed) to skip: paging.</summary>
    public int Offset { get; init; }
}

/// <summary>One hit: an article, standing for the other matching articles of its story.</summary>
/// <param name="Snippet">HTML: the text escaped, the matched words in &lt;mark&gt;.</param>
/// <param name="MoreInStory">Other articles of the same story (or copies of the same text) that match too.</param>
public sealed record SearchHit(
    long Id, string Url, string Title, string? Language, string? Published, long? Story, double Score, string Snippet,
    int MoreInStory, string? Category, string? Outlet, string? OutletName);

/// <summary>What a search found.</summary>
/// <param name="Articles">Matching articles (before stories are collapsed).</param>
/// <param name="Hits">The page asked for: one hit per story.</param>
/// <param name="Groups">Hits in all (stories and lone articles) among the candidates read.</param>
/// <param name="Categories">Matching articles per category slug; likewise per outlet slug and per language.</param>
/// <param name="CatchingUp">The index is being rebuilt: some articles may be missing for now.</param>
public sealed record SearchResults(
    int Articles,
    IReadOnlyList<SearchHit> Hits,
    int Groups,
    IReadOnlyDictionary<string, int> Categories,
    IReadOnlyDictionary<string, int> Outlets,
    IReadOnlyDictionary<string, int> Languages,
    bool CatchingUp)
{
    public static SearchResults Empty(bool catchingUp) => new(0, [], 0, new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(), catchingUp);
}
