using Janalyq.Extraction;
using Janalyq.Extraction.Templates;

namespace Janalyq.Ingestion.Templates;

/// <summary>
/// Templates for a batch of pages known in advance: the fingerprints of every page, grouped by outlet, and for each page
/// the template learnt from the other pages of its outlet in the batch (leave one out). <see cref="BatchTemplates"/>
/// reads a batch of saved pages into it; tests and benchmarks fill it directly.
/// </summary>
public sealed class SiblingTemplates(OutletTemplateOptions options)
{
    private readonly Dictionary<string, Dictionary<string, PageBlocks>> _outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<ulong, int>> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds a page of the batch (decoded as the extractor decodes it).</summary>
    public PageBlocks Add(string outlet, string page, ReadOnlySpan<byte> content, string? contentType = null)
    {
        var blocks = PageBlocks.Read(PageDecoder.Decode(content, contentType));
        Add(outlet, page, blocks);
        return blocks;
    }

    /// <summary>Adds a page's fingerprint to the batch.</summary>
    public void Add(string outlet, string page, PageBlocks blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (!_outlets.TryGetValue(outlet, out var pages)) _outlets[outlet] = pages = new(StringComparer.Ordinal);
        if (!_counts.TryGetValue(outlet, out var counts)) _counts[outlet] = counts = [];
        if (pages.Remove(page, out var previous))
            foreach (var key in previous.Keys) counts[key]--;
        pages[page] = blocks;
        foreach (var key in blocks.Keys) counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    /// <summary>How many pages of the outlet the batch holds.</summary>
    public int PageCount(string outlet) => _outlets.TryGetValue(outlet, out var pages) ? pages.Count : 0;

    /// <summary>The template for one page of the batch, learnt from its outlet's other pages; null when templates are off or too few.</summary>
    public TemplateModel? For(string outlet, string page)
    {
        if (!options.Enabled || !_outlets.TryGetValue(outlet, out var pages)) return null;
        var counts = _counts[outlet];
        var siblings = pages.Count;
        if (pages.TryGetValue(page, out var own))
        {
            counts = new Dictionary<ulong, int>(counts);
            foreach (var key in own.Keys) counts[key]--;
            siblings--;
        }
        if (siblings < options.MinimumPages) return null;
        return TemplateModel.FromCounts(counts, siblings, options.Share, options.MinimumPages);
    }
}
