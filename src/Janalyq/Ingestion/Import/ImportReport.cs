using Janalyq.Storage;

namespace Janalyq.Ingestion.Import;

/// <summary>What an import did, page by page: counts for the summary, and every skipped file with its reason.</summary>
public sealed class ImportReport
{
    private readonly List<SkippedPage> _skipped = [];

    public int Inserted { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public IReadOnlyList<SkippedPage> Skipped => _skipped;
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

    public void Skip(string file, string reason) => _skipped.Add(new SkippedPage(file, reason));
}

/// <summary>A file that was not imported, and why.</summary>
public sealed record SkippedPage(string File, string Reason);
