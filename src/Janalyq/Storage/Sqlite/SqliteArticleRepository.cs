using Dapper;
using Microsoft.Data.Sqlite;

namespace Janalyq.Storage.Sqlite;

/// <summary>
/// Articles in SQLite: one row per canonical URL, earlier versions in article_revisions, and every insert or update
/// logged in article_changes in the same transaction (<see cref="IArticleChangeLog"/>).
/// </summary>
public sealed class SqliteArticleRepository(SqliteConnectionFactory connections, TimeProvider time, ArticleChangeSignal changes) : IArticleRepository
{
    private const string Columns = """
        id, source_id, url, canonical_url, title, lead, body_html, body_text, published_at, modified_at, fetched_at,
        author, image_url, image_caption, image_credit, language, category_slug, original_url, site_name, content_hash, story_id, content_origin,
        duplicate_of_id, is_news, contest_category
        """;

    public async Task<SaveResult> SaveAsync(Article article, CancellationToken cancellationToken)
    {
        connections.ThrowIfDamaged();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var existing = await connection.QuerySingleOrDefaultAsync<(long Id, string Hash)?>(new CommandDefinition(
            "SELECT id, content_hash FROM articles WHERE canonical_url = @CanonicalUrl",
            new { article.CanonicalUrl }, transaction, cancellationToken: cancellationToken));
        var row = ArticleRow.From(article);
        SaveResult result;
        if (existing is null)
        {
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO articles (source_id, url, canonical_url, title, lead, body_html, body_text, published_at, modified_at,
                    fetched_at, sort_utc, author, image_url, image_caption, image_credit, language, category_slug, original_url,
                    site_name, content_hash, story_id, content_origin)
                VALUES (@source_id, @url, @canonical_url, @title, @lead, @body_html, @body_text, @published_at, @modified_at,
                    @fetched_at, @sort_utc, @author, @image_url, @image_caption, @image_credit, @language, @category_slug, @original_url,
                    @site_name, @content_hash, @story_id, @content_origin)
                RETURNING id
                """, row, transaction, cancellationToken: cancellationToken));
            result = new SaveResult(id, SaveOutcome.Inserted);
        }
        else if (existing.Value.Hash == article.ContentHash)
        {
            result = new SaveResult(existing.Value.Id, SaveOutcome.Unchanged);
        }
        else
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO article_revisions (article_id, title, lead, body_html, body_text, modified_at, content_hash, replaced_at)
                SELECT id, title, lead, body_html, body_text, modified_at, content_hash, @replaced_at FROM articles WHERE id = @id
                """, new { id = existing.Value.Id, replaced_at = StoredTime.Write(time.GetUtcNow()) }, transaction, cancellationToken: cancellationToken));
            row.id = existing.Value.Id;
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
            result = new SaveResult(existing.Value.Id, SaveOutcome.Updated);
        }
        if (result.Outcome != SaveOutcome.Unchanged)
        {
            var kind = result.Outcome == SaveOutcome.Inserted ? ArticleChangeKind.Inserted : ArticleChangeKind.Updated;
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO article_changes (article_id, kind, changed_at) VALUES (@id, @kind, @at)",
                new { id = result.Id, kind = SqliteArticleChangeLog.Write(kind), at = StoredTime.Write(time.GetUtcNow()) },
                transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        if (result.Outcome != SaveOutcome.Unchanged) changes.Notify();
        return result;
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
            WHERE (@category IS NULL OR a.category_slug = @category)
              AND (@language IS NULL OR a.language = @language)
              AND (@source IS NULL OR a.source_id = @source)
              AND (@story IS NULL OR a.story_id = @story)
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
            "SELECT body_text FROM article_revisions WHERE article_id = @id ORDER BY replaced_at, rowid", new { id },
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
