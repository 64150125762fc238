using Janalyq.Storage;

namespace Janalyq.Ranking;

/// <summary>
/// "Актуальное": reads the candidates (the stories most recently active, else the latest articles while the story
/// table is empty) and ranks them with <see cref="TrendingRanking"/>.
/// </summary>
public sealed class TrendingLoader(IStoryRepository stories, IArticleRepository articles)
{
    /// <summary>Lines shown.</summary>
    public const int Size = 6;

    /// <summary>How many recently active stories compete for a place.</summary>
    public const int Candidates = 30;

    /// <param name="cancellationToken">Cancels the repository reads.</param>
    /// <param name="shownArticleId">An article the page already shows big (the lead, the article itself), left out of the fallback.</param>
    public async Task<IReadOnlyList<TrendingItem>> LoadAsync(CancellationToken cancellationToken, long? shownArticleId = null)
    {
        var recent = await stories.LatestAsync(Candidates, cancellationToken);
        if (recent.Count > 0) return TrendingRanking.RankStories(recent, Size);
        var latest = await articles.LatestAsync(new ArticleQuery { Limit = Size + 1 }, cancellationToken);
        return TrendingRanking.LatestArticles(latest, shownArticleId, Size);
    }
}
