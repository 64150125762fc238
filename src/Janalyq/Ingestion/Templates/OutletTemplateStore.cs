using Janalyq.Storage;
using System.Collections.Concurrent;
using Janalyq.Extraction.Templates;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Templates;

/// <summary>
/// What ingestion knows of each outlet's template: the block fingerprints (<see cref="PageBlocks"/>) of the
/// outlet's last <see cref="OutletTemplateOptions.PagesKept"/> pages, per host, refreshed as pages arrive.
/// Memory is bounded (8 bytes per distinct block of a kept page: about 400 bytes for a demo page). With a repository
/// the fingerprints persist (SQLite), so a restart keeps every outlet's template; an outlet is loaded on first use.
/// Thread-safe.
/// </summary>
public sealed class OutletTemplateStore(IOptions<OutletTemplateOptions> options, IOutletTemplateRepository? repository = null)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<OutletHistory>>> _outlets = new(StringComparer.Ordinal);

    /// <summary>The configuration in force.</summary>
    public OutletTemplateOptions Options => options.Value;

    /// <summary>
    /// The outlet a page belongs to: the host of its http(s) address without "www."; null for files and the like.
    /// A mobile host (m.) is an outlet of its own: its layout, hence its template, is another.
    /// </summary>
    public static string? OutletOf(Uri? url)
    {
        if (url is not { IsAbsoluteUri: true, Scheme: "http" or "https" } || url.Host.Length == 0) return null;
        var host = url.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>How many pages of the outlet are known (at most PagesKept).</summary>
    public async Task<int> PageCountAsync(string outlet, CancellationToken cancellationToken) => (await HistoryAsync(outlet, cancellationToken)).Count;

    /// <summary>
    /// The outlet's template for a page, learnt from the outlet's other kept pages (the page's own earlier version,
    /// when kept, does not count). Null when fewer than MinimumPages other pages are known, or templates are off.
    /// </summary>
    public async Task<TemplateModel?> ForAsync(string outlet, string page, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Enabled) return null;
        return (await HistoryAsync(outlet, cancellationToken)).Model(page, o.Share, o.MinimumPages);
    }

    /// <summary>Records a page of the outlet (replacing its earlier version); the oldest page is forgotten beyond PagesKept.</summary>
    public async Task RecordAsync(string outlet, string page, PageBlocks blocks, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return;
        (await HistoryAsync(outlet, cancellationToken)).Add(page, blocks, options.Value.PagesKept);
        if (repository is not null) await repository.SaveAsync(outlet, page, blocks, options.Value.PagesKept, cancellationToken);
    }

    /// <summary>Forgets every outlet held in memory (they are loaded again from the repository on next use).</summary>
    public void Clear() => _outlets.Clear();

    private async Task<OutletHistory> HistoryAsync(string outlet, CancellationToken cancellationToken)
    {
        var lazy = _outlets.GetOrAdd(outlet, o => new Lazy<Task<OutletHistory>>(() => LoadAsync(o, cancellationToken)));
        try
        {
            return await lazy.Value;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _outlets.TryRemove(new KeyValuePair<string, Lazy<Task<OutletHistory>>>(outlet, lazy)); // a failed load is tried again next time
            throw;
        }
    }

    private async Task<OutletHistory> LoadAsync(string outlet, CancellationToken cancellationToken)
    {
        var history = new OutletHistory();
        if (repository is null) return history;
        foreach (var (page, blocks) in await repository.LoadAsync(outlet, cancellationToken))
            history.Add(page, blocks, options.Value.PagesKept);
        return history;
    }

    private sealed class OutletHistory
    {
        private readonly Lock _lock = new();
        private readonly LinkedList<(string Page, PageBlocks Blocks)> _pages = new();
        private TemplateModel? _cached; // the model over every kept page (for a page not among them)

        public int Count
        {
            get { lock (_lock) return _pages.Count; }
        }

        public void Add(string page, PageBlocks blocks, int keep)
        {
            lock (_lock)
            {
                Remove(page);
                _pages.AddLast((page, blocks));
                while (_pages.Count > keep) _pages.RemoveFirst();
                _cached = null;
            }
        }

        public TemplateModel? Model(string page, double share, int minimumPages)
        {
            lock (_lock)
            {
                var own = _pages.Any(p => p.Page == page);
                var siblings = _pages.Count - (own ? 1 : 0);
                if (siblings < minimumPages) return null;
                // Counted afresh from the kept fingerprints (a few thousand keys): no per-outlet count table to keep in memory.
                // A page's own earlier version is left out: its blocks are not siblings of itself.
                if (!own) return _cached ??= TemplateModel.FromSiblings(_pages.Select(p => p.Blocks).ToList(), share, minimumPages);
                return TemplateModel.FromSiblings(_pages.Where(p => p.Page != page).Select(p => p.Blocks).ToList(), share, minimumPages);
            }
        }

        private void Remove(string page)
        {
            for (var node = _pages.First; node is not null; node = node.Next)
            {
                if (node.Value.Page != page) continue;
                _pages.Remove(node);
                return;
            }
        }
    }
}
