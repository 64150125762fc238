using Dapper;
using Janalyq.Storage.Sqlite;

namespace Janalyq.Storage.PostgreSql;

/// <summary>
/// The site's lists in PostgreSQL (<see cref="IStoryFeed"/>), the same queries as SQLite's (the rows and card rules are
/// <see cref="StoryCardRow"/>, shared) but for a few functions: unnest for a list of keys, least, IS DISTINCT FROM. A paged list reads the newest listable articles through the
/// time index (ix_articles_sort, or ix_articles_category_sort for a category) only as far as it needs to find the
/// stories of its page, then each of those stories' articles through ix_articles_story: the cost follows the page, not
/// the table.
/// </summary>
public sealed class PostgreSqlStoryFeed(PostgreSqlConnectionFactory connections) : IStoryFeed
{
    /// <summary>Articles read per story wanted on the first try; stories of many articles need a longer read.</summary>
    private const int ScanPerStory = 8;

    private const int MaxScanRounds = 4;

    public async Task<IReadOnlyList<StoryCard>> LatestAsync(StoryListQuery query, CancellationToken cancellationToken)
    {
        string filter = query.Uncategorised
            ? "AND (a.category_slug IS NULL OR a.category_slug = 'other')"
            : query.CategorySlug is null ? "" : "AND a.category_slug = @category";
        string sql = $"""
            WITH scan AS (
                SELECT coalesce(a.story_id, -a.id) AS g, a.sort_utc, a.id
                FROM articles a
                WHERE a.duplicate_of_id IS NULL AND {StoryCardRow.IsNews} {filter}
                ORDER BY a.sort_utc DESC, a.id DESC
                LIMIT @scan
            ),
            stats AS (SELECT count(*) AS scanned, count(DISTINCT g) AS groups FROM scan),
            keys AS (
                SELECT g, row_number() OVER (ORDER BY max(sort_utc) DESC, max(id) DESC) AS ord
                FROM scan GROUP BY g
                ORDER BY ord LIMIT @limit OFFSET @offset
            ),
            {StoryCardRow.Members},
            listed AS ({StoryCardRow.FromMembers})
            SELECT stats.scanned, stats.groups, listed.* FROM stats LEFT JOIN listed ON 1 = 1
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        int wanted = query.Offset + query.Limit;
        int scan = wanted * ScanPerStory + 64;
        for (int round = 1; ; round++)
        {
            var rows = (await connection.QueryAsync<StoryCardRow>(new CommandDefinition(sql, new
            {
                category = query.CategorySlug,
                language = query.Language,
                scan,
                limit = query.Limit,
                offset = query.Offset,
            }, cancellationToken: cancellationToken))).ToList();
            var stats = rows[0];
            // The read stopped at its limit before it met every story the page needs: read further.
            if (stats.scanned == scan && stats.groups < wanted && round < MaxScanRounds)
            {
                scan *= ScanPerStory;
                continue;
            }
            return StoryCardRow.Cards(rows, query.Language);
        }
    }

    public async Task<IReadOnlyList<StoryCard>> CardsAsync(IReadOnlyList<StoryKey> keys, string language, CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return [];
        long[] codes = keys.Select(k => k.StoryId ?? -k.ArticleId!.Value).ToArray();
        string sql = $"""
            WITH keys AS (SELECT k.g, k.ord FROM unnest(@codes) WITH ORDINALITY AS k(g, ord)),
            {StoryCardRow.Members}
            {StoryCardRow.FromMembers}
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StoryCardRow>(new CommandDefinition(sql, new { codes, language }, cancellationToken: cancellationToken));
        return StoryCardRow.Cards(rows, language);
    }

