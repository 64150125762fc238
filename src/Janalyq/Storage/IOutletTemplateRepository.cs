using Janalyq.Extraction.Templates;

namespace Janalyq.Storage;

/// <summary>Where the outlet template store keeps its fingerprints across restarts.</summary>
public interface IOutletTemplateRepository
{
    /// <summary>The outlet's kept pages, oldest first.</summary>
    Task<IReadOnlyList<(string Page, PageBlocks Blocks)>> LoadAsync(string outlet, CancellationToken cancellationToken);

    /// <summary>Saves a page of the outlet as its newest (replacing its earlier version) and forgets all but the newest <paramref name="keep"/>.</summary>
    Task SaveAsync(string outlet, string page, PageBlocks blocks, int keep, CancellationToken cancellationToken);
}
