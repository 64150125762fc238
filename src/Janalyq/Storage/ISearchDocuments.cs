namespace Janalyq.Storage;

/// <summary>What the search index reads of articles (src/Janalyq/Search/). Read-only, outside any unit of work.</summary>
public interface ISearchDocuments
{
    /// <summary>The current state of the given articles (missing ones are left out).</summary>
    Task<IReadOnlyList<SearchDocument>> ReadAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);
}

/// <summary>An article as the search index holds it.</summary>
/// <param name="PublishedAt">As stored (ISO 8601 with the outlet's offset), null when the page gave none.</param>
/// <param name="SortUtc">Publication time, else fetch time, epoch ms.</param>
public sealed record SearchDocument(
    long Id, string Url, string Title, string? Lead, string Text, string? Language, string? Category,
    string? Outlet, string? OutletName, string? PublishedAt, long SortUtc, long? StoryId, long? DuplicateOfId);
