namespace Janalyq.Ranking;

/// <summary>
/// The order of "Актуальное", with no I/O: one vote per outlet (however many articles it wrote, as the Telegram
/// Data Clustering Contest's winner counted), weighted per outlet, plus velocity and (later) reader views, times
/// freshness. Every score comes with its parts (<see cref="ScoreExplanation"/>).
/// </summary>
public static class StoryRanking
{
    /// <summary>
    /// Every candidate with articles, best first (ties: the more recently active, then the more outlets). Ages are
    /// counted to <paramref name="now"/>, or to the newest candidate article when that is earlier, so that a portal
    /// whose feeds paused still orders its stories (the order is the same; only the scale of the scores differs).
    /// </summary>
    public static IReadOnlyList<RankedStory> Rank(IEnumerable<RankingCandidate> candidates, RankingOptions options, DateTimeOffset now)
    {
        var withArticles = candidates.Where(c => c.Articles.Count > 0).ToList();
        if (withArticles.Count == 0) return [];
        var newest = withArticles.Max(c => c.Articles.Max(a => a.At));
        var reference = newest < now ? newest : now;
        return withArticles
            .Select(c => new RankedStory(c, Explain(c, options, reference)))
            .OrderByDescending(r => r.Explanation.Score)
            .ThenByDescending(r => r.Candidate.Articles.Max(a => a.At))
            .ThenByDescending(r => r.Explanation.Outlets)
            .ThenBy(r => r.Candidate.Key.StoryId is null)
            .ThenByDescending(r => r.Candidate.Key.StoryId ?? r.Candidate.Key.ArticleId)
            .ToList();
    }

    /// <summary>The score of one candidate at <paramref name="reference"/>, with its parts.</summary>
    public static ScoreExplanation Explain(RankingCandidate candidate, RankingOptions options, DateTimeOffset reference)
    {
        var outlets = candidate.Articles.Select(a => a.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        double votes = outlets.Sum(options.WeightOf);

        var recentFrom = reference - options.VelocitySpan;
        var earlierFrom = recentFrom - options.VelocitySpan;
        int recent = OutletsBetween(candidate, recentFrom, DateTimeOffset.MaxValue);
        int earlier = OutletsBetween(candidate, earlierFrom, recentFrom);
        double velocity = Math.Max(0, recent - earlier);
        double velocityTerm = options.VelocityWeight * velocity;

        double viewsTerm = candidate.Views is long views && views > 0 ? options.ViewsWeight * Math.Log(1 + views) : 0;

        var age = reference - candidate.Articles.Max(a => a.At);
        if (age < TimeSpan.Zero) age = TimeSpan.Zero;
        double freshness = Math.Pow(0.5, age / options.HalfLife);

        double score = (votes + velocityTerm + viewsTerm) * freshness;
        return new ScoreExplanation(score, outlets.Count, votes, recent, earlier, velocity, velocityTerm, candidate.Views, viewsTerm, age, freshness);
    }

    /// <summary>
    /// <paramref name="ranked"/> as editors want it: hidden stories left out, pinned ones first in their pinned order
    /// (those that are candidates keep their explanation, marked pinned).
    /// </summary>
    public static IReadOnlyList<RankedStory> Apply(IReadOnlyList<RankedStory> ranked, StoryOverrides overrides)
    {
        if (overrides.Pinned.Count == 0 && overrides.Hidden.Count == 0) return ranked;
        var byKey = ranked.ToDictionary(r => r.Candidate.Key);
        var pinned = overrides.Pinned
            .Where(k => !overrides.Hidden.Contains(k))
            .Distinct()
            .Select(k => byKey.TryGetValue(k, out var r)
                ? r with { Explanation = r.Explanation with { Pinned = true } }
                : new RankedStory(new RankingCandidate(k, []), new ScoreExplanation(0, 0, 0, 0, 0, 0, 0, null, 0, TimeSpan.Zero, 0, Pinned: true)))
            .ToList();
        var pinnedKeys = pinned.Select(p => p.Candidate.Key).ToHashSet();
        return pinned.Concat(ranked.Where(r => !pinnedKeys.Contains(r.Candidate.Key) && !overrides.Hidden.Contains(r.Candidate.Key))).ToList();
    }

    private static int OutletsBetween(RankingCandidate candidate, DateTimeOffset from, DateTimeOffset until) =>
        candidate.Articles.Where(a => a.At >= from && a.At < until).Select(a => a.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}
