using System.Globalization;
using Janalyq.Storage;
using Janalyq.Storage.Sqlite;
using Janalyq.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Janalyq.Tests.Storage;

public sealed class SqliteDatabaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_creates_the_schema_once_in_wal_mode()
    {
        await using var engine = await Engine.StartAsync();
        var database = engine.Get<IDatabase>();

        await database.MigrateAsync(Ct); // a second run applies nothing
        var newest = Migration.Embedded(typeof(SqliteDatabase).Assembly, "Janalyq.Storage.Sqlite.Migrations.").Max(m => m.Version);
        Assert.Equal(newest, await database.SchemaVersionAsync(Ct));

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(engine.DataDirectory, "janalyq.db")}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
        command.CommandText = "SELECT count(*) FROM categories";
        Assert.Equal(Category.All.Count, Convert.ToInt32(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_corrupt_database_file_gives_a_clear_error()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("janalyq.db"), new string('x', 8192), Ct);

        var error = await Assert.ThrowsAsync<StorageException>(async () => await Engine.StartAsync(folder.Path));

        Assert.Contains("not a valid SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Contains(folder.File("janalyq.db"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unusable_data_folder_gives_a_clear_error()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a-file"), "", Ct);
        var data = Path.Combine(folder.File("a-file"), "data");

        var error = await Assert.ThrowsAsync<StorageException>(async () => await Engine.StartAsync(data));

        Assert.Contains("cannot be created or written", error.Message, StringComparison.Ordinal);
    }
}
