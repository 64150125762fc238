using Dapper;
using Npgsql;

namespace Janalyq.Storage.PostgreSql;

/// <summary>Outlets and their feeds in PostgreSQL.</summary>
public sealed class PostgreSqlSourceRepository(PostgreSqlConnectionFactory connections) : ISourceRepository
{
    public async Task<long> SaveAsync(Source source, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO sources (slug, name, home_url, language, time_zone, enabled)
            VALUES (@Slug, @Name, @HomeUrl, @Language, @TimeZone, @Enabled)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, home_url = excluded.home_url,
                language = excluded.language, time_zone = excluded.time_zone, enabled = excluded.enabled
            RETURNING id
            """, new { source.Slug, source.Name, source.HomeUrl, source.Language, source.TimeZone, source.Enabled }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM source_feeds WHERE source_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        foreach (var feed in source.Feeds)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO source_feeds (source_id, url, kind, link_pattern) VALUES (@id, @url, @kind, @pattern) ON CONFLICT DO NOTHING",
                new { id, url = feed.Url, kind = feed.Kind.ToString(), pattern = feed.LinkPattern }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public Task<Source?> GetAsync(long id, CancellationToken cancellationToken) =>
        FindOneAsync("id = @key", id, cancellationToken);

    public Task<Source?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        FindOneAsync("slug = @key", slug, cancellationToken);

    public async Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await ReadAsync(connection, "true", null, cancellationToken);
    }

    private async Task<Source?> FindOneAsync(string where, object key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await ReadAsync(connection, where, key, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<Source>> ReadAsync(NpgsqlConnection connection, string where, object? key, CancellationToken cancellationToken)
    {
        // ORDER BY name COLLATE "C": the order SQLite's BINARY collation gives, whatever the database's locale.
        var sources = (await connection.QueryAsync<SourceRow>(new CommandDefinition(
            $"SELECT id, slug, name, home_url, language, time_zone, enabled FROM sources WHERE {where} ORDER BY name COLLATE \"C\"",
            key is null ? null : new { key }, cancellationToken: cancellationToken))).ToList();
        var feeds = (await connection.QueryAsync<(long SourceId, string Url, string Kind, string? Pattern)>(new CommandDefinition(
            "SELECT source_id, url, kind, link_pattern FROM source_feeds ORDER BY id", cancellationToken: cancellationToken)))
            .ToLookup(f => f.SourceId);
        return sources.Select(s => new Source
        {
            Id = s.id,
            Slug = s.slug,
            Name = s.name,
            HomeUrl = s.home_url,
            Language = s.language,
            TimeZone = s.time_zone,
            Enabled = s.enabled,
            Feeds = feeds[s.id].Select(f => new SourceFeed(f.Url, Enum.Parse<FeedKind>(f.Kind), f.Pattern)).ToList(),
        }).ToList();
    }

#pragma warning disable IDE1006, CA1707 // Dapper maps snake_case columns by name.
    private sealed class SourceRow
    {
        public long id { get; set; }
        public string slug { get; set; } = "";
        public string name { get; set; } = "";
        public string home_url { get; set; } = "";
        public string language { get; set; } = "";
        public string? time_zone { get; set; }
        public bool enabled { get; set; }
    }
#pragma warning restore IDE1006, CA1707
}
