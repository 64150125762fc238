namespace Janalyq.Extraction.Templates;

/// <summary>
/// An outlet's page template, learnt from sibling pages: text blocks that recur on most of them
/// ("Все права защищены", a subscription plea, a standing "read also" box, the desk's signature) are
/// template, not article, even where no single page gives them away. Learnt from the fingerprints
/// (<see cref="PageBlocks"/>) of the outlet's other pages and passed with each page in <see cref="RawPage.Template"/>.
/// </summary>
public sealed class TemplateModel
{
    /// <summary>Default share of sibling pages a block must be on to be template.</summary>
    public const double DefaultShare = 0.6;

    /// <summary>Default number of sibling pages below which nothing is template.</summary>
    public const int DefaultMinimumPages = 3;

    private readonly HashSet<ulong> _blocks;

    private TemplateModel(HashSet<ulong> blocks, int pages)
    {
        _blocks = blocks;
        PageCount = pages;
    }

    /// <summary>How many sibling pages the model was learnt from.</summary>
    public int PageCount { get; }

    /// <summary>How many distinct recurring blocks it holds.</summary>
    public int BlockCount => _blocks.Count;

    /// <summary>An empty model: nothing is template.</summary>
    public static TemplateModel Empty { get; } = new([], 0);

    /// <summary>Learns from decoded sibling pages of one outlet (see <see cref="FromSiblings"/>).</summary>
    public static TemplateModel Learn(IEnumerable<string> siblingPages, double share = DefaultShare, int minimumPages = DefaultMinimumPages)
    {
        ArgumentNullException.ThrowIfNull(siblingPages);
        return FromSiblings(siblingPages.Select(PageBlocks.Read).ToList(), share, minimumPages);
    }

    /// <summary>
    /// A block is template when it occurs on at least <paramref name="share"/> of the sibling pages, and on two at
    /// least. Fewer than <paramref name="minimumPages"/> siblings give an empty model: too few to tell a template
    /// from a series that happens to repeat a line.
    /// </summary>
    public static TemplateModel FromSiblings(IReadOnlyCollection<PageBlocks> siblings, double share = DefaultShare, int minimumPages = DefaultMinimumPages)
    {
        ArgumentNullException.ThrowIfNull(siblings);
        var counts = new Dictionary<ulong, int>();
        foreach (var page in siblings)
            foreach (var key in page.Keys)
                counts[key] = counts.GetValueOrDefault(key) + 1;
        return FromCounts(counts, siblings.Count, share, minimumPages);
    }

    /// <summary>The model from per-block page counts over <paramref name="pages"/> sibling pages (see <see cref="FromSiblings"/>).</summary>
    public static TemplateModel FromCounts(IReadOnlyDictionary<ulong, int> counts, int pages, double share = DefaultShare, int minimumPages = DefaultMinimumPages)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(share, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        if (pages < Math.Max(minimumPages, 2)) return new TemplateModel([], pages);
        var needed = Math.Max(2, (int)Math.Ceiling((pages * share) - 1e-9)); // 10 × 0.6 is 6.000000000000001 in binary
        return new TemplateModel(counts.Where(kv => kv.Value >= needed).Select(kv => kv.Key).ToHashSet(), pages);
    }

    /// <summary>True when this block text recurs across the outlet's pages.</summary>
    public bool IsTemplate(string blockText) => PageBlocks.Key(blockText) is { } key && _blocks.Contains(key);
}
