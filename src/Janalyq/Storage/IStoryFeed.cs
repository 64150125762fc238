namespace Janalyq.Storage;

/// <summary>
/// What the site lists, one card per story: an article in no story yet is a story of one (with its copies), a copy
/// (duplicate_of_id set) is never a card of its own, and an article understood as not news (is_news = 0) is in no list.
/// Reads what the understanding stage writes (stories, story_titles, story_related, the articles' copy and news
/// columns); each method is one query, whatever the number of stories it returns.
/// </summary>
public interface IStoryFeed
{
    /// <summary>Cards newest first (by each story's newest article in the filter), paged; the card's article is chosen as <see cref="StoryCard"/> says.</summary>
    Task<IReadOnlyList<StoryCard>> LatestAsync(StoryListQuery query, CancellationToken cancellationToken);

    /// <summary>The cards of <paramref name="keys"/>, in their order; keys that name nothing listable are left out.</summary>
    Task<IReadOnlyList<StoryCard>> CardsAsync(IReadOnlyList<StoryKey> keys, string language, CancellationToken cancellationToken);

    /// <summary>
    /// The stories active in the <paramref name="window"/> before the newest article stored (or before
    /// <paramref name="now"/> when articles are dated later), at most <paramref name="maxStories"/> stories and as many
    /// lone articles, with every article (copies included) that counts for the ranking of "Актуальное".
    /// </summary>
    Task<IReadOnlyList<StoryActivity>> RecentActivityAsync(DateTimeOffset now, TimeSpan window, int maxStories, CancellationToken cancellationToken);

    /// <summary>A story with its articles oldest first, copies under their original; null when there is no such story.</summary>
    Task<StoryTimeline?> TimelineAsync(long storyId, string language, CancellationToken cancellationToken);

    /// <summary>The article's copy family, the article itself left out: its original and the original's other copies, oldest first.</summary>
    Task<IReadOnlyList<ArticleMention>> AlsoPublishedAsync(long articleId, CancellationToken cancellationToken);

    /// <summary>The same story in other languages than the article's: one article per language (an original, the earliest).</summary>
    Task<IReadOnlyList<ArticleMention>> OtherLanguagesAsync(long articleId, CancellationToken cancellationToken);

    /// <summary>
    /// "Ранее…": the cards of the earlier stories linked to the article's story (story_related, strongest first), never
    /// the same story and never one active after the article was published; none when the article is in no story.
    /// </summary>
    Task<IReadOnlyList<StoryCard>> EarlierAsync(long articleId, string language, int limit, CancellationToken cancellationToken);
}

/// <summary>A story, or an article in no story yet (a story of one, with its copies).</summary>
public readonly record struct StoryKey(long? StoryId, long? ArticleId)
{
    public static StoryKey OfStory(long id) => new(id, null);

    public static StoryKey OfArticle(long id) => new(null, id);

    public override string ToString() => StoryId is long s ? "story " + s : "article " + ArticleId;
}

/// <summary>A filter for a list of cards.</summary>
public sealed record StoryListQuery
{
    /// <summary>The site version's language: the card shows the story's article in it when there is one.</summary>
    public required string Language { get; init; }

    /// <summary>Only stories with an article in this site category.</summary>
    public string? CategorySlug { get; init; }

    /// <summary>Only stories with an article that has no site category yet (shown in the site's "other" place).</summary>
    public bool Uncategorised { get; init; }

    public int Limit { get; init; } = 20;

    /// <summary>Cards to skip (paging).</summary>
    public int Offset { get; init; }
}

/// <summary>
/// One card of a list. <paramref name="Article"/> is the story's article in the list's language when it has one, else
/// its earliest (originals only, news only); <paramref name="StoryTitle"/> is the story's title in that language
/// (story_titles), else that article's title when it is in that language, else the story's title; null for a lone article.
/// </summary>
/// <param name="OutletCount">Distinct outlets among the story's articles, copies included.</param>
/// <param name="Languages">The story's languages (ISO 639-1), sorted.</param>
public sealed record StoryCard(
    StoryKey Key,
    ArticleListItem Article,
    string? StoryTitle,
    string? CategorySlug,
    int OutletCount,
    IReadOnlyList<string> Languages,
    DateTimeOffset? LastPublishedAt);

/// <summary>An article named on another's page: in "also published by", a timeline, a link to another language.</summary>
public sealed record ArticleMention(
    long Id, string Title, string? Language, DateTimeOffset? PublishedAt, string? SourceName, long? DuplicateOfId);

/// <summary>A story's articles for its page: oldest first, each original with its copies ("also published by").</summary>
public sealed record StoryTimeline(
    long Id,
    string Title,
    string? CategorySlug,
    DateTimeOffset FirstPublishedAt,
    DateTimeOffset LastPublishedAt,
    int OutletCount,
    IReadOnlyList<string> Languages,
    IReadOnlyList<TimelineEntry> Entries);

public sealed record TimelineEntry(ArticleMention Article, IReadOnlyList<ArticleMention> Copies);

/// <summary>A story's articles as the ranking counts them.</summary>
public sealed record StoryActivity(StoryKey Key, IReadOnlyList<ActivityArticle> Articles);

/// <param name="Outlet">The outlet's identity: its slug, else the page's site name, else the article itself.</param>
public sealed record ActivityArticle(long Id, string Outlet, DateTimeOffset At);
