using System.ComponentModel.DataAnnotations;
using Janalyq.Settings;

namespace Janalyq.Search;

/// <summary>The full-text index and how it ranks (README.md beside this file). Section "Search".</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Folder of the Lucene index inside the data folder; default "search".</summary>
    [Required, RegularExpression(@"^[A-Za-z0-9._-]+$")]
    public string Folder { get; set; } = "search";

    /// <summary>How often the background task reopens the searcher when no change woke it; default 1 s.</summary>
    [Duration("10 ms", "1 h")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How much more a word in the title counts than one in the body; default 3.</summary>
    [Range(1.0, 100.0)]
    public double TitleBoost { get; set; } = 3;

    /// <summary>Extra weight of a brand-new article over an old one when sorting by relevance (score × (1 + w × freshness)); default 0.15.</summary>
    [Range(0.0, 10.0)]
    public double FreshnessWeight { get; set; } = 0.15;

    /// <summary>Age at which the freshness boost is halved; default 7 d.</summary>
    [Duration("1 h", "3650 d")]
    public TimeSpan FreshnessHalfLife { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Best-scoring articles read before stories are collapsed and freshness applied; default 200.</summary>
    [Range(10, 100_000)]
    public int Candidates { get; set; } = 200;

    /// <summary>Longest query read, in characters (the rest is ignored); default 1000.</summary>
    [Range(10, 100_000)]
    public int MaxQueryLength { get; set; } = 1000;

    /// <summary>Most words of a query used (the rest is ignored); default 24.</summary>
    [Range(1, 1000)]
    public int MaxQueryWords { get; set; } = 24;

    /// <summary>Whether Kazakh text is stemmed (off only to measure what the stemmer brings); default true.</summary>
    public bool StemKazakh { get; set; } = true;
}
