using Npgsql;

namespace Janalyq.Tests.Support;

/// <summary>
/// A fresh, empty schema in the test PostgreSQL server (<see cref="TestDatabases.PostgreSqlVariable"/>), so that every
/// test starts on an empty database of its own: the engine's connection string sets its search path to the schema;
/// dispose drops the schema and everything in it.
/// </summary>
public sealed class TestSchema : IAsyncDisposable
{
    private readonly string _server;

    private TestSchema(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = name, MaxPoolSize = 20 }.ToString();
    }

    public string Name { get; }

    /// <summary>The server's connection string with the search path set to this schema.</summary>
    public string ConnectionString { get; }

    public static async Task<TestSchema> CreateAsync()
    {
        var server = TestDatabases.PostgreSqlServer();
        var schema = new TestSchema(server, "test_" + Guid.NewGuid().ToString("N"));
        await schema.ExecuteAsync($"CREATE SCHEMA {schema.Name}");
        return schema;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE");
    }

    private async Task ExecuteAsync(string sql)
    {
        // Not pooled: the admin connection is opened twice per test, and a pool per server would outlive the tests' schemas.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
