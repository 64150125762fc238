using Janalyq.Storage;

namespace Janalyq.Ranking;

/// <summary>
/// The order of "Актуальное", with no I/O: among candidate stories the most covered (most articles) first, the
/// more recently active first among equals; before stories exist, the latest articles as they come.
/// </summary>
public static class TrendingRanking
{
    /// <summary>The <paramref name="size"/> best of <paramref name="candidates"/>, best first.</summary>
    public static IReadOnlyList<TrendingItem> RankStories(IEnumerable<Story> candidates, int size) =>
        candidates
            .OrderByDescending(s => s.ArticleCount)
            .ThenByDescending(s => s.LastPublishedAt)
            .Take(size)
            .Select(s => new TrendingItem(s.Title, s.Id, null, s.ArticleCount, s.CategorySlug, s.LastPublishedAt))
            .ToList();

    /// <summary>
    /// The fallback while no story is built: the first <paramref name="size"/> of <paramref name="latest"/> (newest
    /// first, as the repository lists them), without the article the page already shows big.
    /// </summary>
    public static IReadOnlyList<TrendingItem> LatestArticles(IEnumerable<ArticleListItem> latest, long? shownArticleId, int size) =>
        latest
            .Where(a => a.Id != shownArticleId)
            .Take(size)
            .Select(a => new TrendingItem(a.Title, null, a.Id, 1, a.CategorySlug, a.PublishedAt))
            .ToList();
}
