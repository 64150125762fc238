using Microsoft.Playwright;

namespace Janalyq.Tests.Browser;

/// <summary>One browser tab with what went wrong on it recorded: console errors, uncaught errors, failed requests.</summary>
public sealed class ReaderPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private ReaderPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") Record($"console: {message.Text}"); };
        page.PageError += (_, error) => Record($"script error: {error}");
        page.RequestFailed += (_, request) => Record($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) => { if (response.Status >= 400) Record($"HTTP {response.Status}: {response.Url}"); };
    }

    public IPage Page { get; }

    /// <summary>Everything that went wrong on the tab so far.</summary>
    public IReadOnlyList<string> Problems { get { lock (_problems) return [.. _problems]; } }

    public static async Task<ReaderPage> OpenAsync(IBrowserContext context) => new(context, await context.NewPageAsync());

    /// <summary>Goes to <paramref name="path"/> and waits until the page and everything it loads have arrived.</summary>
    public async Task<IResponse> GoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return response ?? throw new InvalidOperationException($"no response for {path}");
    }

    /// <summary>How far the laid-out page reaches beyond the viewport's right edge, in CSS pixels (0 when it fits).</summary>
    public Task<int> OverflowAsync() =>
        Page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");

    /// <summary>
    /// The outermost elements reaching past the viewport's right edge that no scrolling or clipping ancestor holds in
    /// (the ones that widen the page), to name them in a failure.
    /// </summary>
    public Task<string[]> WideElementsAsync() => Page.EvaluateAsync<string[]>("""
        () => {
          const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX; if (o !== 'visible') return true; } return false; };
          const name = e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : '');
          const wide = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e));
          return wide.filter(e => !wide.includes(e.parentElement)).slice(0, 5)
            .map(e => name(e) + ' (right ' + Math.round(e.getBoundingClientRect().right) + ')');
        }
        """);

    /// <summary>Whether the two elements' boxes overlap on screen (one drawn over the other).</summary>
    public Task<bool> OverlapAsync(string first, string second) => Page.EvaluateAsync<bool>(
        """
        ([a, b]) => {
          const r = document.querySelector(a).getBoundingClientRect(), s = document.querySelector(b).getBoundingClientRect();
          return r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom;
        }
        """, new[] { first, second });

    /// <summary>Images that did not load or decode (natural width 0).</summary>
    public Task<string[]> BrokenImagesAsync() => Page.EvaluateAsync<string[]>(
        "() => [...document.images].filter(i => i.complete && i.naturalWidth === 0).map(i => i.currentSrc || i.src)");

    private void Record(string problem) { lock (_problems) _problems.Add(problem); }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
