using Dapper;
using Janalyq.Storage.Sqlite;

namespace Janalyq.Storage.PostgreSql;

/// <summary>
/// Stage checkpoints and leases in PostgreSQL (table pipeline_stages). A claim is one upsert whose conflict branch
/// takes the row lock and checks the lease under it, so two runners, on any machines, never both hold a stage.
/// </summary>
public sealed class PostgreSqlStageCheckpoints(PostgreSqlConnectionFactory connections) : IStageCheckpoints
{
    private const string Columns =
        "stage, position, advanced_at, lease_owner, lease_expires_utc, failures, last_error, last_error_at, retry_at_utc";

    public async Task<StageCheckpoint> GetAsync(string stage, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM pipeline_stages WHERE stage = @stage", new { stage }, cancellationToken: cancellationToken));
        return row?.ToCheckpoint() ?? new StageCheckpoint(stage, 0, null, null, null, 0, null, null, null);
    }

    public async Task<StageCheckpoint?> TryClaimAsync(string stage, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO pipeline_stages (stage, lease_owner, lease_expires_utc) VALUES (@stage, @owner, @expires)
            ON CONFLICT (stage) DO UPDATE SET lease_owner = excluded.lease_owner, lease_expires_utc = excluded.lease_expires_utc
            WHERE pipeline_stages.lease_owner IS NULL OR pipeline_stages.lease_owner = excluded.lease_owner OR pipeline_stages.lease_expires_utc <= @now
            """, new { stage, owner, expires = (now + duration).ToUnixTimeMilliseconds(), now = now.ToUnixTimeMilliseconds() },
            transaction, cancellationToken: cancellationToken));
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM pipeline_stages WHERE stage = @stage", new { stage }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return row.lease_owner == owner ? row.ToCheckpoint() : null;
    }

    public Task<IStageWork> BeginAsync(CancellationToken cancellationToken) => Task.FromResult<IStageWork>(new PostgreSqlStageWork(connections));

    public async Task AdvanceAsync(IStageWork work, string stage, string owner, long from, long to, DateTimeOffset now, bool release, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await PostgreSqlStageWork.Of(work).OpenAsync(cancellationToken);
        var moved = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE pipeline_stages SET position = @to, advanced_at = @at, failures = 0, retry_at_utc = NULL,
                lease_owner = CASE WHEN @release THEN NULL ELSE lease_owner END,
                lease_expires_utc = CASE WHEN @release THEN NULL ELSE lease_expires_utc END
            WHERE stage = @stage AND position = @from AND lease_owner = @owner
            """, new { stage, owner, from, to, at = StoredTime.Write(now), release }, transaction, cancellationToken: cancellationToken));
        if (moved != 1)
            throw new StageLeaseLostException($"stage {stage}: the lease of {owner} at position {from} was lost (another runner or a replay took it)");
    }

    public async Task RecordFailureAsync(string stage, string owner, string error, DateTimeOffset now, int failures, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        // The lease goes with the failure: whichever runner is free when the retry is due takes it.
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE pipeline_stages SET failures = @failures, last_error = @error, last_error_at = @at, retry_at_utc = @retry,
                lease_owner = NULL, lease_expires_utc = NULL
            WHERE stage = @stage AND lease_owner = @owner
            """, new { stage, owner, failures, error, at = StoredTime.Write(now), retry = retryAt.ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    public async Task ReleaseAsync(string stage, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE pipeline_stages SET lease_owner = NULL, lease_expires_utc = NULL WHERE stage = @stage AND lease_owner = @owner",
            new { stage, owner }, cancellationToken: cancellationToken));
    }

    public async Task ResetAsync(IStageWork work, string stage, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await PostgreSqlStageWork.Of(work).OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO pipeline_stages (stage) VALUES (@stage)
            ON CONFLICT (stage) DO UPDATE SET position = 0, advanced_at = NULL, lease_owner = NULL, lease_expires_utc = NULL,
                failures = 0, last_error = NULL, last_error_at = NULL, retry_at_utc = NULL
            """, new { stage }, transaction, cancellationToken: cancellationToken));
    }

#pragma warning disable IDE1006, CA1707 // Dapper maps snake_case columns by name.
    private sealed class Row
    {
        public string stage { get; set; } = "";
        public long position { get; set; }
        public string? advanced_at { get; set; }
        public string? lease_owner { get; set; }
        public long? lease_expires_utc { get; set; }
        public long failures { get; set; }
        public string? last_error { get; set; }
        public string? last_error_at { get; set; }
        public long? retry_at_utc { get; set; }

        public StageCheckpoint ToCheckpoint() => new(stage, position, StoredTime.Read(advanced_at), lease_owner,
            lease_expires_utc is { } lease ? DateTimeOffset.FromUnixTimeMilliseconds(lease) : null, (int)failures, last_error,
            StoredTime.Read(last_error_at), retry_at_utc is { } retry ? DateTimeOffset.FromUnixTimeMilliseconds(retry) : null);
    }
#pragma warning restore IDE1006, CA1707
}
