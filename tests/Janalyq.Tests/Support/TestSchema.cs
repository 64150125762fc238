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

    /// <summary>The schema of a data folder (named by a hash of its full path), created when missing and never dropped by dispose.</summary>
    public static async Task<TestSchema> ForFolderAsync(string folder)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(folder))))[..32];
        var schema = new TestSchema(TestDatabases.PostgreSqlServer(), "folder_" + hash) { _kept = true };
        await schema.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {schema.Name}");
        return schema;
    }

    private bool _kept;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        if (!_kept) await ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE");
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
