using Dapper;
using Janalyq.Copies;
using Janalyq.Stories;

namespace Janalyq.Storage.PostgreSql;

/// <summary>
/// The understanding stage's reads and writes in PostgreSQL; writes in the stage's <see cref="PostgreSqlStageWork"/>. The
/// same statements as SQLite's but for string_agg, aliases on subqueries, and text order in COLLATE "C" (SQLite's BINARY).
/// </summary>
public sealed class PostgreSqlUnderstandingStore(PostgreSqlConnectionFactory connections) : IUnderstandingStore
{
    private const string ArticleColumns = """
        a.id, a.title, a.body_text, a.language, a.language_identified, a.category_slug, a.category_classified,
        a.canonical_url, a.original_url, a.sort_utc, a.story_id, a.duplicate_of_id
        """;

    public async Task<IReadOnlyList<UnderstoodArticle>> ReadAsync(IStageWork work, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await PostgreSqlStageWork.Of(work).OpenAsync(cancellationToken);
        var rows = new List<UnderstoodArticle>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            rows.AddRange((await connection.QueryAsync<Row>(new CommandDefinition(
                $"SELECT {ArticleColumns} FROM articles a WHERE a.id = ANY(@chunk)", new { chunk }, transaction, cancellationToken: cancellationToken)))
                .Select(r => r.ToArticle()));
        }
        return rows;
    }

    public async Task<UnderstandingSnapshot> LoadAsync(long position, TimeSpan window, int recent, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var state = (await connection.QueryAsync<(string Key, long Value)>(new CommandDefinition(
            "SELECT key, value FROM understanding_state", cancellationToken: cancellationToken))).ToDictionary(s => s.Key, s => s.Value);
        var next = Math.Max(state.GetValueOrDefault("next_story_id", 1),
            1 + await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT coalesce(max(id), 0) FROM stories", cancellationToken: cancellationToken)));
        if (!state.TryGetValue("newest", out var newest)) return new UnderstandingSnapshot(next, long.MinValue, []);
        var horizon = newest - (long)window.TotalMilliseconds;
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"""
            WITH processed AS (
                SELECT {ArticleColumns},
                       (SELECT max(c.seq) FROM article_changes c WHERE c.article_id = a.id AND c.seq <= @position) AS seq
                FROM articles a WHERE a.story_id IS NOT NULL)
            SELECT * FROM processed a
            WHERE a.sort_utc >= @horizon
               OR a.seq >= (SELECT coalesce(min(seq), 9223372036854775807) FROM (SELECT seq FROM processed ORDER BY seq DESC LIMIT @recent) AS last_processed)
            ORDER BY a.seq, a.id
            """, new { position, horizon, recent }, cancellationToken: cancellationToken));
        return new UnderstandingSnapshot(next, newest, rows.Select(r => r.ToArticle()).ToList());
    }

    public async Task SaveAnalysisAsync(IStageWork work, ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await PostgreSqlStageWork.Of(work).OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE articles SET is_news = CASE WHEN @IsNews THEN 1 ELSE 0 END, contest_category = @ContestCategory,
                language = CASE WHEN @LanguageIdentified THEN @Language ELSE language END,
                language_identified = CASE WHEN @LanguageIdentified THEN 1 ELSE language_identified END,
                category_slug = CASE WHEN @CategoryClassified THEN @Category ELSE category_slug END,
                category_classified = CASE WHEN @CategoryClassified THEN 1 ELSE category_classified END
            WHERE id = @Id
            """, analysis, transaction, cancellationToken: cancellationToken));
    }

    public async Task SetCopiesAsync(IStageWork work, IEnumerable<CopyAssignment> copies, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await PostgreSqlStageWork.Of(work).OpenAsync(cancellationToken);
        foreach (var copy in copies)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE articles SET duplicate_of_id = (SELECT id FROM articles WHERE id = @DuplicateOf) WHERE id = @Id",
                new { copy.Id, copy.DuplicateOf }, transaction, cancellationToken: cancellationToken));
        }
    }

    public async Task SetStoriesAsync(IStageWork work, IReadOnlyList<StoryAssignment> assigned, IReadOnlyList<StoryMerge> merged, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await PostgreSqlStageWork.Of(work).OpenAsync(cancellationToken);
        foreach (var id in assigned.Select(a => a.StoryId).Concat(merged.Select(m => m.Into)).Distinct())
        {
            // A placeholder row; RefreshStoriesAsync gives it its title, span and counts from its articles.
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO stories (id, title, first_published_at, last_published_at, last_published_utc) VALUES (@id, '', '', '', 0)
                ON CONFLICT (id) DO NOTHING
                """, new { id }, transaction, cancellationToken: cancellationToken));
        }
        // Ids chosen by the stage bypass the identity: move it past them, so that a story created without an id gets a new one.
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT setval(pg_get_serial_sequence('stories', 'id'), max(id)) FROM stories HAVING max(id) IS NOT NULL",
            transaction: transaction, cancellationToken: cancellationToken));
        foreach (var merge in merged)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE articles SET story_id = @Into WHERE story_id = @From;
                DELETE FROM stories WHERE id = @From;
                """, merge, transaction, cancellationToken: cancellationToken));
        }
        foreach (var assignment in assigned)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE articles SET story_id = @StoryId WHERE id = @ArticleId", assignment, transaction, cancellationToken: cancellationToken));
        }
    }

    public async Task DetachAsync(IStageWork work, long articleId, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await PostgreSqlStageWork.Of(work).OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET story_id = NULL, duplicate_of_id = NULL WHERE id = @articleId", new { articleId }, transaction, cancellationToken: cancellationToken));
    }

    public async Task RefreshStoriesAsync(IStageWork work, IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken)
    {
        if (storyIds.Count == 0) return;
        var (connection, transaction) = await PostgreSqlStageWork.Of(work).OpenAsync(cancellationToken);
        foreach (var id in storyIds)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                DELETE FROM stories WHERE id = @id AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = @id);
                UPDATE stories SET
                    title = (SELECT title FROM articles WHERE story_id = @id ORDER BY duplicate_of_id IS NOT NULL, sort_utc, id LIMIT 1),
                    category_slug = (SELECT category_slug FROM articles WHERE story_id = @id AND category_slug IS NOT NULL
                                     GROUP BY category_slug ORDER BY count(*) DESC, min(sort_utc), category_slug COLLATE "C" LIMIT 1),
                    first_published_at = (SELECT coalesce(published_at, fetched_at) FROM articles WHERE story_id = @id ORDER BY sort_utc, id LIMIT 1),
                    last_published_at = (SELECT coalesce(published_at, fetched_at) FROM articles WHERE story_id = @id ORDER BY sort_utc DESC, id DESC LIMIT 1),
                    first_published_utc = (SELECT min(sort_utc) FROM articles WHERE story_id = @id),
                    last_published_utc = (SELECT max(sort_utc) FROM articles WHERE story_id = @id),
                    article_count = (SELECT count(*) FROM articles WHERE story_id = @id),
                    outlet_count = (SELECT count(DISTINCT coalesce(CAST(source_id AS TEXT), site_name, canonical_url)) FROM articles WHERE story_id = @id),
                    languages = coalesce((SELECT string_agg(DISTINCT language, ',' ORDER BY language) FROM articles
                                          WHERE story_id = @id AND language IS NOT NULL), '')
                WHERE id = @id;
                DELETE FROM story_titles WHERE story_id = @id;
                INSERT INTO story_titles (story_id, language, title)
                SELECT @id, language, title FROM (
                    SELECT language, title, row_number() OVER (PARTITION BY language ORDER BY duplicate_of_id IS NOT NULL, sort_utc, id) AS n
                    FROM articles WHERE story_id = @id AND language IS NOT NULL) AS ranked WHERE n = 1;
                DELETE FROM story_related WHERE (story_id = @id OR earlier_story_id = @id)
                    AND (SELECT last_published_utc FROM stories WHERE id = earlier_story_id)
                        >= (SELECT first_published_utc FROM stories WHERE id = story_related.story_id);
                """, new { id }, transaction, cancellationToken: cancellationToken));
        }
    }

    public async Task SetRelatedAsync(IStageWork work, long storyId, IReadOnlyList<RelatedStory> related, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await PostgreSqlStageWork.Of(work).OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM story_related WHERE story_id = @storyId", new { storyId }, transaction, cancellationToken: cancellationToken));
        foreach (var link in related)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO story_related (story_id, earlier_story_id, score)
                SELECT s.id, e.id, @Score FROM stories s JOIN stories e ON e.id = @StoryId
                WHERE s.id = @story AND e.id <> s.id AND e.last_published_utc < s.first_published_utc
                """, new { story = storyId, link.StoryId, link.Score }, transaction, cancellationToken: cancellationToken));
        }
    }

    public async Task SaveStateAsync(IStageWork work, long nextStoryId, long newest, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await PostgreSqlStageWork.Of(work).OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO understanding_state (key, value) VALUES ('next_story_id', @nextStoryId)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value;
            INSERT INTO understanding_state (key, value) VALUES ('newest', @newest)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value;
            """, new { nextStoryId, newest }, transaction, cancellationToken: cancellationToken));
    }

    public async Task ResetAsync(IStageWork work, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await PostgreSqlStageWork.Of(work).OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE articles SET story_id = NULL, duplicate_of_id = NULL, is_news = NULL, contest_category = NULL,
                language = CASE WHEN language_identified = 1 THEN NULL ELSE language END, language_identified = 0,
                category_slug = CASE WHEN category_classified = 1 THEN NULL ELSE category_slug END, category_classified = 0;
            DELETE FROM story_related;
            DELETE FROM story_titles;
            DELETE FROM stories;
            DELETE FROM understanding_state;
            """, transaction: transaction, cancellationToken: cancellationToken));
    }

#pragma warning disable IDE1006, CA1707 // Dapper maps snake_case columns by name.
    private sealed class Row
    {
        public long id { get; set; }
        public string title { get; set; } = "";
        public string body_text { get; set; } = "";
        public string? language { get; set; }
        public long language_identified { get; set; }
        public string? category_slug { get; set; }
        public long category_classified { get; set; }
        public string canonical_url { get; set; } = "";
        public string? original_url { get; set; }
        public long sort_utc { get; set; }
        public long? story_id { get; set; }
        public long? duplicate_of_id { get; set; }
        public long? seq { get; set; }

        public UnderstoodArticle ToArticle() => new(id, title, body_text, language, language_identified == 1, category_slug,
            category_classified == 1, canonical_url, original_url, sort_utc, story_id, duplicate_of_id);
    }
#pragma warning restore IDE1006, CA1707
}
