using Dapper;
using Janalyq.Storage.Sqlite;
using Npgsql;

namespace Janalyq.Storage.PostgreSql;

/// <summary>
/// The change log in PostgreSQL (table article_changes, written by <see cref="PostgreSqlArticleRepository"/>). Readers
/// keep a checkpoint (the last seq they processed) and ask for what follows, so no entry may become visible after a
/// higher one: every append takes <see cref="LockAsync"/> first, which serialises appends up to their commit.
/// </summary>
public sealed class PostgreSqlArticleChangeLog(PostgreSqlConnectionFactory connections) : IArticleChangeLog
{
    /// <summary>Key of the transaction advisory lock around appends ("changes" in ASCII, as a number).</summary>
    private const long AppendLock = 0x6368616e676573;

    public async Task<IReadOnlyList<ArticleChange>> ReadAfterAsync(long after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Seq, long ArticleId, string Kind, string ChangedAt)>(new CommandDefinition(
            "SELECT seq, article_id, kind, changed_at FROM article_changes WHERE seq > @after ORDER BY seq LIMIT @limit",
            new { after, limit }, cancellationToken: cancellationToken));
        return rows.Select(r => new ArticleChange(r.Seq, r.ArticleId, KindOf(r.Kind), StoredTime.Read(r.ChangedAt)!.Value)).ToList();
    }

    public async Task<ChangeLogLag> LagAsync(long after, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var (entries, oldest) = await connection.QuerySingleAsync<(long Entries, string? Oldest)>(new CommandDefinition("""
            SELECT (SELECT count(*) FROM article_changes WHERE seq > @after),
                   (SELECT changed_at FROM article_changes WHERE seq > @after ORDER BY seq LIMIT 1)
            """, new { after }, cancellationToken: cancellationToken));
        return new ChangeLogLag(entries, StoredTime.Read(oldest));
    }

    /// <summary>
    /// Appends an entry inside <paramref name="transaction"/>, as its last statement: the advisory lock it takes is held
    /// until the transaction ends, so entries commit in the order of their sequence numbers. The NOTIFY that wakes
    /// other processes (<see cref="PostgreSqlChangeListener"/>) is sent at commit, never for a change rolled back.
    /// </summary>
    internal static async Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long articleId, ArticleChangeKind kind, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("""
            SELECT pg_advisory_xact_lock(@AppendLock);
            INSERT INTO article_changes (article_id, kind, changed_at) VALUES (@articleId, @kind, @at);
            SELECT pg_notify(@channel, current_schema());
            """, new { AppendLock, channel = PostgreSqlChangeListener.Channel, articleId, kind = SqliteArticleChangeLog.Write(kind), at = StoredTime.Write(at) },
            transaction, cancellationToken: cancellationToken));
    }

    private static ArticleChangeKind KindOf(string kind) => kind switch
    {
        "inserted" => ArticleChangeKind.Inserted,
        "updated" => ArticleChangeKind.Updated,
        "hidden" => ArticleChangeKind.Hidden,
        _ => throw new InvalidDataException($"unknown change kind '{kind}' in article_changes"),
    };
}
