using Npgsql;

namespace Janalyq.Storage.PostgreSql;

/// <summary>
/// A stage's unit of work in PostgreSQL: one connection and one READ COMMITTED transaction, begun at the first
/// <see cref="OpenAsync"/>. Two runners cannot both commit a batch: the checkpoint's UPDATE (<see cref="PostgreSqlStageCheckpoints.AdvanceAsync"/>)
/// names the position and owner it expects, and the row lock makes the second wait and then find it moved.
/// </summary>
public sealed class PostgreSqlStageWork(PostgreSqlConnectionFactory connections) : IStageWork
{
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;

    /// <summary>The connection and transaction to write in; begins them on first use.</summary>
    public async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is null || _transaction is null)
        {
            _connection = await connections.OpenAsync(cancellationToken);
            _transaction = await _connection.BeginTransactionAsync(cancellationToken);
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

    /// <summary>The PostgreSQL unit of work behind <paramref name="work"/>.</summary>
    public static PostgreSqlStageWork Of(IStageWork work) =>
        work as PostgreSqlStageWork ?? throw new ArgumentException($"a PostgreSQL repository was given a {work.GetType().Name}", nameof(work));
}
