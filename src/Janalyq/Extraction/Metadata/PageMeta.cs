using Janalyq.Markup;

namespace Janalyq.Extraction.Metadata;

/// <summary>The page's declared metadata: meta tags (by name, property, itemprop) and link relations, collected once.</summary>
internal sealed class PageMeta
{
    private readonly Dictionary<string, List<string>> _meta = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _links = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _fromProperty = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The elements the finders read, gathered in one walk.</summary>
    public PageIndex Index { get; private set; } = null!;

    /// <summary>The JSON-LD article object, if the page has one.</summary>
    public JsonLdArticle? JsonLd { get; private set; }

    /// <summary>Text of the &lt;title&gt; element.</summary>
    public string? DocumentTitle { get; private set; }

    /// <summary>The lang attribute of &lt;html&gt;.</summary>
    public string? HtmlLang { get; private set; }

    public static PageMeta Read(Document doc)
    {
        var meta = new PageMeta();
        var index = meta.Index = PageIndex.Build(doc);
        foreach (var m in index.Metas)
        {
            var content = m.GetAttribute("content") ?? m.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attr in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var key = m.GetAttribute(attr);
                if (string.IsNullOrWhiteSpace(key)) continue;
                // "property" may hold several space-separated names.
                // "dc.title" and "dc:title" are one name (as Readability and most consumers treat them).
                foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var value = System.Net.WebUtility.HtmlDecode(content.Trim());
                    var fromProperty = attr == "property";
                    meta.Add(k, value, fromProperty);
                    if (k.Contains('.', StringComparison.Ordinal)) meta.Add(k.Replace('.', ':'), value, fromProperty);
                }
            }
        }
        foreach (var l in index.Links)
            foreach (var rel in l.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                meta._links.TryAdd(rel, l.GetAttribute("href")!.Trim());
        meta.DocumentTitle = index.Title is { } t ? Body.Html.Collapse(t.TextContent) : null;
        meta.HtmlLang = doc.DocumentElement?.GetAttribute("lang");
        meta.JsonLd = JsonLdArticle.Read(index.JsonLdScripts);
        return meta;
    }

    /// <summary>Values from a property attribute (RDFa, OpenGraph) go before those of name attributes of the same key.</summary>
    private void Add(string key, string value, bool fromProperty)
    {
        if (!_meta.TryGetValue(key, out var list)) _meta[key] = list = [];
        if (fromProperty) list.Insert(_fromProperty.GetValueOrDefault(key), value);
        else list.Add(value);
        if (fromProperty) _fromProperty[key] = _fromProperty.GetValueOrDefault(key) + 1;
    }

    /// <summary>The first non-empty value among the given meta keys.</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var k in keys)
            if (_meta.TryGetValue(k, out var list) && list.Count > 0)
                return list[0];
        return null;
    }

    /// <summary>All values of one meta key.</summary>
    public IReadOnlyList<string> All(string key) => _meta.TryGetValue(key, out var list) ? list : [];

    /// <summary>The href of a link relation (canonical, image_src, original-source...).</summary>
    public string? Link(string rel) => _links.TryGetValue(rel, out var v) ? v : null;
}
