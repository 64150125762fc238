using Dapper;
using Janalyq.Fetching.Robots;

using Janalyq.Storage.Sqlite;

namespace Janalyq.Storage.PostgreSql;

/// <summary>robots.txt answers in PostgreSQL (table crawl_robots), shared by every worker, so a restart does not fetch them all again.</summary>
public sealed class PostgreSqlRobotsStore(PostgreSqlConnectionFactory connections) : IRobotsStore
{
    public async Task<RobotsRecord?> GetAsync(string origin, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var r = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT origin AS Origin, fetched_at AS FetchedAt, expires_at AS ExpiresAt, status_code AS StatusCode, body AS Body, allowed AS Allowed FROM crawl_robots WHERE origin = @origin",
            new { origin }, cancellationToken: cancellationToken));
        if (r is null) return null;
        return new RobotsRecord(r.Origin, StoredTime.Read(r.FetchedAt)!.Value, StoredTime.Read(r.ExpiresAt)!.Value,
            (int?)r.StatusCode, r.Body, r.Allowed);
    }

    public async Task SaveAsync(RobotsRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO crawl_robots (origin, fetched_at, expires_at, status_code, body, allowed)
            VALUES (@Origin, @FetchedAt, @ExpiresAt, @StatusCode, @Body, @Allowed)
            ON CONFLICT (origin) DO UPDATE SET fetched_at = excluded.fetched_at, expires_at = excluded.expires_at,
                status_code = excluded.status_code, body = excluded.body, allowed = excluded.allowed
            """, new
        {
            record.Origin,
            FetchedAt = StoredTime.Write(record.FetchedAt),
            ExpiresAt = StoredTime.Write(record.ExpiresAt),
            record.StatusCode,
            record.Body,
            record.Allowed,
        }, cancellationToken: cancellationToken));
    }

    private sealed class Row
    {
        public string Origin { get; set; } = "";
        public string FetchedAt { get; set; } = "";
        public string ExpiresAt { get; set; } = "";
        public long? StatusCode { get; set; }
        public string? Body { get; set; }
        public bool Allowed { get; set; }
    }
}
