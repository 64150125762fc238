using System.Collections.Concurrent;
using Janalyq.Extraction.Templates;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Templates;

/// <summary>
/// What ingestion knows of each outlet's template: the block fingerprints (<see cref="PageBlocks"/>) of the
/// outlet's last <see cref="OutletTemplateOptions.PagesKept"/> pages, per host, refreshed as pages arrive.
/// Memory is bounded (8 bytes per distinct block of a kept page: about 400 bytes for a demo page); nothing is persisted: after a restart an outlet's
/// template is learnt again from its next pages. Thread-safe.
/// </summary>
public sealed class OutletTemplateStore(IOptions<OutletTemplateOptions> options)
{
    private readonly ConcurrentDictionary<string, OutletHistory> _outlets = new(StringComparer.Ordinal);

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
    public int PageCount(string outlet) => _outlets.TryGetValue(outlet, out var h) ? h.Count : 0;

    /// <summary>
    /// The outlet's template for a page, learnt from the outlet's other kept pages (the page's own earlier version,
    /// when kept, does not count). Null when fewer than MinimumPages other pages are known, or templates are off.
    /// </summary>
    public TemplateModel? For(string outlet, string page)
    {
        var o = options.Value;
        if (!o.Enabled || !_outlets.TryGetValue(outlet, out var history)) return null;
        return history.Model(page, o.Share, o.MinimumPages);
    }

    /// <summary>Records a page of the outlet (replacing its earlier version); the oldest page is forgotten beyond PagesKept.</summary>
    public void Record(string outlet, string page, PageBlocks blocks)
    {
        if (!options.Value.Enabled) return;
        _outlets.GetOrAdd(outlet, _ => new OutletHistory()).Add(page, blocks, options.Value.PagesKept);
    }

    /// <summary>Forgets every outlet (tests, or an operator's reset).</summary>
    public void Clear() => _outlets.Clear();

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
