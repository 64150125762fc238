using System.Globalization;
using Dapper;
using Janalyq.Storage.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Janalyq.Storage.PostgreSql;

/// <summary>
/// The database for several nodes: migrated at start by numbered scripts embedded from Storage/PostgreSql/Migrations
/// (NNNN_name.sql), each applied once in its own transaction (PostgreSQL's DDL is transactional). Processes that start
/// together migrate one at a time: the whole migration holds a session advisory lock, and each looks again at what is
/// applied once it has the lock.
/// </summary>
public sealed class PostgreSqlDatabase(PostgreSqlConnectionFactory connections, TimeProvider time, ILogger<PostgreSqlDatabase> logger) : IDatabase
{
    /// <summary>Key of the advisory lock held while migrating ("janalyq" in ASCII, as a number).</summary>
    private const long MigrationLock = 0x6a616e616c7971;

    public string Engine => "postgresql";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@MigrationLock)", new { MigrationLock }, cancellationToken: cancellationToken));
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)",
                    cancellationToken: cancellationToken));
                var applied = (await connection.QueryAsync<int>(new CommandDefinition(
                    "SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
                foreach (var migration in Migration.Embedded(typeof(PostgreSqlDatabase).Assembly, "Janalyq.Storage.PostgreSql.Migrations."))
                {
                    if (applied.Contains(migration.Version)) continue;
                    await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                    await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
                    await connection.ExecuteAsync(new CommandDefinition(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                        new { migration.Version, migration.Name, At = time.GetUtcNow().ToString("o", CultureInfo.InvariantCulture) },
                        transaction, cancellationToken: cancellationToken));
                    await transaction.CommitAsync(cancellationToken);
                    logger.LogInformation("Applied PostgreSQL schema migration {Version} {Name}", migration.Version, migration.Name);
                }
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO categories (slug, position) VALUES (@Slug, @Position) ON CONFLICT (slug) DO UPDATE SET position = excluded.position",
                    Category.All, cancellationToken: cancellationToken));
            }
            finally
            {
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@MigrationLock)", new { MigrationLock }, cancellationToken: CancellationToken.None));
            }
        }
        catch (PostgresException e)
        {
            throw new StorageException($"Cannot migrate the {connections.Describe}: {e.MessageText}", e);
        }
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regclass('schema_migrations') IS NOT NULL", cancellationToken: cancellationToken));
        if (!exists) return 0;
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT coalesce(max(version), 0) FROM schema_migrations", cancellationToken: cancellationToken));
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM schema_migrations", cancellationToken: cancellationToken));
        }
        catch (NpgsqlException e)
        {
            throw new StorageException($"The {connections.Describe} does not answer: {e.Message}", e);
        }
    }
}
