using Janalyq.Extraction;
using Janalyq.Extraction.Templates;
using Janalyq.Ingestion.Import;

namespace Janalyq.Ingestion.Templates;

/// <summary>
/// The outlet-template first pass over a batch of saved pages known in advance, written once for `extract`, the folder
/// import and the demo import: every page's block fingerprint is read and grouped by outlet (the host the page was
/// given, else the one it declares, else the batch's own name for it: its folder, its demo outlet); then each page gets
/// the template learnt from its outlet's other pages in the batch (leave one out), so the first page of an outlet is
/// as clean as the last. A batch of at most <see cref="OutletTemplateOptions.MinimumPages"/> pages is not read: no page
/// of it could have enough siblings.
/// </summary>
public sealed class BatchTemplates
{
    /// <summary>Larger pages are extracted but not read for the template (a template page is a few hundred KB).</summary>
    private const int MaxLearntPageBytes = 8 * 1024 * 1024;

    private readonly SiblingTemplates? _siblings;
    private readonly Dictionary<string, string> _outlets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unread = new(StringComparer.Ordinal);

    private BatchTemplates(SiblingTemplates? siblings) => _siblings = siblings;

    /// <summary>No templates (they are off).</summary>
    public static BatchTemplates None { get; } = new(null);

    /// <summary>Reads the fingerprint of every page of the batch (up to <paramref name="maxPageBytes"/> each); null options or Enabled false: none.</summary>
    public static async Task<BatchTemplates> LearnAsync(IReadOnlyList<BatchPage> pages, OutletTemplateOptions? options, int maxPageBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (options is not { Enabled: true }) return None;
        var batch = new BatchTemplates(new SiblingTemplates(options));
        if (pages.Count <= options.MinimumPages)
        {
            foreach (var page in pages) batch._unread.Add(page.File);
            return batch;
        }
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var saved = await SavedPage.ReadAsync(page.File, Math.Min(maxPageBytes, MaxLearntPageBytes), cancellationToken);
            if (saved.Content is null) continue; // the extraction pass reports it
            var blocks = PageBlocks.Read(PageDecoder.Decode(saved.Content, null));
            if (OutletOf(page, blocks) is not { } outlet) continue;
            batch._outlets[page.File] = outlet;
            batch._siblings!.Add(outlet, page.File, blocks);
        }
        return batch;
    }

    /// <summary>
    /// The template for a page of the batch, learnt from its outlet's other pages: <see cref="TemplateModel.Empty"/> when
    /// they are too few (the batch decided: no guessing from elsewhere), null when templates are off or the page was not read.
    /// </summary>
    public TemplateModel? For(string file)
    {
        if (_siblings is null) return null;
        if (_unread.Contains(file)) return TemplateModel.Empty;
        return _outlets.TryGetValue(file, out var outlet) ? _siblings.For(outlet, file) ?? TemplateModel.Empty : null;
    }

    /// <summary>The page's outlet: the host it was given, else the one it declares, else the batch's name for it; null when none.</summary>
    private static string? OutletOf(BatchPage page, PageBlocks blocks)
    {
        var declared = Uri.TryCreate(blocks.DeclaredUrl, UriKind.Absolute, out var d) ? d : null;
        return OutletTemplateStore.OutletOf(page.Url) ?? OutletTemplateStore.OutletOf(declared) ?? page.Outlet;
    }
}

/// <summary>A page of a batch: its file, the address it is known under (if any), and the outlet to group it in when no host says.</summary>
public sealed record BatchPage(string File, Uri? Url, string? Outlet);
