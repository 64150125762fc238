using AngleSharp.Dom;

namespace Janalyq.Extraction.Metadata;

/// <summary>
/// The elements the metadata finders read, gathered in one walk over the document in document order. CSS selector
/// queries walk the whole tree once per query (and match attribute substrings case-insensitively per element);
/// a dozen of them cost more than the walk that serves them all.
/// </summary>
internal sealed class PageIndex
{
    public List<IElement> Metas { get; } = [];
    public List<IElement> Links { get; } = [];
    public List<IElement> JsonLdScripts { get; } = [];
    public List<IElement> H1s { get; } = [];
    /// <summary>&lt;img&gt; elements inside the body.</summary>
    public List<IElement> Images { get; } = [];
    /// <summary>&lt;a href&gt; elements inside the body.</summary>
    public List<IElement> Anchors { get; } = [];
    /// <summary>Breadcrumb trails: BreadcrumbList microdata, "breadcrumb"/"crumbs"/"path" in class or id, an aria-label naming one.</summary>
    public List<IElement> Trails { get; } = [];
    /// <summary>Byline candidates: itemprop author (or a name inside one), rel author, "byline"/"author"/"avtor" in the class.</summary>
    public List<IElement> Bylines { get; } = [];
    public IElement? Title { get; private set; }
    public IElement? Base { get; private set; }
    public IElement? FirstArticle { get; private set; }

    public static PageIndex Build(IDocument doc)
    {
        var index = new PageIndex();
        if (doc.DocumentElement is null) return index;
        var stack = new Stack<(INode Node, bool InBody, int InAuthor)>();
        stack.Push((doc.DocumentElement, false, 0));
        while (stack.Count > 0)
        {
            var (node, inBody, inAuthor) = stack.Pop();
            if (node is not IElement e) continue;
            var tag = e.LocalName;
            if (tag == "body") inBody = true;
            var itemprop = e.GetAttribute("itemprop");
            var authorScope = itemprop is not null && HasToken(itemprop, "author");
            index.Visit(e, tag, inBody, itemprop, authorScope, inAuthor > 0);
            var children = e.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement) stack.Push((children[i], inBody, inAuthor + (authorScope ? 1 : 0)));
        }
        return index;
    }

    private void Visit(IElement e, string tag, bool inBody, string? itemprop, bool authorScope, bool insideAuthor)
    {
        switch (tag)
        {
            case "meta": Metas.Add(e); return;
            case "link": if (e.HasAttribute("rel") && e.HasAttribute("href")) Links.Add(e); return;
            case "title": Title ??= e; return;
            case "base": if (e.HasAttribute("href")) Base ??= e; return;
            case "script":
                if (e.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) JsonLdScripts.Add(e);
                return;
            case "h1": H1s.Add(e); break;
            case "img": if (inBody) Images.Add(e); break;
            case "a": if (inBody && e.HasAttribute("href")) Anchors.Add(e); break;
            case "article": FirstArticle ??= e; break;
        }
        if (!inBody) return;
        var cls = e.GetAttribute("class");
        var id = e.GetAttribute("id");
        if (IsTrail(e, tag, cls, id)) Trails.Add(e);
        if (authorScope || (insideAuthor && itemprop is not null && HasToken(itemprop, "name"))
            || (e.GetAttribute("rel") is { } rel && HasToken(rel, "author"))
            || (cls is not null && (Has(cls, "byline") || Has(cls, "author") || Has(cls, "avtor"))))
            Bylines.Add(e);
    }

    private static bool IsTrail(IElement e, string tag, string? cls, string? id)
    {
        if (e.GetAttribute("itemtype") is { } type && type.Contains("BreadcrumbList", StringComparison.Ordinal)) return true;
        if (tag == "nav" && e.GetAttribute("aria-label") is { } label && Has(label, "breadcrumb")) return true;
        if (id is not null && Has(id, "breadcrumb")) return true;
        if (cls is null) return false;
        if (Has(cls, "breadcrumb") || Has(cls, "crumbs") || Has(cls, "rubric-path")) return true;
        // "path" ending a class word ("path", "rubric path", "path item"), not "path-to-image".
        return cls == "path" || Has(cls, "path ") || cls.EndsWith(" path", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Has(string value, string part) => value.Contains(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a space-separated attribute (itemprop, rel) holds <paramref name="token"/>.</summary>
    internal static bool HasToken(string value, string token)
    {
        foreach (var range in value.AsSpan().Split(' '))
            if (value.AsSpan()[range].Equals(token, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
