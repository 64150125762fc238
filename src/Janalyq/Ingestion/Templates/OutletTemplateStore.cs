using System.Collections.Concurrent;
using Janalyq.Extraction.Templates;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Templates;

/// <summary>
/// What ingestion knows of each outlet's template: the block fingerprints (<see cref="PageBlocks"/>) of the
/// outlet's last <see cref="OutletTemplateOptions.PagesKept"/> pages, per host, refreshed as pages arrive.
/// Memory is bounded (a few hundred bytes per kept page); nothing is persisted: after a restart an outlet's
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
        private readonly Dictionary<ulong, int> _counts = [];
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
                foreach (var key in blocks.Keys) _counts[key] = _counts.GetValueOrDefault(key) + 1;
                while (_pages.Count > keep) Remove(_pages.First!.Value.Page);
                _cached = null;
            }
        }

        public TemplateModel? Model(string page, double share, int minimumPages)
        {
            lock (_lock)
            {
                PageBlocks? own = null;
                foreach (var (p, b) in _pages)
                    if (p == page) { own = b; break; }
                var siblings = _pages.Count - (own is null ? 0 : 1);
                if (siblings < minimumPages) return null;
                if (own is null) return _cached ??= TemplateModel.FromCounts(_counts, siblings, share, minimumPages);
                // Leave the page's own earlier version out: its blocks are not siblings of itself.
                var counts = new Dictionary<ulong, int>(_counts);
                foreach (var key in own.Keys) counts[key]--;
                return TemplateModel.FromCounts(counts, siblings, share, minimumPages);
            }
        }

        private void Remove(string page)
        {
            for (var node = _pages.First; node is not null; node = node.Next)
            {
                if (node.Value.Page != page) continue;
                foreach (var key in node.Value.Blocks.Keys)
                    if (--_counts[key] == 0) _counts.Remove(key);
                _pages.Remove(node);
                return;
            }
        }
    }
}
