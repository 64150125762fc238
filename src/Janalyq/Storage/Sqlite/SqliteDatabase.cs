using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Janalyq.Storage.Sqlite;

/// <summary>
/// The embedded database: one SQLite file in WAL mode, migrated at start by numbered scripts
/// embedded from Storage/Sqlite/Migrations (NNNN_name.sql), each applied once in its own transaction.
/// A damaged file is refused before anything is written to it (PRAGMA quick_check at start).
/// </summary>
public sealed class SqliteDatabase(SqliteConnectionFactory connections, TimeProvider time, ILogger<SqliteDatabase> logger) : IDatabase
{
    private const int SqliteNotADatabase = 26;
    private const int SqliteCorrupt = 11;

    public string Engine => "sqlite";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        PrepareFolder();
        try
        {
            // Before any write (the journal mode, a migration, an import): a damaged file must not be made worse.
            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (await connections.CheckIntegrityAsync(cancellationToken) is { } damage) throw new StorageException(damage);
            logger.LogDebug("Integrity check of {File} in {Elapsed} ms", connections.FilePath, watch.ElapsedMilliseconds);
            await using var connection = await connections.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);",
                cancellationToken: cancellationToken));
            var applied = (await connection.QueryAsync<long>(new CommandDefinition(
                "SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
            foreach (var migration in Migration.Embedded(typeof(SqliteDatabase).Assembly, "Janalyq.Storage.Sqlite.Migrations."))
            {
                if (applied.Contains(migration.Version)) continue;
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                    new { migration.Version, migration.Name, At = time.GetUtcNow().ToString("o", CultureInfo.InvariantCulture) },
                    transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied schema migration {Version} {Name}", migration.Version, migration.Name);
            }
            await SqliteCategories.WriteAsync(connection, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            throw new StorageException(
                $"The database file {connections.FilePath} is not a valid SQLite database (it may be corrupt). {connections.Recovery}", e);
        }
        catch (SqliteException e)
        {
            throw new StorageException($"Cannot open the database {connections.FilePath}: {e.Message}", e);
        }
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", cancellationToken: cancellationToken));
        if (exists == 0) return 0;
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT coalesce(max(version), 0) FROM schema_migrations", cancellationToken: cancellationToken));
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            connections.ThrowIfDamaged();
            await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM schema_migrations", cancellationToken: cancellationToken));
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            throw new StorageException(await connections.CheckIntegrityAsync(cancellationToken) ?? $"The database {connections.FilePath} does not answer: {e.Message}", e);
        }
        catch (SqliteException e)
        {
            throw new StorageException($"The database {connections.FilePath} does not answer: {e.Message}", e);
        }
    }

    private void PrepareFolder()
    {
        var folder = Path.GetDirectoryName(connections.FilePath)!;
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, ".write-probe");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(
                $"The data folder {folder} cannot be created or written ({e.Message}). " +
                "Choose another one with --data DIR or JANALYQ_DATA.", e);
        }
    }
}

/// <summary>One numbered schema script.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>The scripts embedded under a resource prefix, in version order.</summary>
    public static IEnumerable<Migration> Embedded(Assembly assembly, string prefix)
    {
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var fileName = resource[prefix.Length..];
            var separator = fileName.IndexOf('_', StringComparison.Ordinal);
            var version = int.Parse(fileName[..separator], CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return new Migration(version, Path.GetFileNameWithoutExtension(fileName[(separator + 1)..]), reader.ReadToEnd());
        }
    }
}
