using Microsoft.Data.Sqlite;

namespace Janalyq.Storage.Sqlite;

/// <summary>
/// A stage's unit of work in SQLite: one connection and one BEGIN IMMEDIATE transaction, begun at the first
/// <see cref="OpenAsync"/>, so that a stage that writes nothing holds the write lock only while its checkpoint moves.
/// A stage's SQLite repository takes it with <see cref="Of"/>.
/// </summary>
public sealed class SqliteStageWork(SqliteConnectionFactory connections) : IStageWork
{
    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;

    /// <summary>The connection and transaction to write in; begins them on first use.</summary>
    public async Task<(SqliteConnection Connection, SqliteTransaction Transaction)> OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is null || _transaction is null)
        {
            connections.ThrowIfDamaged();
            _connection = await connections.OpenAsync(cancellationToken);
            _transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken); // BEGIN IMMEDIATE
        }
        return (_connection, _transaction);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null) await _transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync(); // rolls back when not committed
        if (_connection is not null) await _connection.DisposeAsync();
    }

    /// <summary>The SQLite unit of work behind <paramref name="work"/>.</summary>
    public static SqliteStageWork Of(IStageWork work) =>
        work as SqliteStageWork ?? throw new ArgumentException($"a SQLite repository was given a {work.GetType().Name}", nameof(work));
}
