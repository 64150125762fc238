using System.Globalization;

namespace Janalyq.Ranking;

/// <summary>
/// Why a story has its score: score = (outlet votes + velocity weight × velocity + views weight × ln(1 + views)) ×
/// freshness, freshness = 0.5^(age / half-life). Printed by `./janalyq rank --explain`; the admin area will show it.
/// </summary>
/// <param name="Outlets">Distinct outlets that covered the story.</param>
/// <param name="Votes">Their votes: one per outlet, each its weight (Ranking:OutletWeights, default 1).</param>
/// <param name="RecentOutlets">Outlets with an article in the last velocity span.</param>
/// <param name="EarlierOutlets">Outlets with an article in the span before it.</param>
/// <param name="Velocity">RecentOutlets − EarlierOutlets, at least 0: coverage still spreading.</param>
/// <param name="Views">Reader views, null while the site counts none.</param>
/// <param name="Age">From the story's newest article to the reference time (now, or the newest article stored when that is earlier).</param>
/// <param name="Freshness">0.5^(Age / HalfLife).</param>
/// <param name="Pinned">Placed by an editor (IStoryOverrides), ahead of every score.</param>
public sealed record ScoreExplanation(
    double Score,
    int Outlets,
    double Votes,
    int RecentOutlets,
    int EarlierOutlets,
    double Velocity,
    double VelocityTerm,
    long? Views,
    double ViewsTerm,
    TimeSpan Age,
    double Freshness,
    bool Pinned = false)
{
    /// <summary>One line: "score 2.83 = (votes 3.00 [3 outlets] + velocity 0.50 [2 now, 1 before] + views — ) × freshness 0.71 [age 3.0 h]".</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        string views = Views is long v ? string.Format(c, "{0:0.00} [{1} views]", ViewsTerm, v) : "— [no data]";
        return string.Format(c,
            "{0}score {1:0.000} = (votes {2:0.00} [{3} outlets] + velocity {4:0.00} [{5} now, {6} before] + views {7}) × freshness {8:0.000} [age {9:0.0} h]",
            Pinned ? "pinned; " : "", Score, Votes, Outlets, VelocityTerm, RecentOutlets, EarlierOutlets, views, Freshness, Age.TotalHours);
    }
}

/// <summary>A candidate with its score and the parts of it.</summary>
public sealed record RankedStory(RankingCandidate Candidate, ScoreExplanation Explanation);
