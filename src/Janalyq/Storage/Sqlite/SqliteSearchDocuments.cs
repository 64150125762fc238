using Dapper;

namespace Janalyq.Storage.Sqlite;

/// <summary>The search index's reads in SQLite.</summary>
public sealed class SqliteSearchDocuments(SqliteConnectionFactory connections) : ISearchDocuments
{
    public async Task<IReadOnlyList<SearchDocument>> ReadAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = new List<SearchDocument>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            rows.AddRange((await connection.QueryAsync<Row>(new CommandDefinition("""
                SELECT a.id AS Id, a.canonical_url AS Url, a.title AS Title, a.lead AS Lead, a.body_text AS Text,
                       a.language AS Language, a.category_slug AS Category, s.slug AS Outlet, coalesce(s.name, a.site_name) AS OutletName,
                       a.published_at AS PublishedAt, a.sort_utc AS SortUtc, a.story_id AS StoryId, a.duplicate_of_id AS DuplicateOfId
                FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                WHERE a.id IN @chunk
                """, new { chunk }, cancellationToken: cancellationToken))).Select(r => r.ToDocument()));
        }
        return rows;
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string Url { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Lead { get; set; }
        public string Text { get; set; } = "";
        public string? Language { get; set; }
        public string? Category { get; set; }
        public string? Outlet { get; set; }
        public string? OutletName { get; set; }
        public string? PublishedAt { get; set; }
        public long SortUtc { get; set; }
        public long? StoryId { get; set; }
        public long? DuplicateOfId { get; set; }

        public SearchDocument ToDocument() =>
            new(Id, Url, Title, Lead, Text, Language, Category, Outlet, OutletName, PublishedAt, SortUtc, StoryId, DuplicateOfId);
    }
}
