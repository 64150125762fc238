namespace Janalyq.Evidence;

/// <summary>Cross-language evidence of an article: what the story clusterer compares across ru, kk and en.</summary>
public interface IEvidenceExtractor
{
    /// <summary>
    /// The distinct terms of an article (each key once, its weight the largest it earned), for
    /// <paramref name="language"/> (ISO 639-1: "ru", "kk", "en"; other languages get entities and numbers only).
    /// Pure and thread-safe.
    /// </summary>
    IReadOnlyList<EvidenceTerm> Extract(string title, string text, string language);
}
