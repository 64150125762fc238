using System.Runtime.CompilerServices;
using Janalyq.Markup;

namespace Janalyq.Extraction.Metadata;

/// <summary>
/// The elements the metadata finders read, gathered in one walk over the document in document order. CSS selector
/// queries walk the whole tree once per query (and match attribute substrings case-insensitively per element);
/// a dozen of them cost more than the walk that serves them all.
/// </summary>
internal sealed class PageIndex
{
    public List<Element> Metas { get; } = [];
    public List<Element> Links { get; } = [];
    public List<Element> JsonLdScripts { get; } = [];
    public List<Element> H1s { get; } = [];
    /// <summary>&lt;img&gt; elements inside the body.</summary>
    public List<Element> Images { get; } = [];
    /// <summary>&lt;a href&gt; elements inside the body.</summary>
    public List<Element> Anchors { get; } = [];
    /// <summary>Breadcrumb trails: BreadcrumbList microdata, "breadcrumb"/"crumbs"/"path" in class or id, an aria-label naming one.</summary>
    public List<Element> Trails { get; } = [];
    /// <summary>Standfirst candidates: a lead/intro/summary/announce class or id, inside the body.</summary>
    public List<Element> Standfirsts { get; } = [];
    /// <summary>Byline candidates: itemprop author (or a name inside one), rel author, "byline"/"author"/"avtor" in the class.</summary>
    public List<Element> Bylines { get; } = [];
    public Element? Title { get; private set; }
    public Element? Base { get; private set; }
    public Element? FirstArticle { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PageIndex Build(Document doc)
    {
        var index = new PageIndex();
        if (doc.DocumentElement is null) return index;
        var stack = new Stack<(Element Element, bool InBody, int InAuthor)>();
        stack.Push((doc.DocumentElement, false, 0));
        while (stack.Count > 0)
        {
            var (e, inBody, inAuthor) = stack.Pop();
            var tag = e.LocalName;
            if (tag == "body") inBody = true;
            var a = Attributes.Of(e);
            var authorScope = a.ItemProp is not null && HasToken(a.ItemProp, "author");
            index.Visit(e, tag, inBody, a, authorScope, inAuthor > 0);
            for (var n = e.LastChild; n is not null; n = n.PreviousSibling)
                if (n is Element child) stack.Push((child, inBody, inAuthor + (authorScope ? 1 : 0)));
        }
        return index;
    }

    /// <summary>The attributes the index reads, gathered in one pass over the element's attribute list.</summary>
    private struct Attributes
    {
        public string? ItemProp, Class, Id, Rel, ItemType, AriaLabel, Type;
        public bool Href;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Attributes Of(Element e)
        {
            var a = new Attributes();
            for (var i = 0; i < e.AttributeCount; i++)
            {
                switch (e.AttributeName(i))
                {
                    case "itemprop": a.ItemProp = e.AttributeValue(i); break;
                    case "class": a.Class = e.AttributeValue(i); break;
                    case "id": a.Id = e.AttributeValue(i); break;
                    case "rel": a.Rel = e.AttributeValue(i); break;
                    case "itemtype": a.ItemType = e.AttributeValue(i); break;
                    case "aria-label": a.AriaLabel = e.AttributeValue(i); break;
                    case "type": a.Type = e.AttributeValue(i); break;
                    case "href": a.Href = true; break;
                }
            }
            return a;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Visit(Element e, string tag, bool inBody, in Attributes a, bool authorScope, bool insideAuthor)
    {
        switch (tag)
        {
            case "meta": Metas.Add(e); return;
            case "link": if (a.Rel is not null && a.Href) Links.Add(e); return;
            case "title": Title ??= e; return;
            case "base": if (a.Href) Base ??= e; return;
            case "script":
                if (a.Type is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) JsonLdScripts.Add(e);
                return;
            case "h1": H1s.Add(e); break;
            case "img": if (inBody) Images.Add(e); break;
            case "a": if (inBody && a.Href) Anchors.Add(e); break;
            case "article": FirstArticle ??= e; break;
        }
        if (!inBody) return;
        // One vectorized scan tells whether the class or id can name a trail, a standfirst or a byline at all.
        var named = (a.Class is { } c && c.AsSpan().IndexOfAny(HintWords) >= 0) || (a.Id is { } i && i.AsSpan().IndexOfAny(HintWords) >= 0);
        if ((named || a.ItemType is not null || a.AriaLabel is not null) && IsTrail(tag, a)) Trails.Add(e);
        if (named && Body.BlockFilter.IsLeadElement(a.Class, a.Id)) Standfirsts.Add(e);
        if (authorScope || (insideAuthor && a.ItemProp is not null && HasToken(a.ItemProp, "name"))
            || (a.Rel is not null && HasToken(a.Rel, "author"))
            || (named && a.Class is { } cls && (Has(cls, "byline") || Has(cls, "author") || Has(cls, "avtor"))))
            Bylines.Add(e);
    }

    /// <summary>Every word the class and id tests below look for (trails, standfirsts, bylines): a prefilter.</summary>
    private static readonly System.Buffers.SearchValues<string> HintWords = System.Buffers.SearchValues.Create(
    [
        "breadcrumb", "crumbs", "path", "byline", "author", "avtor", "dek",
        "lead", "standfirst", "summary", "intro", "subtitle", "subhead", "excerpt", "description", "annotation", "announce", "anons",
        "deck", "teaser", "sapo", "chapeau", "abstract", "vrezka", "opener",
    ], StringComparison.OrdinalIgnoreCase);

    private static bool IsTrail(string tag, in Attributes a)
    {
        if (a.ItemType is { } type && type.Contains("BreadcrumbList", StringComparison.Ordinal)) return true;
        if (tag == "nav" && a.AriaLabel is { } label && Has(label, "breadcrumb")) return true;
        if (a.Id is { } id && Has(id, "breadcrumb")) return true;
        if (a.Class is not { } cls) return false;
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
