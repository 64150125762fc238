using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Janalyq.Extraction.Metadata;

/// <summary>The original article's URL when the page is a republication.</summary>
internal static partial class OriginalSourceFinder
{
    [GeneratedRegex(@"(оригинал\s+(статьи|материала|публикации|новости)|первоисточник|источник|түпнұсқа|түпнұсқасы|дереккөз|original\s+(article|story|source|post)|originally\s+(published|appeared)|source|via)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\s*(оригинал\s+(статьи|материала|публикации|новости)|первоисточник|источник|түпнұсқа|түпнұсқасы|original\s+(article|story))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkLabel();

    internal static string? Find(IDocument doc, PageMeta meta, Uri? pageUrl)
    {
        if (meta.Link("original-source") is { } rel && Absolute(rel, pageUrl) is { } relUrl) return relUrl;
        if (meta.First("dc.source", "dcterms.source", "original-source", "syndication-source") is { } dc && Absolute(dc, pageUrl) is { } dcUrl) return dcUrl;
        if (meta.JsonLd?.BasedOn is { } based && Absolute(based, pageUrl) is { } basedUrl) return basedUrl;
        if (doc.Body is null) return null;
        foreach (var a in doc.Body.QuerySelectorAll("a[href]"))
        {
            var href = Absolute(a.GetAttribute("href"), pageUrl);
            if (href is null || !IsExternal(href, pageUrl)) continue;
            var own = Body.Html.Collapse(a.TextContent);
            if (LinkLabel().IsMatch(own)) return href;
            var before = TextBefore(a, 60);
            if (Label().IsMatch(before)) return href;
        }
        return null;
    }

    private static string TextBefore(IElement a, int max)
    {
        // Text of the enclosing block up to the link: "Оригинал статьи: <a>…</a>".
        var block = a.ParentElement;
        for (var i = 0; i < 2 && block is not null && block.LocalName is "span" or "b" or "strong" or "em" or "i"; i++) block = block.ParentElement;
        if (block is null) return "";
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(block);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n == a) break;
            if (n is IText t) { sb.Append(t.Data); continue; }
            for (var i = n.ChildNodes.Length - 1; i >= 0; i--) stack.Push(n.ChildNodes[i]);
        }
        var text = Body.Html.Collapse(sb.ToString());
        return text.Length > max ? text[^max..] : text;
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
