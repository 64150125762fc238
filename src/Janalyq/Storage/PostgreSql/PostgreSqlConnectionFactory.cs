using Microsoft.Extensions.Options;
using Npgsql;

namespace Janalyq.Storage.PostgreSql;

/// <summary>
/// Opens pooled connections to the database Storage:PostgreSql:ConnectionString names (one <see cref="NpgsqlDataSource"/>
/// per process), and turns a server that cannot be reached into a <see cref="StorageException"/> that says which setting to fix.
/// </summary>
public sealed class PostgreSqlConnectionFactory : IAsyncDisposable, IDisposable, IDbConnections
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlConnectionFactory(IOptions<StorageOptions> options)
    {
        var builder = new NpgsqlConnectionStringBuilder(options.Value.PostgreSql.ConnectionString);
        // Never echo the password in a message.
        Describe = $"PostgreSQL database {builder.Database ?? builder.Username ?? "(default)"} on {builder.Host ?? "localhost"}" +
            (builder.Port == 5432 ? "" : $":{builder.Port}");
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>Which server and database, for messages (no password).</summary>
    public string Describe { get; }

    async Task<System.Data.Common.DbConnection> IDbConnections.OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new StorageException(
                $"Cannot reach the {Describe} ({e.Message}). Check Storage:PostgreSql:ConnectionString and that the server runs.", e);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.InvalidPassword
            or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            throw new StorageException($"The {Describe} refuses the connection ({e.MessageText}). Check Storage:PostgreSql:ConnectionString.", e);
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
