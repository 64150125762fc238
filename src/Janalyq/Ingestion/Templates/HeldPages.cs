using System.Collections.Concurrent;
using Janalyq.Extraction;
using Janalyq.Storage;

namespace Janalyq.Ingestion.Templates;

/// <summary>
/// The first pages of an outlet whose template is not known yet: they are stored at once (without a template)
/// and kept here, raw, until the outlet has enough pages; then the intake extracts them again with the template
/// and stores the cleaner text. The intake holds a page only while its outlet has at most
/// <see cref="OutletTemplateOptions.MinimumPages"/> pages (a few more when pages arrive together), and
/// <see cref="MaxPages"/> in all (beyond that a first page is simply not re-extracted). In memory only.
/// </summary>
public sealed class HeldPages
{
    /// <summary>Most raw pages held at once, over every outlet (a bound on memory: pages are up to a few MB).</summary>
    public const int MaxPages = 256;

    private readonly ConcurrentDictionary<string, List<HeldPage>> _outlets = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>How many pages are held, over every outlet.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Holds a page of an outlet; false when it is held already or the overall bound is reached.</summary>
    public bool Hold(string outlet, HeldPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var list = _outlets.GetOrAdd(outlet, _ => []);
        lock (list)
        {
            if (list.Any(p => p.Page.Url == page.Page.Url)) return false;
            if (Interlocked.Increment(ref _count) > MaxPages)
            {
                Interlocked.Decrement(ref _count);
                return false;
            }
            list.Add(page);
            return true;
        }
    }

    /// <summary>Takes (removes and returns) every page held for the outlet.</summary>
    public IReadOnlyList<HeldPage> Take(string outlet)
    {
        if (!_outlets.TryGetValue(outlet, out var list)) return [];
        lock (list)
        {
            var taken = list.ToList();
            list.Clear();
            Interlocked.Add(ref _count, -taken.Count);
            return taken;
        }
    }
}

/// <summary>A page stored before its outlet's template was known, with what the intake was told about it.</summary>
public sealed record HeldPage(RawPage Page, Source? Source, IntakeOptions? Options);
