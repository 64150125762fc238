using Dapper;
using Janalyq.Fetching;

namespace Janalyq.Storage.Sqlite;

/// <summary>
/// Host leases in SQLite (table crawl_hosts, migration 0007_crawl_leases), shared by every crawler process on the
/// data folder. A claim is one short write transaction (BEGIN IMMEDIATE); its UPDATE picks the row with a subquery
/// so that PostgreSQL can add FOR UPDATE SKIP LOCKED to it unchanged.
/// </summary>
public sealed class SqliteHostLeaseStore(SqliteConnectionFactory connections) : IHostLeaseStore
{
    public bool IsShared => true;

    public async Task<HostClaim> ClaimAsync(string host, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        // Not deferred: BEGIN IMMEDIATE takes the write lock at once, so two processes' claims queue on busy_timeout
        // instead of both reading "free" and one failing to upgrade its lock.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO crawl_hosts (host) VALUES (@host) ON CONFLICT (host) DO NOTHING", new { host }, transaction, cancellationToken: cancellationToken));
        var granted = await connection.QuerySingleOrDefaultAsync<HandoverRow>(new CommandDefinition("""
            UPDATE crawl_hosts SET lease_owner = @owner, lease_expires_utc = @until
            WHERE host = (
                SELECT host FROM crawl_hosts
                WHERE host = @host AND (lease_owner IS NULL OR lease_owner = @owner OR lease_expires_utc <= @now))
            RETURNING last_request_utc AS LastRequestUtc, interval_ms AS IntervalMs
            """, new { host, owner, now = Ms(now), until = Ms(until) }, transaction, cancellationToken: cancellationToken));
        HostClaim claim;
        if (granted is not null)
        {
            claim = HostClaim.Grant(new HostHandover(
                granted.LastRequestUtc is { } last ? DateTimeOffset.FromUnixTimeMilliseconds(last) : null,
                TimeSpan.FromMilliseconds(granted.IntervalMs)));
        }
        else
        {
            var expires = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT lease_expires_utc FROM crawl_hosts WHERE host = @host", new { host }, transaction, cancellationToken: cancellationToken));
            claim = HostClaim.Busy(DateTimeOffset.FromUnixTimeMilliseconds(expires));
        }
        await transaction.CommitAsync(cancellationToken);
        return claim;
    }

    public async Task<bool> RenewAsync(string host, string owner, DateTimeOffset until, HostHandover state, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE crawl_hosts SET lease_expires_utc = @until, {RecordState}
            WHERE host = @host AND lease_owner = @owner
            """, new { host, owner, until = Ms(until), last = LastMs(state), interval = (long)Math.Ceiling(state.Interval.TotalMilliseconds) }, cancellationToken: cancellationToken));
        return changed == 1;
    }

    public async Task ReleaseAsync(string host, string owner, HostHandover state, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE crawl_hosts SET lease_owner = NULL, lease_expires_utc = NULL, {RecordState}
            WHERE host = @host AND lease_owner = @owner
            """, new { host, owner, last = LastMs(state), interval = (long)Math.Ceiling(state.Interval.TotalMilliseconds) }, cancellationToken: cancellationToken));
    }

    // The latest request wins (this holder may have made none); the interval is the holder's.
    private const string RecordState = """
        last_request_utc = CASE WHEN @last IS NULL THEN last_request_utc
                                WHEN last_request_utc IS NULL OR last_request_utc < @last THEN @last
                                ELSE last_request_utc END,
        interval_ms = @interval
        """;

    private static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    /// <summary>Rounded up: the next holder must not count the interval from a moment before the request.</summary>
    private static long? LastMs(HostHandover state) =>
        state.LastRequestAt is { } at ? (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond : null;

    private sealed class HandoverRow
    {
        public long? LastRequestUtc { get; set; }
        public long IntervalMs { get; set; }
    }
}
