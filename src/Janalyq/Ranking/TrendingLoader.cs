using Janalyq.Storage;
using Microsoft.Extensions.Options;

namespace Janalyq.Ranking;

/// <summary>
/// "Актуальное": reads the recently active stories (<see cref="IStoryFeed.RecentActivityAsync"/>), ranks them with
/// <see cref="StoryRanking"/> on the injected clock, applies editors' overrides (<see cref="IStoryOverrides"/>), and
/// reads the cards of the best in the site's language. Two queries, whatever the number of candidates.
/// </summary>
public sealed class TrendingLoader(IStoryFeed feed, IStoryOverrides overrides, IOptions<RankingOptions> options, TimeProvider time)
{
    /// <summary>Lines shown.</summary>
    public const int Size = 6;

    /// <summary>Every candidate, best first, with its score's parts.</summary>
    public async Task<IReadOnlyList<RankedStory>> RankAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var activity = await feed.RecentActivityAsync(now, settings.Window, settings.MaxCandidates, cancellationToken);
        var ranked = StoryRanking.Rank(activity.Select(a => new RankingCandidate(a.Key, a.Articles)), settings, now);
        return StoryRanking.Apply(ranked, await overrides.LoadAsync(cancellationToken));
    }

    /// <param name="language">The site version's language: titles and the articles that stand for the stories are in it when they can be.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <param name="shown">A story the page already shows big (the lead, the article's own story), left out.</param>
    /// <param name="size">Lines wanted.</param>
    public async Task<IReadOnlyList<TrendingItem>> LoadAsync(string language, CancellationToken cancellationToken, StoryKey? shown = null, int size = Size)
    {
        var ranked = (await RankAsync(cancellationToken)).Where(r => r.Candidate.Key != shown).Take(size).ToList();
        var cards = (await feed.CardsAsync(ranked.Select(r => r.Candidate.Key).ToList(), language, cancellationToken)).ToDictionary(c => c.Key);
        return ranked
            .Where(r => cards.ContainsKey(r.Candidate.Key))
            .Select(r => TrendingItem.From(cards[r.Candidate.Key], r.Explanation))
            .ToList();
    }
}
