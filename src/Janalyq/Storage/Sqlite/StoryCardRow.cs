namespace Janalyq.Storage.Sqlite;

#pragma warning disable IDE1006, CA1707 // Column names as the queries name them: Dapper maps them by name.
/// <summary>
/// One article of a story listed by <see cref="SqliteStoryFeed"/>: g is the story's key in SQL (the story's id, or minus
/// the article's id for an article in no story), ord the story's place in the list.
/// </summary>
internal sealed class StoryCardRow
{
    public long? g { get; set; }
    public long ord { get; set; }
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
    public long? duplicate_of_id { get; set; }
    public long sort_utc { get; set; }
    public string outlet { get; set; } = "";
    public string? story_title { get; set; }
    public string? language_title { get; set; }
    public string? story_category { get; set; }

    /// <summary>Columns of the stats row that heads a paged list (how far the scan went), else 0.</summary>
    public long scanned { get; set; }
    public long groups { get; set; }

    /// <summary>
    /// Selects these columns for the articles a, with sources s, stories st and the story's title in @language t
    /// joined (<see cref="Joins"/>).
    /// </summary>
    public const string Columns = """
        a.id, a.title, a.lead, a.published_at, a.image_url, a.category_slug, a.language, a.source_id,
        coalesce(s.name, a.site_name) AS source_name, a.story_id, a.duplicate_of_id, a.sort_utc,
        coalesce(s.slug, 'site:' || a.site_name, 'article:' || a.id) AS outlet,
        st.title AS story_title, t.title AS language_title, st.category_slug AS story_category
        """;

    public const string Joins = """
        LEFT JOIN sources s ON s.id = a.source_id
        LEFT JOIN stories st ON st.id = a.story_id
        LEFT JOIN story_titles t ON t.story_id = a.story_id AND t.language = @language
        """;

    /// <summary>Listable articles only: news or not yet understood.</summary>
    public const string IsNews = "(a.is_news IS NULL OR a.is_news <> 0)";

    /// <summary>
    /// The CTE "members" (g, ord, article_id): every article of the stories in a CTE "keys" (g, ord); a lone
    /// article's members are itself and its copies that are in no story.
    /// </summary>
    public const string Members = """
        members AS (
            SELECT k.g, k.ord, a.id AS article_id FROM keys k JOIN articles a ON a.story_id = k.g WHERE k.g > 0
            UNION ALL
            SELECT k.g, k.ord, a.id FROM keys k JOIN articles a ON a.id = -k.g WHERE k.g < 0
            UNION ALL
            SELECT k.g, k.ord, a.id FROM keys k JOIN articles a ON a.duplicate_of_id = -k.g WHERE k.g < 0 AND a.story_id IS NULL
        )
        """;

    /// <summary>The select over "members" that gives these rows.</summary>
    public const string FromMembers = $"""
        SELECT m.g, m.ord, {Columns}
        FROM members m JOIN articles a ON a.id = m.article_id
        {Joins}
        WHERE {IsNews}
        """;

    public StoryKey Key => g > 0 ? StoryKey.OfStory(g.Value) : StoryKey.OfArticle(-g!.Value);

    public DateTimeOffset? PublishedAt => StoredTime.Read(published_at);

    public ArticleMention ToMention() => new(id, title, language, PublishedAt, source_name, duplicate_of_id);

    /// <summary>
    /// The cards of <paramref name="rows"/> in their order: for each story, its original in <paramref name="language"/>
    /// when it has one, else its earliest original; stories with no original listed are left out.
    /// </summary>
    public static IReadOnlyList<StoryCard> Cards(IEnumerable<StoryCardRow> rows, string language)
    {
        var cards = new List<StoryCard>();
        foreach (var story in rows.Where(r => r.g is not null).GroupBy(r => r.g!.Value).OrderBy(s => s.First().ord))
        {
            var shown = story
                .Where(r => r.duplicate_of_id is null)
                .OrderByDescending(r => r.language == language)
                .ThenBy(r => r.sort_utc)
                .ThenBy(r => r.id)
                .FirstOrDefault();
            if (shown is null) continue;
            string? category = shown.category_slug ?? shown.story_category ?? story.Select(r => r.category_slug).FirstOrDefault(c => c is not null);
            var article = new ArticleListItem(shown.id, shown.title, shown.lead, shown.PublishedAt, shown.image_url, category,
                shown.language, shown.source_id, shown.source_name, shown.story_id);
            cards.Add(new StoryCard(
                shown.Key,
                article,
                shown.story_id is null ? null : shown.language_title ?? (shown.language == language ? shown.title : shown.story_title),
                category,
                story.Select(r => r.outlet).Distinct(StringComparer.Ordinal).Count(),
                Languages(story),
                story.Max(r => r.PublishedAt)));
        }
        return cards;
    }

    public static IReadOnlyList<string> Languages(IEnumerable<StoryCardRow> rows) =>
        rows.Select(r => r.language).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
#pragma warning restore IDE1006, CA1707
