namespace Janalyq.Storage;

/// <summary>
/// The ordered log of changes to articles. The repository appends to it in the same transaction as the change,
/// so a change is never stored without its entry, nor an entry without its change.
/// </summary>
public interface IArticleChangeLog
{
    /// <summary>The entries after <paramref name="after"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ArticleChange>> ReadAfterAsync(long after, int limit, CancellationToken cancellationToken);

    /// <summary>How far a reader at <paramref name="after"/> is behind: entries after it, and the time of the first.</summary>
    Task<ChangeLogLag> LagAsync(long after, CancellationToken cancellationToken);
}

/// <summary>What happened to an article.</summary>
public enum ArticleChangeKind
{
    Inserted,
    Updated,
    /// <summary>Taken off the site (an editor's decision, a removal request); stages drop it. Nothing hides articles yet.</summary>
    Hidden,
}

/// <param name="Sequence">Position in the log: increases with every entry, never reused.</param>
public sealed record ArticleChange(long Sequence, long ArticleId, ArticleChangeKind Kind, DateTimeOffset ChangedAt);

/// <param name="Entries">Entries not yet read.</param>
/// <param name="OldestAt">Time of the oldest of them; null when there are none.</param>
public sealed record ChangeLogLag(long Entries, DateTimeOffset? OldestAt);
