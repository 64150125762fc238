using Janalyq.Ranking;
using Janalyq.Storage;

namespace Janalyq.Tests.Ranking;

/// <summary>The score of "Актуальное" and its parts, on a fixed clock: a pure function of the candidates.</summary>
public class StoryRankingTests
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(5));

    private static readonly RankingOptions Defaults = new();

    [Fact]
    public void Three_outlets_beat_one_outlet_that_writes_ten_articles()
    {
        var busy = Candidate(1, Enumerable.Range(0, 10).Select(i => ("dala-info", 0.1 * i)).ToArray());
        var covered = Candidate(2, ("dala-info", 0.5), ("kapital", 0.6), ("steppe-times", 0.7));

        var ranked = StoryRanking.Rank([busy, covered], Defaults, Now);

        Assert.Equal([2L, 1L], ranked.Select(r => r.Candidate.Key.StoryId!.Value));
        var one = ranked[1].Explanation;
        Assert.Equal(1, one.Outlets);
        Assert.Equal(1, one.Votes);
        Assert.Equal(1, one.RecentOutlets);
        Assert.Equal(3, ranked[0].Explanation.Outlets);
        Assert.Equal(3, ranked[0].Explanation.Votes);
    }

    [Fact]
    public void Freshness_halves_with_every_half_life()
    {
        var story = Candidate(1, ("a", 0), ("b", 0));

        var now = StoryRanking.Explain(story, Defaults, Now);
        var later = StoryRanking.Explain(story, Defaults, Now.AddHours(6));
        var much = StoryRanking.Explain(story, Defaults, Now.AddHours(12));

        Assert.Equal(1.0, now.Freshness, 9);
        Assert.Equal(0.5, later.Freshness, 9);
        Assert.Equal(0.25, much.Freshness, 9);
        Assert.Equal(TimeSpan.FromHours(12), much.Age);
        // The outlets' votes stay; only their weight in time fades (velocity is gone once the span has passed).
        Assert.Equal(2, much.Votes);
        Assert.Equal(2 * 0.25, much.Score, 9);
        Assert.Equal((2 + 0.5 * 2) * 1.0, now.Score, 9);
    }

    [Fact]
    public void A_fresher_story_of_equal_coverage_ranks_first_and_a_half_life_setting_changes_by_how_much()
    {
        var older = Candidate(1, ("a", 10), ("b", 10), ("c", 10), ("d", 10));
        var fresher = Candidate(2, ("a", 1), ("b", 1));

        var halfDay = StoryRanking.Rank([older, fresher], new RankingOptions { HalfLife = TimeSpan.FromHours(12), VelocityWeight = 0 }, Now);
        var quarter = StoryRanking.Rank([older, fresher], new RankingOptions { HalfLife = TimeSpan.FromHours(3), VelocityWeight = 0 }, Now);

        // Ages count to the newest article, an hour ago. 12 h: 4 × 0.5^(9/12) = 2.38 beats 2; 3 h: 4 × 0.5^3 = 0.5 loses to 2.
        Assert.Equal([1L, 2L], halfDay.Select(r => r.Candidate.Key.StoryId!.Value));
        Assert.Equal([2L, 1L], quarter.Select(r => r.Candidate.Key.StoryId!.Value));
    }

    [Fact]
    public void Velocity_counts_outlets_new_in_the_last_span_beyond_those_of_the_span_before()
    {
        // Both have three outlets and their newest article at the same time; one is spreading now, the other was.
        var spreading = Candidate(1, ("a", 2.5), ("b", 1), ("c", 0.2));
        var settled = Candidate(2, ("a", 5), ("b", 4), ("c", 0.2));

        var ranked = StoryRanking.Rank([spreading, settled], Defaults, Now);

        Assert.Equal([1L, 2L], ranked.Select(r => r.Candidate.Key.StoryId!.Value));
        var fast = ranked[0].Explanation;
        Assert.Equal((3, 0, 3.0, 1.5), (fast.RecentOutlets, fast.EarlierOutlets, fast.Velocity, fast.VelocityTerm));
        var slow = ranked[1].Explanation;
        Assert.Equal((1, 2, 0.0, 0.0), (slow.RecentOutlets, slow.EarlierOutlets, slow.Velocity, slow.VelocityTerm));
    }

    [Fact]
    public void Outlet_weights_change_an_outlets_vote_and_zero_silences_it()
    {
        var options = new RankingOptions { VelocityWeight = 0 };
        options.OutletWeights["wire"] = 0;
        options.OutletWeights["Tengri"] = 2.5;

        var why = StoryRanking.Explain(Candidate(1, ("wire", 0), ("tengri", 0), ("other", 0)), options, Now);

        Assert.Equal(3, why.Outlets);
        Assert.Equal(3.5, why.Votes, 9);
        Assert.Equal(3.5, why.Score, 9);
    }

    [Fact]
    public void Reader_views_are_a_term_left_out_while_there_are_none()
    {
        var options = new RankingOptions { VelocityWeight = 0, ViewsWeight = 1 };
        var story = Candidate(1, ("a", 0));

        var without = StoryRanking.Explain(story, options, Now);
        var with = StoryRanking.Explain(story with { Views = 100 }, options, Now);
        var byDefault = StoryRanking.Explain(story with { Views = 100 }, Defaults, Now);

        Assert.Null(without.Views);
        Assert.Equal(0, without.ViewsTerm);
        Assert.Equal(Math.Log(101), with.ViewsTerm, 9);
        Assert.Equal(1 + Math.Log(101), with.Score, 9);
        Assert.Equal(0, byDefault.ViewsTerm); // Ranking:ViewsWeight is 0 until the site counts views
    }

    [Fact]
    public void Ages_count_to_the_newest_article_when_the_feeds_paused()
    {
        var a = Candidate(1, ("a", 0), ("b", 0));
        var b = Candidate(2, ("a", 6), ("b", 6), ("c", 6));

        // A week without news: the same order as a week ago, and the newest story is fresh, not 0.5^28.
        var ranked = StoryRanking.Rank([a, b], Defaults, Now.AddDays(7));

        Assert.Equal([1L, 2L], ranked.Select(r => r.Candidate.Key.StoryId!.Value));
        Assert.Equal(1.0, ranked[0].Explanation.Freshness, 9);
        Assert.Equal(0.5, ranked[1].Explanation.Freshness, 9);
    }

    [Fact]
    public void Pinned_stories_come_first_in_order_and_hidden_ones_never()
    {
        var ranked = StoryRanking.Rank([Candidate(1, ("a", 0)), Candidate(2, ("a", 1)), Candidate(3, ("a", 2))], Defaults, Now);
        var overrides = new StoryOverrides([StoryKey.OfStory(3), StoryKey.OfStory(9)], new HashSet<StoryKey> { StoryKey.OfStory(1) });

        var shown = StoryRanking.Apply(ranked, overrides);

        Assert.Equal([3L, 9L, 2L], shown.Select(r => r.Candidate.Key.StoryId!.Value));
        Assert.True(shown[0].Explanation.Pinned);
        Assert.False(shown[2].Explanation.Pinned);
        Assert.Same(ranked, StoryRanking.Apply(ranked, StoryOverrides.None));
    }

    [Fact]
    public void An_explanation_prints_every_part()
    {
        var why = StoryRanking.Explain(Candidate(1, ("a", 3.5), ("b", 1), ("c", 1)), Defaults, Now);

        Assert.Equal("score 3.118 = (votes 3.00 [3 outlets] + velocity 0.50 [2 now, 1 before] + views — [no data]) × freshness 0.891 [age 1.0 h]",
            why.ToString());
    }

    [Fact]
    public void Nothing_to_rank_is_an_empty_list()
    {
        Assert.Empty(StoryRanking.Rank([], Defaults, Now));
        Assert.Empty(StoryRanking.Rank([new RankingCandidate(StoryKey.OfStory(1), [])], Defaults, Now));
    }

    /// <summary>A story with one article per (outlet, hours before <see cref="Now"/>).</summary>
    internal static RankingCandidate Candidate(long id, params (string Outlet, double HoursAgo)[] articles) =>
        new(StoryKey.OfStory(id), articles.Select((a, i) => new ActivityArticle(id * 100 + i, a.Outlet, Now.AddHours(-a.HoursAgo))).ToList());
}
