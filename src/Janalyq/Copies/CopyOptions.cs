using System.ComponentModel.DataAnnotations;

namespace Janalyq.Copies;

/// <summary>When two articles are one text (a republication, a reprinted wire text). Section "Copies".</summary>
public sealed class CopyOptions
{
    public const string Section = "Copies";

    /// <summary>
    /// Least share of word 4-shingles two texts have in common (Jaccard, estimated by MinHash over 60 hashes) for one to be
    /// a copy of the other (a reprint with an added dateline or sign-off stays well above it); default 0.5.
    /// </summary>
    [Range(0.2, 1.0)]
    public double MinimumSimilarity { get; set; } = 0.5;

    /// <summary>Least words a text needs to be compared at all (shorter ones are copies only by a linked original); default 25.</summary>
    [Range(4, 10_000)]
    public int MinimumWords { get; set; } = 25;
}
