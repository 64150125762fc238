namespace Janalyq.Storage;

/// <summary>Articles, one per canonical URL. Implemented once per database (SQLite, PostgreSQL).</summary>
public interface IArticleRepository
{
    /// <summary>
    /// Stores an article by its canonical URL: inserts it, updates it in place when its content hash
    /// changed (keeping the earlier version as a revision), or leaves it when nothing changed. An insert or update
    /// appends its entry to the change log (<see cref="IArticleChangeLog"/>) in the same transaction.
    /// </summary>
    Task<SaveResult> SaveAsync(Article article, CancellationToken cancellationToken);

    Task<Article?> GetAsync(long id, CancellationToken cancellationToken);

    Task<Article?> FindByCanonicalUrlAsync(string canonicalUrl, CancellationToken cancellationToken);

    /// <summary>Newest first, by publication time (fetch time when unknown).</summary>
    Task<IReadOnlyList<ArticleListItem>> LatestAsync(ArticleQuery query, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>The bodies an article had before its later versions replaced them, oldest first.</summary>
    Task<IReadOnlyList<string>> EarlierBodiesAsync(long id, CancellationToken cancellationToken);
}

/// <summary>What a save did.</summary>
public enum SaveOutcome { Inserted, Updated, Unchanged }

public sealed record SaveResult(long Id, SaveOutcome Outcome);

/// <summary>A filter for article listings.</summary>
public sealed record ArticleQuery
{
    public string? CategorySlug { get; init; }
    public string? Language { get; init; }
    public long? SourceId { get; init; }
    public long? StoryId { get; init; }
    public int Limit { get; init; } = 20;

    /// <summary>Rows to skip (paging).</summary>
    public int Offset { get; init; }
}

/// <summary>The columns a listing needs: no body.</summary>
public sealed record ArticleListItem(
    long Id,
    string Title,
    string? Lead,
    DateTimeOffset? PublishedAt,
    string? ImageUrl,
    string? CategorySlug,
    string? Language,
    long? SourceId,
    string? SourceName,
    long? StoryId);
