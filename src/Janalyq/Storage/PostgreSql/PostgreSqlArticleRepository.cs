using Dapper;
using Janalyq.Storage.Sqlite;
using Npgsql;

namespace Janalyq.Storage.PostgreSql;

/// <summary>
/// Articles in PostgreSQL: one row per canonical URL, earlier versions in article_revisions, every insert or update
/// logged in article_changes in the same transaction. Several processes may save the same URL at once: the row is
/// locked (FOR UPDATE) before it is compared, and an insert that loses the race to another (ON CONFLICT DO NOTHING)
/// waits for it and goes on as an update, so an article is never stored twice nor a save lost.
/// </summary>
public sealed class PostgreSqlArticleRepository(PostgreSqlConnectionFactory connections, TimeProvider time, ArticleChangeSignal changes) : IArticleRepository
{
    private const string Columns = """
        id, source_id, url, canonical_url, title, lead, body_html, body_text, published_at, modified_at, fetched_at,
        author, image_url, image_caption, image_credit, language, category_slug, original_url, site_name, content_hash, story_id, content_origin,
        duplicate_of_id, is_news, contest_category
        """;

    public async Task<SaveResult> SaveAsync(Article article, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = ArticleRow.From(article);
        var existing = await LockAsync(connection, transaction, article.CanonicalUrl, cancellationToken);
        SaveResult result;
        if (existing is null)
        {
            var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                INSERT INTO articles (source_id, url, canonical_url, title, lead, body_html, body_text, published_at, modified_at,
                    fetched_at, sort_utc, author, image_url, image_caption, image_credit, language, category_slug, original_url,
                    site_name, content_hash, story_id, content_origin)
                VALUES (@source_id, @url, @canonical_url, @title, @lead, @body_html, @body_text, @published_at, @modified_at,
                    @fetched_at, @sort_utc, @author, @image_url, @image_caption, @image_credit, @language, @category_slug, @original_url,
                    @site_name, @content_hash, @story_id, @content_origin)
                ON CONFLICT (canonical_url) DO NOTHING
                RETURNING id
                """, row, transaction, cancellationToken: cancellationToken));
            // Another process inserted it since our look: wait for its commit, then compare with what it stored.
            existing = id is null ? await LockAsync(connection, transaction, article.CanonicalUrl, cancellationToken) : null;
            result = id is long inserted ? new SaveResult(inserted, SaveOutcome.Inserted) : await UpdateAsync(connection, transaction, row, existing!.Value, cancellationToken);
        }
        else
        {
            result = await UpdateAsync(connection, transaction, row, existing.Value, cancellationToken);
        }
        if (result.Outcome != SaveOutcome.Unchanged)
        {
            var kind = result.Outcome == SaveOutcome.Inserted ? ArticleChangeKind.Inserted : ArticleChangeKind.Updated;
            await PostgreSqlArticleChangeLog.AppendAsync(connection, transaction, result.Id, kind, time.GetUtcNow(), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        if (result.Outcome != SaveOutcome.Unchanged) changes.Notify();
        return result;
    }

    private static Task<(long Id, string Hash)?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string canonicalUrl, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<(long Id, string Hash)?>(new CommandDefinition(
            "SELECT id, content_hash FROM articles WHERE canonical_url = @canonicalUrl FOR UPDATE",
            new { canonicalUrl }, transaction, cancellationToken: cancellationToken));

    private async Task<SaveResult> UpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ArticleRow row, (long Id, string Hash) existing, CancellationToken cancellationToken)
    {
        if (existing.Hash == row.content_hash) return new SaveResult(existing.Id, SaveOutcome.Unchanged);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO article_revisions (article_id, title, lead, body_html, body_text, modified_at, content_hash, replaced_at)
            SELECT id, title, lead, body_html, body_text, modified_at, content_hash, @replaced_at FROM articles WHERE id = @id
            """, new { id = existing.Id, replaced_at = StoredTime.Write(time.GetUtcNow()) }, transaction, cancellationToken: cancellationToken));
        row.id = existing.Id;
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE articles SET url = @url, title = @title, lead = @lead, body_html = @body_html, body_text = @body_text,
                published_at = coalesce(@published_at, published_at), modified_at = @modified_at, fetched_at = @fetched_at,
                author = @author, image_url = @image_url, image_caption = @image_caption, image_credit = @image_credit,
                language = coalesce(@language, language),
                language_identified = CASE WHEN @language IS NULL THEN language_identified ELSE 0 END,
                category_slug = coalesce(@category_slug, category_slug),
                category_classified = CASE WHEN @category_slug IS NULL THEN category_classified ELSE 0 END,
                original_url = @original_url,
                site_name = @site_name, content_hash = @content_hash, content_origin = @content_origin
            WHERE id = @id
            """, row, transaction, cancellationToken: cancellationToken));
        return new SaveResult(existing.Id, SaveOutcome.Updated);
    }

    public async Task<Article?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM articles WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToArticle();
    }

    public async Task<Article?> FindByCanonicalUrlAsync(string canonicalUrl, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM articles WHERE canonical_url = @canonicalUrl", new { canonicalUrl }, cancellationToken: cancellationToken));
        return row?.ToArticle();
    }

    public async Task<IReadOnlyList<ArticleListItem>> LatestAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ListRow>(new CommandDefinition("""
            SELECT a.id, a.title, a.lead, a.published_at, a.image_url, a.category_slug, a.language, a.source_id,
                   coalesce(s.name, a.site_name) AS source_name, a.story_id
            FROM articles a LEFT JOIN sources s ON s.id = a.source_id
            WHERE (@category::text IS NULL OR a.category_slug = @category)
              AND (@language::text IS NULL OR a.language = @language)
              AND (@source::bigint IS NULL OR a.source_id = @source)
              AND (@story::bigint IS NULL OR a.story_id = @story)
            ORDER BY a.sort_utc DESC, a.id DESC
            LIMIT @limit OFFSET @offset
            """,
            new { category = query.CategorySlug, language = query.Language, source = query.SourceId, story = query.StoryId, limit = query.Limit, offset = query.Offset },
            cancellationToken: cancellationToken));
        return rows.Select(r => new ArticleListItem(r.id, r.title, r.lead, StoredTime.Read(r.published_at), r.image_url,
            r.category_slug, r.language, r.source_id, r.source_name, r.story_id)).ToList();
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT count(*) FROM articles", cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> EarlierBodiesAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT body_text FROM article_revisions WHERE article_id = @id ORDER BY replaced_at, id", new { id },
            cancellationToken: cancellationToken))).ToList();
    }

#pragma warning disable IDE1006, CA1707 // Dapper maps snake_case columns by name.
    private sealed class ListRow
    {
        public long id { get; set; }
        public string title { get; set; } = "";
        public string? lead { get; set; }
        public string? published_at { get; set; }
        public string? image_url { get; set; }
        public string? category_slug { get; set; }
        public string? language { get; set; }
        public long? source_id { get; set; }
        public string? source_name { get; set; }
        public long? story_id { get; set; }
    }
#pragma warning restore IDE1006, CA1707
}