    public async Task<IReadOnlyList<StoryActivity>> RecentActivityAsync(
        DateTimeOffset now, TimeSpan window, int maxStories, CancellationToken cancellationToken)
    {
        string sql = $"""
            WITH anchor AS (SELECT least(@now, coalesce(max(sort_utc), @now)) - @window AS since FROM articles),
            recent AS (
                SELECT id FROM stories WHERE last_published_utc >= (SELECT since FROM anchor)
                ORDER BY last_published_utc DESC LIMIT @max
            ),
            lone AS (
                SELECT a.id FROM articles a
                WHERE a.story_id IS NULL AND a.duplicate_of_id IS NULL AND {StoryCardRow.IsNews}
                  AND a.sort_utc >= (SELECT since FROM anchor)
                ORDER BY a.sort_utc DESC LIMIT @max
            ),
            keys AS (SELECT id AS g, 0 AS ord FROM recent UNION ALL SELECT -id, 0 FROM lone),
            {StoryCardRow.Members}
            SELECT m.g, a.id, coalesce(s.slug, 'site:' || a.site_name, 'article:' || a.id) AS outlet, a.sort_utc
            FROM members m JOIN articles a ON a.id = m.article_id
            LEFT JOIN sources s ON s.id = a.source_id
            WHERE {StoryCardRow.IsNews}
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long G, long Id, string Outlet, long SortUtc)>(new CommandDefinition(sql, new
        {
            now = StoredTime.SortKey(now),
            window = (long)window.TotalMilliseconds,
            max = maxStories,
        }, cancellationToken: cancellationToken));
        return rows
            .GroupBy(r => r.G)
            .Select(story => new StoryActivity(
                story.Key > 0 ? StoryKey.OfStory(story.Key) : StoryKey.OfArticle(-story.Key),
                story.Select(r => new ActivityArticle(r.Id, r.Outlet, DateTimeOffset.FromUnixTimeMilliseconds(r.SortUtc))).ToList()))
            .ToList();
    }

    public async Task<StoryTimeline?> TimelineAsync(long storyId, string language, CancellationToken cancellationToken)
    {
        string sql = $"""
            SELECT st.id AS story_id, st.title AS story_title, t.title AS language_title, st.category_slug AS story_category,
                   st.first_published_at, st.last_published_at,
                   a.id, a.title, a.language, a.published_at, coalesce(s.name, a.site_name) AS source_name, a.duplicate_of_id,
                   coalesce(s.slug, 'site:' || a.site_name, 'article:' || a.id) AS outlet
            FROM stories st
            LEFT JOIN story_titles t ON t.story_id = st.id AND t.language = @language
            LEFT JOIN articles a ON a.story_id = st.id AND {StoryCardRow.IsNews}
            LEFT JOIN sources s ON s.id = a.source_id
            WHERE st.id = @storyId
            ORDER BY a.sort_utc, a.id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<TimelineRow>(new CommandDefinition(sql, new { storyId, language }, cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0) return null;
        var head = rows[0];
        var articles = rows.Where(r => r.id is not null).ToList();
        var mentions = articles.Select(r => r.ToMention()).ToList();
        var present = mentions.Select(m => m.Id).ToHashSet();
        var copies = mentions.Where(m => m.DuplicateOfId is long original && present.Contains(original)).ToLookup(m => m.DuplicateOfId!.Value);
        var entries = mentions
            .Where(m => m.DuplicateOfId is not long original || !present.Contains(original))
            .Select(m => new TimelineEntry(m, copies[m.Id].ToList()))
            .ToList();
        // The story's title in the page's language; else its article in that language's; else its own.
        string title = head.language_title
            ?? mentions.FirstOrDefault(m => m.Language == language && m.DuplicateOfId is null)?.Title
            ?? head.story_title ?? "";
        return new StoryTimeline(
            head.story_id,
            title,
            head.story_category,
            StoredTime.Read(head.first_published_at)!.Value,
            StoredTime.Read(head.last_published_at)!.Value,
            articles.Select(r => r.outlet).Distinct(StringComparer.Ordinal).Count(),
            articles.Select(r => r.language).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            entries);
    }

    public async Task<IReadOnlyList<ArticleMention>> AlsoPublishedAsync(long articleId, CancellationToken cancellationToken)
    {
        const string Sql = """
            WITH me AS (SELECT coalesce(duplicate_of_id, id) AS original FROM articles WHERE id = @articleId),
            family AS (
                SELECT id FROM articles WHERE id = (SELECT original FROM me)
                UNION
                SELECT id FROM articles WHERE duplicate_of_id = (SELECT original FROM me)
            )
            SELECT a.id, a.title, a.language, a.published_at, coalesce(s.name, a.site_name) AS source_name, a.duplicate_of_id
            FROM family f JOIN articles a ON a.id = f.id LEFT JOIN sources s ON s.id = a.source_id
            WHERE a.id <> @articleId
            ORDER BY a.sort_utc, a.id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TimelineRow>(new CommandDefinition(Sql, new { articleId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToMention()).ToList();
    }

    public async Task<IReadOnlyList<ArticleMention>> OtherLanguagesAsync(long articleId, CancellationToken cancellationToken)
    {
        string sql = $"""
            SELECT a.id, a.title, a.language, a.published_at, coalesce(s.name, a.site_name) AS source_name, a.duplicate_of_id
            FROM articles me
            JOIN articles a ON a.story_id = me.story_id AND a.id <> me.id
            LEFT JOIN sources s ON s.id = a.source_id
            WHERE me.id = @articleId AND a.language IS NOT NULL AND a.language IS DISTINCT FROM me.language AND {StoryCardRow.IsNews}
            ORDER BY a.duplicate_of_id IS NULL DESC, a.sort_utc, a.id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TimelineRow>(new CommandDefinition(sql, new { articleId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToMention()).DistinctBy(m => m.Language).OrderBy(m => m.Language, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<StoryCard>> EarlierAsync(long articleId, string language, int limit, CancellationToken cancellationToken)
    {
        // story_related promises earlier stories only; the page checks it again against the articles themselves, so
        // that a link written wrongly (or a story that grew since) never shows a later story as "earlier".
        string sql = $"""
            WITH me AS (SELECT story_id, sort_utc FROM articles WHERE id = @articleId),
            keys AS (
                SELECT r.earlier_story_id AS g, row_number() OVER (ORDER BY r.score DESC, r.earlier_story_id DESC) AS ord
                FROM story_related r
                WHERE r.story_id = (SELECT story_id FROM me) AND r.earlier_story_id <> r.story_id
                  AND NOT EXISTS (SELECT 1 FROM articles x WHERE x.story_id = r.earlier_story_id AND x.sort_utc >= (SELECT sort_utc FROM me))
                ORDER BY ord LIMIT @limit
            ),
            {StoryCardRow.Members}
            {StoryCardRow.FromMembers}
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StoryCardRow>(new CommandDefinition(sql, new { articleId, language, limit }, cancellationToken: cancellationToken));
        return StoryCardRow.Cards(rows, language);
    }

#pragma warning disable IDE1006, CA1707 // Dapper maps snake_case columns by name.
    private sealed class TimelineRow
    {
        public long story_id { get; set; }
        public string? story_title { get; set; }
        public string? language_title { get; set; }
        public string? story_category { get; set; }
        public string first_published_at { get; set; } = "";
        public string last_published_at { get; set; } = "";
        public long? id { get; set; }
        public string title { get; set; } = "";
        public string? language { get; set; }
        public string? published_at { get; set; }
        public string? source_name { get; set; }
        public long? duplicate_of_id { get; set; }
        public string outlet { get; set; } = "";

        public ArticleMention ToMention() => new(id!.Value, title, language, StoredTime.Read(published_at), source_name, duplicate_of_id);
    }
#pragma warning restore IDE1006, CA1707
}
