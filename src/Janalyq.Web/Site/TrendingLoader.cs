using Janalyq.Storage;

namespace Janalyq.Web.Site;

/// <summary>One line of "Актуальное": a story (linked to its page) or, before stories exist, an article.</summary>
public sealed record TrendingItem(string Title, long? StoryId, long? ArticleId, int Coverage, string? CategorySlug, DateTimeOffset? At);

/// <summary>
/// "Актуальное": among the stories most recently active, the most covered first. Falls back to the latest
/// articles while stories are not yet built (an empty story table).
/// </summary>
public sealed class TrendingLoader(IStoryRepository stories, IArticleRepository articles)
{
    public const int Size = 6;

    /// <summary>How many recently active stories compete for a place.</summary>
    private const int Candidates = 30;

    /// <param name="shownArticleId">An article the page already shows big (the lead, the article itself), left out of the fallback.</param>
    public async Task<IReadOnlyList<TrendingItem>> LoadAsync(CancellationToken cancellationToken, long? shownArticleId = null)
    {
        var recent = await stories.LatestAsync(Candidates, cancellationToken);
        if (recent.Count > 0)
        {
            return recent
                .OrderByDescending(s => s.ArticleCount)
                .ThenByDescending(s => s.LastPublishedAt)
                .Take(Size)
                .Select(s => new TrendingItem(s.Title, s.Id, null, s.ArticleCount, s.CategorySlug, s.LastPublishedAt))
                .ToList();
        }
        var latest = await articles.LatestAsync(new ArticleQuery { Limit = Size + 1 }, cancellationToken);
        return latest
            .Where(a => a.Id != shownArticleId)
            .Take(Size)
            .Select(a => new TrendingItem(a.Title, null, a.Id, 1, a.CategorySlug, a.PublishedAt))
            .ToList();
    }
}
