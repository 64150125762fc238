using Janalyq.Storage;

namespace Janalyq.Ingestion;

/// <summary>
/// A stage that runs after an article is stored or changed: language, category, copies, stories,
/// search index. Register implementations in DI; they run in registration order. A handler's failure
/// is logged and does not undo the store.
/// </summary>
public interface IArticleStoredHandler
{
    Task OnStoredAsync(ArticleStored stored, CancellationToken cancellationToken);
}

/// <summary>The event: which article, and whether it is new or changed.</summary>
public sealed record ArticleStored(Article Article, SaveOutcome Outcome);
