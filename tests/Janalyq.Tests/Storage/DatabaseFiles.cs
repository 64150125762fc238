using System.Security.Cryptography;
using Janalyq.Ingestion.Import;
using Janalyq.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Janalyq.Tests.Storage;

/// <summary>Raw work on an engine's database that the repositories do not offer: statements; on SQLite files, copies and damage.</summary>
internal static class DatabaseFiles
{
    public static string DatabaseFile(this Engine engine) => Path.Combine(engine.DataDirectory, "janalyq.db");

    /// <summary>Runs statements on the engine's database (its SQLite file, or its PostgreSQL schema).</summary>
    public static async Task ExecuteAsync(this Engine engine, string sql)
    {
        if (engine.PostgreSqlConnectionString is { } postgres)
        {
            await using var pg = new Npgsql.NpgsqlConnection(postgres);
            await pg.OpenAsync();
            await using var statement = pg.CreateCommand();
            statement.CommandText = sql;
            await statement.ExecuteNonQueryAsync();
            return;
        }
        await using var connection = new SqliteConnection($"Data Source={engine.DatabaseFile()};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A real database: the demo corpus imported by the real intake into <paramref name="folder"/>, closed (its WAL folded in).</summary>
    public static async Task<string> DemoDatabaseAsync(string folder)
    {
        await using (var engine = await Engine.StartAsync(folder))
        {
            await engine.Get<DemoImporter>().ImportAsync(await DemoCorpusFixture.LoadAsync(), TestContext.Current.CancellationToken);
        }
        var file = Path.Combine(folder, "janalyq.db");
        Assert.False(File.Exists(file + "-wal"), "the WAL should have been folded into the file when the last connection closed");
        return file;
    }

    /// <summary>The damage of the defect report: 8 KB of random bytes written at half the file's size.</summary>
    public static void Corrupt(string file, int seed = 9)
    {
        var noise = new byte[8192];
        new Random(seed).NextBytes(noise);
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        stream.Position = stream.Length / 2;
        stream.Write(noise);
    }

    public static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>Folds the WAL into the main file, so that damage written to the file is what readers meet.</summary>
    public static async Task CheckpointAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await command.ExecuteNonQueryAsync();
    }
}
