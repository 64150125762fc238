namespace Janalyq.Ranking;

/// <summary>One line of "Актуальное": a story (linked to its page) or, before stories exist, an article.</summary>
public sealed record TrendingItem(string Title, long? StoryId, long? ArticleId, int Coverage, string? CategorySlug, DateTimeOffset? At);
