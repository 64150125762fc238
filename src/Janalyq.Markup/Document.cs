namespace Janalyq.Markup;

/// <summary>
/// A parsed page: always an html root holding a head and a body, as browsers build it. Elements carry their
/// document-order number (<see cref="Element.Order"/>), so per-element state can live in arrays.
/// </summary>
public sealed class Document
{
    internal Document()
    {
        DocumentElement = new Element("html", 0, this);
        Head = new Element("head", 1, this);
        Body = new Element("body", 2, this);
        DocumentElement.AppendChild(Head);
        DocumentElement.AppendChild(Body);
        ElementCount = 3;
    }

    /// <summary>The markup the document was parsed from (attribute values are decoded from it on first read).</summary>
    internal ReadOnlyMemory<char> Source { get; init; }

    /// <summary>The html element.</summary>
    public Element DocumentElement { get; }

    /// <summary>The head element.</summary>
    public Element Head { get; }

    /// <summary>The body element.</summary>
    public Element Body { get; }

    /// <summary>A new text node.</summary>
    public static TextNode CreateTextNode(string data) => new(data);

    /// <summary>One more than the largest <see cref="Element.Order"/> in the document: the size of per-element arrays.</summary>
    public int ElementCount { get; internal set; }

    /// <summary>The first element matching a CSS selector (the subset <see cref="Selector"/> reads), in document order.</summary>
    public Element? QuerySelector(string selector) => DocumentElement.Matches(selector) ? DocumentElement : DocumentElement.QuerySelector(selector);

    /// <summary>Every element matching a CSS selector, in document order.</summary>
    public List<Element> QuerySelectorAll(string selector)
    {
        var parsed = Selector.Parse(selector);
        var all = new List<Element>();
        if (parsed.Matches(DocumentElement)) all.Add(DocumentElement);
        foreach (var e in DocumentElement.Descendants())
            if (parsed.Matches(e)) all.Add(e);
        return all;
    }

    /// <summary>The first element with this id, in document order.</summary>
    public Element? GetElementById(string id)
    {
        foreach (var e in DocumentElement.Descendants())
            if (e.Id == id) return e;
        return null;
    }

    /// <summary>The page's markup, serialized (for tests and debugging).</summary>
    public override string ToString() => DocumentElement.OuterHtml;
}
