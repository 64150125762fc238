using Dapper;

using Janalyq.Storage.Sqlite;

namespace Janalyq.Storage.PostgreSql;

/// <summary>Stories in PostgreSQL; article counts are kept by <see cref="AssignAsync"/>.</summary>
public sealed class PostgreSqlStoryRepository(PostgreSqlConnectionFactory connections) : IStoryRepository
{
    public async Task<long> SaveAsync(Story story, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var parameters = new
        {
            story.Id,
            story.Title,
            story.CategorySlug,
            First = StoredTime.Write(story.FirstPublishedAt),
            Last = StoredTime.Write(story.LastPublishedAt),
            LastUtc = StoredTime.SortKey(story.LastPublishedAt),
        };
        if (story.Id == 0)
        {
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO stories (title, category_slug, first_published_at, last_published_at, last_published_utc)
                VALUES (@Title, @CategorySlug, @First, @Last, @LastUtc) RETURNING id
                """, parameters, cancellationToken: cancellationToken));
        }
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE stories SET title = @Title, category_slug = @CategorySlug, first_published_at = @First,
                last_published_at = @Last, last_published_utc = @LastUtc WHERE id = @Id
            """, parameters, cancellationToken: cancellationToken));
        return story.Id;
    }

    public async Task AssignAsync(long articleId, long? storyId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var previous = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT story_id FROM articles WHERE id = @articleId FOR UPDATE", new { articleId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET story_id = @storyId WHERE id = @articleId", new { articleId, storyId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE stories SET article_count = (SELECT count(*) FROM articles WHERE story_id = stories.id)
            WHERE id = @previous OR id = @storyId
            """, new { previous, storyId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Story?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<StoryRow>(new CommandDefinition(
            "SELECT id, title, category_slug, first_published_at, last_published_at, article_count FROM stories WHERE id = @id",
            new { id }, cancellationToken: cancellationToken));
        return row?.ToStory();
    }

    public async Task<IReadOnlyList<Story>> LatestAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StoryRow>(new CommandDefinition("""
            SELECT id, title, category_slug, first_published_at, last_published_at, article_count
            FROM stories ORDER BY last_published_utc DESC LIMIT @limit
            """, new { limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToStory()).ToList();
    }

    public async Task SaveTitlesAsync(long storyId, IReadOnlyDictionary<string, string> titles, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM story_titles WHERE story_id = @storyId", new { storyId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO story_titles (story_id, language, title) VALUES (@storyId, @Key, @Value)",
            titles.Select(t => new { storyId, t.Key, t.Value }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveRelatedAsync(long storyId, IReadOnlyList<EarlierStoryLink> earlier, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM story_related WHERE story_id = @storyId", new { storyId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO story_related (story_id, earlier_story_id, score) VALUES (@storyId, @EarlierStoryId, @Score)",
            earlier.Select(r => new { storyId, r.EarlierStoryId, r.Score }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveArticleUnderstandingAsync(
        long articleId, long? duplicateOfId, bool? isNews, string? contestCategory, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE articles SET duplicate_of_id = @duplicateOfId, is_news = @news, contest_category = @contestCategory WHERE id = @articleId
            """, new { articleId, duplicateOfId, news = isNews is null ? (int?)null : isNews.Value ? 1 : 0, contestCategory },
            cancellationToken: cancellationToken));
    }

#pragma warning disable IDE1006, CA1707 // Dapper maps snake_case columns by name.
    private sealed class StoryRow
    {
        public long id { get; set; }
        public string title { get; set; } = "";
        public string? category_slug { get; set; }
        public string first_published_at { get; set; } = "";
        public string last_published_at { get; set; } = "";
        public long article_count { get; set; }

        public Story ToStory() => new()
        {
            Id = id,
            Title = title,
            CategorySlug = category_slug,
            FirstPublishedAt = StoredTime.Read(first_published_at)!.Value,
            LastPublishedAt = StoredTime.Read(last_published_at)!.Value,
            ArticleCount = (int)article_count,
        };
    }
#pragma warning restore IDE1006, CA1707
}
