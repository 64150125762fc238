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

    private Engine(ServiceProvider services, string dataDirectory, TempFolder? owned)
    {
        Services = services;
        DataDirectory = dataDirectory;
        _owned = owned;
    }

    public ServiceProvider Services { get; }
    public string DataDirectory { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Starts the engine on <paramref name="dataDirectory"/> (a new temp folder when null), migrated, on the
    /// <paramref name="database"/> engine (a <see cref="DatabaseDataAttribute"/> row).
    /// </summary>
    public static async Task<Engine> StartAsync(string? dataDirectory = null, TimeProvider? time = null, Action<IServiceCollection>? configure = null, string database = StorageProviders.Sqlite)
    {
        var owned = dataDirectory is null ? new TempFolder() : null;
        var data = dataDirectory ?? owned!.Path;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = data, ["Storage:Provider"] = database })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddStorage(configuration);
        services.AddExtraction(configuration);
        services.AddIngestion(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var engine = new Engine(provider, data, owned);
        await engine.Get<IDatabase>().MigrateAsync(TestContext.Current.CancellationToken);
        return engine;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _owned?.Dispose();
    }
}

public static class EngineQueries
{
    /// <summary>A raw scalar query on the engine's SQLite file, for assertions the repositories do not expose.</summary>
    public static async Task<long> ScalarAsync(this Engine engine, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(engine.DataDirectory, "janalyq.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
