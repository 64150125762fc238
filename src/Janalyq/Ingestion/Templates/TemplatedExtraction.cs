using Janalyq.Extraction;

namespace Janalyq.Ingestion.Templates;

/// <summary>
/// The template must never cost a page its article: a page its template leaves under the shortest body kept
/// (Ingestion:MinimumBodyLength) is extracted again without it, and the longer text wins. One rule for the intake and `extract`.
/// </summary>
public static class TemplatedExtraction
{
    public static ExtractedArticle Extract(IArticleExtractor extractor, RawPage page, int minimumBodyLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(page);
        var article = extractor.Extract(page, cancellationToken);
        if (page.Template is not { BlockCount: > 0 } || article.Text.Length >= Math.Max(minimumBodyLength, 1)) return article;
        var plain = extractor.Extract(page with { Template = null }, cancellationToken);
        return plain.Text.Length > article.Text.Length ? plain : article;
    }
}
