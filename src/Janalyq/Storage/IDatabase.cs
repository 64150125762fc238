namespace Janalyq.Storage;

/// <summary>The database behind the repositories: schema versions and health.</summary>
public interface IDatabase
{
    /// <summary>Name of the engine, for logs and /healthz ("sqlite", "postgresql").</summary>
    string Engine { get; }

    /// <summary>
    /// Checks the database's integrity, then applies every schema migration not yet applied, in order, each in its
    /// own transaction. A damaged database is refused (<see cref="StorageException"/>) before anything is written.
    /// </summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Current schema version (0 for an empty database).</summary>
    Task<int> SchemaVersionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Cheap check that the database answers and has not been found damaged (at start, or since, by a query that met
    /// corruption); throws <see cref="StorageException"/> saying why and how to recover when not.
    /// </summary>
    Task PingAsync(CancellationToken cancellationToken);
}

/// <summary>A storage failure a user can act on (corrupt file, unwritable folder); the message says what to do.</summary>
public sealed class StorageException : Exception
{
    public StorageException(string message) : base(message) { }
    public StorageException(string message, Exception inner) : base(message, inner) { }
    public StorageException() { }
}
