using Dapper;

namespace Janalyq.Storage.Sqlite;

/// <summary>The change log in SQLite (table article_changes, written by <see cref="SqliteArticleRepository"/>).</summary>
public sealed class SqliteArticleChangeLog(SqliteConnectionFactory connections) : IArticleChangeLog
{
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

    /// <summary>The kind as the log column holds it.</summary>
    internal static string Write(ArticleChangeKind kind) => kind switch
    {
        ArticleChangeKind.Inserted => "inserted",
        ArticleChangeKind.Updated => "updated",
        ArticleChangeKind.Hidden => "hidden",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static ArticleChangeKind KindOf(string kind) => kind switch
    {
        "inserted" => ArticleChangeKind.Inserted,
        "updated" => ArticleChangeKind.Updated,
        "hidden" => ArticleChangeKind.Hidden,
        _ => throw new InvalidDataException($"unknown change kind '{kind}' in article_changes"),
    };
}
