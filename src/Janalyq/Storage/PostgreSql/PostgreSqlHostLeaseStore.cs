using Dapper;
using Janalyq.Fetching;

namespace Janalyq.Storage.PostgreSql;

/// <summary>
/// Host leases in PostgreSQL (table crawl_hosts), shared by every crawler process on the database, on any machine. A
/// claim is one short transaction whose UPDATE picks the row FOR UPDATE SKIP LOCKED: a host another process is
/// claiming or handing over at this moment is busy for this one, never waited for, and never held by two. The lease
/// carries the holder's last request time and interval, so the next holder keeps the host's politeness.
/// </summary>
public sealed class PostgreSqlHostLeaseStore(PostgreSqlConnectionFactory connections) : IHostLeaseStore
{
    public bool IsShared => true;

    public async Task<HostClaim> ClaimAsync(string host, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO crawl_hosts (host) VALUES (@host) ON CONFLICT (host) DO NOTHING", new { host }, transaction, cancellationToken: cancellationToken));
        var granted = await connection.QuerySingleOrDefaultAsync<HandoverRow>(new CommandDefinition("""
            UPDATE crawl_hosts SET lease_owner = @owner, lease_expires_utc = @until
            WHERE host = (
                SELECT host FROM crawl_hosts
                WHERE host = @host AND (lease_owner IS NULL OR lease_owner = @owner OR lease_expires_utc <= @now)
                FOR UPDATE SKIP LOCKED)
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
            // Held by another, or being claimed by another right now (its row locked: no expiry to read yet, ask again soon).
            var expires = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT lease_expires_utc FROM crawl_hosts WHERE host = @host", new { host }, transaction, cancellationToken: cancellationToken));
            claim = HostClaim.Busy(expires is long at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : now);
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
        last_request_utc = CASE WHEN @last::bigint IS NULL THEN last_request_utc
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
