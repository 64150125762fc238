using Janalyq.Storage;

namespace Janalyq.Ranking;

/// <summary>
/// One line of "Актуальное": a story (or an article in no story yet), its title in the site's language, its outlets and
/// languages, the article that stands for it, and why it is where it is.
/// </summary>
public sealed record TrendingItem(
    StoryKey Key,
    string Title,
    long ArticleId,
    int Outlets,
    IReadOnlyList<string> Languages,
    string? CategorySlug,
    DateTimeOffset? At,
    ScoreExplanation Explanation)
{
    /// <summary>Whether the line leads to the story's page (a story several outlets covered) rather than to the article.</summary>
    public bool LinksStory => Key.StoryId is not null && Outlets > 1;

    public static TrendingItem From(StoryCard card, ScoreExplanation explanation) => new(
        card.Key, card.StoryTitle ?? card.Article.Title, card.Article.Id, card.OutletCount, card.Languages, card.CategorySlug,
        card.LastPublishedAt, explanation);
}
