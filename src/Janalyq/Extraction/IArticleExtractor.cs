namespace Janalyq.Extraction;

/// <summary>Turns a raw page into a clean article. One implementation, used by ingestion, import and `extract`.</summary>
public interface IArticleExtractor
{
    /// <summary>
    /// Extracts the article. Never throws for bad markup: a page with no article gives an empty
    /// <see cref="ExtractedArticle.Text"/>. Throws <see cref="ExtractionException"/> for input it refuses
    /// (over the size limit, binary data), with a message fit for a user.
    /// </summary>
    ExtractedArticle Extract(RawPage page, CancellationToken cancellationToken = default);
}

/// <summary>Input the extractor refuses; the message says why.</summary>
public sealed class ExtractionException : Exception
{
    public ExtractionException(string message) : base(message) { }
    public ExtractionException(string message, Exception inner) : base(message, inner) { }
    public ExtractionException() { }
}
