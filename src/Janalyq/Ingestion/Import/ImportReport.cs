using Janalyq.Storage;

namespace Janalyq.Ingestion.Import;

/// <summary>
/// What an import did, page by page: counts for the summary, every skipped file (junk: read, but no article page) and
/// every failed one (could not be read: an input that failed, exit code 1), each with its reason.
/// </summary>
public sealed class ImportReport
{
    private readonly List<SkippedPage> _skipped = [];
    private readonly List<SkippedPage> _failed = [];

    public int Inserted { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public IReadOnlyList<SkippedPage> Skipped => _skipped;
    public IReadOnlyList<SkippedPage> Failed => _failed;
    public int Stored => Inserted + Updated + Unchanged;

    public void Add(string file, IntakeResult result)
    {
        switch (result.Outcome)
        {
            case SaveOutcome.Inserted: Inserted++; break;
            case SaveOutcome.Updated: Updated++; break;
            case SaveOutcome.Unchanged: Unchanged++; break;
            default: _skipped.Add(new SkippedPage(file, result.RejectedBecause ?? "rejected")); break;
        }
    }

    /// <summary>A file that was read but is not an article page.</summary>
    public void Skip(string file, string reason) => _skipped.Add(new SkippedPage(file, reason));

    /// <summary>A file or folder that could not be read.</summary>
    public void Fail(string file, string reason) => _failed.Add(new SkippedPage(file, reason));
}

/// <summary>A file that was not imported, and why.</summary>
public sealed record SkippedPage(string File, string Reason);
