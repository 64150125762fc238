using Janalyq.Storage;
using Microsoft.Data.Sqlite;

namespace Janalyq.Tests.Support;

/// <summary>What a database left by a killed process must still be: a sound SQLite file whose every article is whole.</summary>
public static class DatabaseChecks
{
    /// <summary>
    /// Opens the database in <paramref name="dataDirectory"/> as a second process would (its writer may be frozen in the
    /// middle of a transaction: WAL readers see the last commit) and checks it: integrity_check ok, no dangling foreign
    /// key, every article and revision whole (title and bodies present, content hash that of its title and text).
    /// Returns the articles, canonical URL to (title, text, html), for the caller's own checks.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, (string Title, string Text, string Html)>> AssertIntactAsync(string dataDirectory)
    {
        var ct = TestContext.Current.CancellationToken;
        var builder = new SqliteConnectionStringBuilder { DataSource = SqliteStorageOptions.FileIn(dataDirectory), Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(ct);
        Assert.Equal(["ok"], await ColumnAsync(connection, "PRAGMA integrity_check"));
        Assert.Empty(await ColumnAsync(connection, "SELECT \"table\" || ' ' || rowid FROM pragma_foreign_key_check"));

        var articles = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT canonical_url, title, body_text, body_html, content_hash FROM articles";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var (canonical, title, text, html, hash) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
                Assert.False(string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(html), $"article {canonical} is not whole");
                Assert.Equal(ContentHash.Of(title, text), hash);
                Assert.True(articles.TryAdd(canonical, (title, text, html)), $"article {canonical} twice");
            }
        }
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT title, body_text, content_hash FROM article_revisions";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                Assert.Equal(ContentHash.Of(reader.GetString(0), reader.GetString(1)), reader.GetString(2));
        }
        return articles;
    }

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) values.Add(reader.GetString(0));
        return values;
    }
}
