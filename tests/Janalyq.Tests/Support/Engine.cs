using System.Globalization;
using Janalyq.Extraction;
using Janalyq.Ingestion;
using Janalyq.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Janalyq.Tests.Support;

/// <summary>The real engine (storage, extraction, intake) on a throwaway data folder.</summary>
public sealed class Engine : IAsyncDisposable
{
    private readonly TempFolder? _owned;
    private readonly TestSchema? _schema;

    private Engine(ServiceProvider services, string dataDirectory, TempFolder? owned, string database, TestSchema? schema)
    {
        Services = services;
        DataDirectory = dataDirectory;
        Database = database;
        _owned = owned;
        _schema = schema;
    }

    public ServiceProvider Services { get; }
    public string DataDirectory { get; }

    /// <summary>The engine's database (a <see cref="StorageProviders"/> value).</summary>
    public string Database { get; }

    /// <summary>The connection string of this engine's own PostgreSQL schema; null on SQLite.</summary>
    public string? PostgreSqlConnectionString => _schema?.ConnectionString;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Starts the engine on <paramref name="dataDirectory"/> (a new temp folder when null), migrated, on the
    /// <paramref name="database"/> engine (a <see cref="DatabaseDataAttribute"/> row). On PostgreSQL the engine gets a
    /// schema of its own in the server <see cref="TestDatabases.PostgreSqlVariable"/> names, dropped at dispose.
    /// </summary>
    public static async Task<Engine> StartAsync(string? dataDirectory = null, TimeProvider? time = null, Action<IServiceCollection>? configure = null, string? database = null)
    {
        database ??= TestDatabases.Default;
        var owned = dataDirectory is null ? new TempFolder() : null;
        var data = dataDirectory ?? owned!.Path;
        // A folder of its own: a schema of its own, dropped at dispose. A folder given (several engines on one data folder,
        // a restart): the schema named after it, shared by every engine on that folder and left for the server's end.
        var schema = database != StorageProviders.PostgreSql ? null
            : owned is not null ? await TestSchema.CreateAsync() : await TestSchema.ForFolderAsync(data);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DataDirectory"] = data,
                ["Storage:Provider"] = database,
                ["Storage:PostgreSql:ConnectionString"] = schema?.ConnectionString,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddStorage(configuration);
        services.AddExtraction(configuration);
        services.AddIngestion(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var engine = new Engine(provider, data, owned, database, schema);
        await engine.Get<IDatabase>().MigrateAsync(TestContext.Current.CancellationToken);
        return engine;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_schema is not null) await _schema.DisposeAsync();
        _owned?.Dispose();
    }
}

public static class EngineQueries
{
    /// <summary>A raw scalar query on the engine's database (SQLite file or PostgreSQL schema), for assertions the repositories do not expose.</summary>
    public static async Task<long> ScalarAsync(this Engine engine, string sql)
    {
        if (engine.PostgreSqlConnectionString is { } postgres)
        {
            await using var pg = new Npgsql.NpgsqlConnection(postgres);
            await pg.OpenAsync();
            await using var query = pg.CreateCommand();
            query.CommandText = sql;
            return Convert.ToInt64(await query.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(engine.DataDirectory, "janalyq.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
