using System.ComponentModel.DataAnnotations;
using Janalyq.Settings;

namespace Janalyq.Stories;

/// <summary>How articles about one event are grouped into stories (src/Janalyq/Stories/README.md). Section "Stories".</summary>
public sealed class StoryOptions
{
    public const string Section = "Stories";

    /// <summary>How far back an article looks for its story: articles published longer before the newest are no longer compared; default 3 d.</summary>
    [Duration("1 h", "30 d")]
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Articles last processed that stay in the window whatever their time (so that articles stored out of publication order still meet); default 2000.</summary>
    [Range(0, 1_000_000)]
    public int RecentArticles { get; set; } = 2_000;

    /// <summary>Least similarity (0 to 1: TF-IDF words, cross-language evidence, time) of an article to one of a story's for it to join the story; default 0.35.</summary>
    [Range(0.05, 1.0)]
    public double MinimumSimilarity { get; set; } = 0.35;

    /// <summary>Least similarity of an article to a second story for the two stories to merge (it links them; as for joining, the stories then depend less on the order articles come in); default 0.35.</summary>
    [Range(0.05, 1.0)]
    public double MergeSimilarity { get; set; } = 0.35;

    /// <summary>Time over which the similarity of two articles fades once they are more than a day apart (halved after about 0.7 of it); default 2 d.</summary>
    [Duration("1 h", "30 d")]
    public TimeSpan TimeScale { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Words (stems) kept per article, the most frequent first, headline counted twice; default 48.</summary>
    [Range(8, 512)]
    public int TermsPerArticle { get; set; } = 48;

    /// <summary>Newest articles looked at per query term: bounds the cost of adding an article, whatever the window holds; default 200.</summary>
    [Range(10, 100_000)]
    public int PostingsPerTerm { get; set; } = 200;

    /// <summary>Least share of a story's evidence (people, places, subject) an earlier story must share to be listed as related; default 0.2.</summary>
    [Range(0.01, 1.0)]
    public double RelatedMinimumScore { get; set; } = 0.2;

    /// <summary>Earlier related stories kept per story; default 5.</summary>
    [Range(0, 50)]
    public int MaxRelated { get; set; } = 5;
}
