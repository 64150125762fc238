using Janalyq.Extraction;
using Janalyq.Storage;

namespace Janalyq.Ingestion;

/// <summary>
/// The single door through which a raw page becomes a stored article: extract, categorize, store (which logs the
/// change; every later stage reads that log, src/Janalyq/Pipeline). Folder import, the demo corpus and the crawler all use it.
/// </summary>
public interface IArticleIntake
{
    Task<IntakeResult> AcceptAsync(RawPage page, Source? source, IntakeOptions? options, CancellationToken cancellationToken);
}

/// <summary>Adjustments a caller asks for.</summary>
/// <param name="TimeShift">Added to every time of the article (the demo corpus is shifted to look fresh).</param>
/// <param name="Origin">Where the page's text came from (the crawler passes Feed for a listing's own text).</param>
public sealed record IntakeOptions(TimeSpan TimeShift = default, ContentOrigin Origin = ContentOrigin.Page);

/// <summary>What happened to one page.</summary>
/// <param name="Outcome">Inserted, Updated or Unchanged when stored; null when rejected.</param>
/// <param name="RejectedBecause">Why the page was not stored, in words fit for a report.</param>
public sealed record IntakeResult(long? ArticleId, SaveOutcome? Outcome, string? RejectedBecause)
{
    public static IntakeResult Rejected(string reason) => new(null, null, reason);
    public bool Stored => Outcome is not null;
}
