using Janalyq.Bench.Evaluation;

namespace Janalyq.Tests.Bench;

public class AebMetricTests
{
    [Fact]
    public void Identical_texts_score_one_and_are_exact()
    {
        var s = AebMetric.Score("one two three four five", "one two three four five");
        var r = AebMetric.Aggregate([s]);
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (r.Precision, r.Recall, r.F1, r.Accuracy));
    }

    [Fact]
    public void Tokens_are_word_runs_so_punctuation_and_spacing_do_not_matter()
    {
        Assert.Equal(["Привет", "мир", "2026", "a_b"], AebMetric.Tokenize("Привет, мир!\n\n2026 — a_b."));
        Assert.True(AebMetric.Score("a b c d e", "a, b; c\n\nd e").Exact);
    }

    [Fact]
    public void Shingles_are_four_tokens_and_a_short_text_is_one_shingle()
    {
        Assert.Equal(2, AebMetric.Shingles("a b c d e").Count);
        Assert.Single(AebMetric.Shingles("a b"));
        Assert.Empty(AebMetric.Shingles(""));
    }

    [Fact]
    public void Counts_are_normalised_per_page()
    {
        // truth: 5 shingles (a..h), prediction: the first 3 of them plus 1 extra → tp 3, fp 1, fn 2, over 6.
        var s = AebMetric.Score("a b c d e f g h", "a b c d e f x");
        Assert.Equal(3.0 / 6, s.Tp, 9);
        Assert.Equal(1.0 / 6, s.Fp, 9);
        Assert.Equal(2.0 / 6, s.Fn, 9);
        var r = AebMetric.Aggregate([s]);
        Assert.Equal(0.75, r.Precision, 9);
        Assert.Equal(0.6, r.Recall, 9);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, r.F1, 9);
        Assert.Equal(0, r.Accuracy);
    }

    [Fact]
    public void An_empty_prediction_is_left_out_of_precision_and_counts_zero_in_recall()
    {
        var perfect = AebMetric.Score("a b c d e", "a b c d e");
        var empty = AebMetric.Score("a b c d e", "");
        var r = AebMetric.Aggregate([perfect, empty]);
        Assert.Equal(1.0, r.Precision, 9);
        Assert.Equal(0.5, r.Recall, 9);
        Assert.Equal(0.5, r.Accuracy, 9);
    }

    [Fact]
    public void F1_is_the_harmonic_mean_of_the_averages_not_the_mean_of_page_F1()
    {
        var a = AebMetric.Score("a b c d e", "a b c d e"); // P 1, R 1
        var b = AebMetric.Score("a b c d e f g", "a b c d z"); // P 1/2 (tp 1, fp 1), R 1/4 (tp 1, fn 3)
        var r = AebMetric.Aggregate([a, b]);
        Assert.Equal(0.75, r.Precision, 9);
        Assert.Equal(0.625, r.Recall, 9);
        Assert.Equal(2 * 0.75 * 0.625 / 1.375, r.F1, 9);
    }
}
