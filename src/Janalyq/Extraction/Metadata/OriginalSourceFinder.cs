using System.Text.RegularExpressions;
using Janalyq.Markup;

namespace Janalyq.Extraction.Metadata;

/// <summary>The original article's URL when the page is a republication.</summary>
internal static partial class OriginalSourceFinder
{
    [GeneratedRegex(@"(оригинал\s+(статьи|материала|публикации|новости)|первоисточник|источник|түпнұсқа|түпнұсқасы|дереккөз|original\s+(article|story|source|post)|originally\s+(published|appeared)|source|via)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\s*(оригинал\s+(статьи|материала|публикации|новости)|первоисточник|источник|түпнұсқа|түпнұсқасы|original\s+(article|story))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkLabel();

    internal static string? Find(Document doc, PageMeta meta, Uri? pageUrl)
    {
        if (meta.Link("original-source") is { } rel && Absolute(rel, pageUrl) is { } relUrl) return relUrl;
        if (meta.First("dc.source", "dcterms.source", "original-source", "syndication-source") is { } dc && Absolute(dc, pageUrl) is { } dcUrl) return dcUrl;
        if (meta.JsonLd?.BasedOn is { } based && Absolute(based, pageUrl) is { } basedUrl) return basedUrl;
        foreach (var a in meta.Index.Anchors)
        {
            // The label tests first: resolving every link's URL is what costs; a link's own text is read only when
            // its first letter can start a label ("Оригинал статьи", "Источник", "Түпнұсқа", "Original article").
            var labelled = char.ToLowerInvariant(FirstLetter(a)) is 'о' or 'п' or 'и' or 'т' or 'o'
                && a.TextContent is { Length: < 200 } own && LinkLabel().IsMatch(Body.Html.Collapse(own));
            if (!labelled && !Label().IsMatch(TextBefore(a, 60))) continue;
            var href = Absolute(a.GetAttribute("href"), pageUrl);
            if (href is not null && IsExternal(href, pageUrl)) return href;
        }
        return null;
    }

    /// <summary>The first character of the element's text that is not white space, or '\0'.</summary>
    private static char FirstLetter(Element e)
    {
        var stack = new Stack<Node>();
        stack.Push(e);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is TextNode t)
            {
                foreach (var c in t.Data)
                    if (!Body.Html.IsWhiteSpace(c)) return c;
                continue;
            }
            if (n is not Element el) continue;
            for (var c = el.LastChild; c is not null; c = c.PreviousSibling) stack.Push(c);
        }
        return '\0';
    }

    /// <summary>
    /// Up to <paramref name="max"/> characters of text right before the link: its preceding siblings, and,
    /// when the link opens an inline wrapper ("<b>Источник:</b> <a>"), the wrapper's preceding siblings.
    /// </summary>
    private static string TextBefore(Element a, int max)
    {
        var parts = new List<string>();
        var length = 0;
        Node current = a;
        for (var level = 0; level < 3 && length < max; level++)
        {
            var parent = current.ParentElement;
            if (parent is null) break;
            for (var sibling = current.PreviousSibling; sibling is not null && length < max; sibling = sibling.PreviousSibling)
            {
                var text = sibling.TextContent;
                parts.Add(text);
                length += text.Length;
            }
            if (parent is not Element { LocalName: "span" or "b" or "strong" or "em" or "i" or "small" or "p" or "div" } || length >= max) break;
            if (parent is Element { LocalName: "p" or "div" }) break;
            current = parent;
        }
        parts.Reverse();
        var joined = Body.Html.Collapse(string.Concat(parts));
        return joined.Length > max ? joined[^max..] : joined;
    }

    private static bool IsExternal(string href, Uri? page)
    {
        if (page is null) return true;
        var host = new Uri(href).Host;
        return !string.Equals(Bare(host), Bare(page.Host), StringComparison.OrdinalIgnoreCase);
    }

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    internal static string? Absolute(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        if (href.StartsWith("//", StringComparison.Ordinal)) href = (baseUrl?.Scheme ?? "https") + ":" + href;
        // "/path" is an absolute file URI to .NET on Unix: only scheme-qualified strings count as absolute here.
        if (!href.StartsWith('/') && Uri.TryCreate(href, UriKind.Absolute, out var abs)) return abs.Scheme is "http" or "https" ? abs.AbsoluteUri : null;
        return baseUrl is not null && Uri.TryCreate(baseUrl, href, out var rel) && rel.Scheme is "http" or "https" ? rel.AbsoluteUri : null;
    }
}
