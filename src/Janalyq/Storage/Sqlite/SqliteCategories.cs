using Dapper;
using Microsoft.Data.Sqlite;

namespace Janalyq.Storage.Sqlite;

/// <summary>
/// The categories table mirrors <see cref="Category.All"/>, the one list of the site's categories: after the
/// migrations, every category is written (new ones added, positions updated), so no migration repeats the list.
/// A category dropped from the code stays in the table while articles still name it.
/// </summary>
internal static class SqliteCategories
{
    public static async Task WriteAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO categories (slug, position) VALUES (@Slug, @Position) ON CONFLICT (slug) DO UPDATE SET position = excluded.position",
            Category.All, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
