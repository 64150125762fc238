using System.Runtime.CompilerServices;
using System.Text;

namespace Janalyq.Markup;

/// <summary>
/// An attribute as parsed: its lowercase name and either its decoded value or where the raw value sits in the page
/// (most attribute values — data-* blobs, srcsets, styles — are never read: they are decoded on first read only).
/// </summary>
internal readonly struct RawAttribute
{
    public readonly string Name;
    public readonly string? Value;
    public readonly int Start, Length;

    public RawAttribute(string name, string value) => (Name, Value, Start, Length) = (name, value, -1, 0);

    public RawAttribute(string name, int start, int length) => (Name, Value, Start, Length) = (name, null, start, length);

    /// <summary>The value, decoded from <paramref name="source"/> (the page it was parsed from) when not yet read.</summary>
    public string Decode(ReadOnlySpan<char> source) =>
        Value ?? TreeBuilder.Clean(CharacterReferences.Decode(source.Slice(Start, Length), true), true);
}

/// <summary>An element of the page tree. Names are lowercase; attribute values are decoded.</summary>
public sealed class Element : Node
{
    private RawAttribute[]? _attributes;
    private int _attributeCount;

    internal Element(string localName, int order, Document? owner)
    {
        LocalName = localName;
        Order = order;
        Owner = owner;
    }

    /// <summary>Whether the element was parsed in svg or math content (its title, style and script hold markup).</summary>
    internal bool IsForeign { get; init; }

    /// <summary>The document the element was parsed or created in.</summary>
    public Document? Owner { get; }

    /// <summary>The lowercase tag name.</summary>
    public string LocalName { get; }

    /// <summary>Position in document order at parse time (0 is the html element; an element moved later keeps its
    /// number). Indexes per-element arrays.</summary>
    public int Order { get; }

    /// <summary>The first child node.</summary>
    public Node? FirstChild { get; private set; }

    /// <summary>The last child node.</summary>
    public Node? LastChild { get; private set; }

    /// <summary>The number of attributes.</summary>
    public int AttributeCount => _attributeCount;

    /// <summary>The name of the attribute at <paramref name="index"/> (source order; the first of a repeated name wins).</summary>
    public string AttributeName(int index) => _attributes![index].Name;

    /// <summary>The decoded value of the attribute at <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string AttributeValue(int index)
    {
        ref var a = ref _attributes![index];
        if (a.Value is { } value) return value;
        var decoded = Owner is { } owner ? a.Decode(owner.Source.Span) : "";
        a = new RawAttribute(a.Name, decoded);
        return decoded;
    }

    /// <summary>The attributes in source order as (name, value) pairs, every value decoded.</summary>
    public IEnumerable<(string Name, string Value)> Attributes
    {
        get
        {
            for (var i = 0; i < _attributeCount; i++) yield return (_attributes![i].Name, AttributeValue(i));
        }
    }

    /// <summary>The index of an attribute (name in lowercase), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int AttributeIndex(string name)
    {
        var attributes = _attributes;
        for (var i = 0; i < _attributeCount; i++)
            if (string.Equals(attributes![i].Name, name, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>The value of an attribute (name in lowercase), or null.</summary>
    public string? GetAttribute(string name) => AttributeIndex(name) is var i and >= 0 ? AttributeValue(i) : null;

    /// <summary>Whether the element has the attribute (name in lowercase).</summary>
    public bool HasAttribute(string name) => AttributeIndex(name) >= 0;

    /// <summary>Sets or adds an attribute.</summary>
    public void SetAttribute(string name, string value)
    {
        for (var i = 0; i < _attributeCount; i++)
            if (string.Equals(_attributes![i].Name, name, StringComparison.Ordinal)) { _attributes[i] = new RawAttribute(name, value); return; }
        AddAttribute(name, value);
    }

    /// <summary>Sets the parsed attributes in one exact-size array.</summary>
    internal void SetParsedAttributes(List<RawAttribute> attributes)
    {
        _attributes = attributes.ToArray();
        _attributeCount = _attributes.Length;
    }

    internal void AddAttribute(string name, string value)
    {
        AddAttribute(new RawAttribute(name, value));
    }

    internal void AddAttribute(RawAttribute attribute)
    {
        if (_attributes is null) _attributes = new RawAttribute[2];
        else if (_attributeCount == _attributes.Length) Array.Resize(ref _attributes, _attributeCount * 2);
        _attributes[_attributeCount++] = attribute;
    }

    /// <summary>The id attribute.</summary>
    public string? Id => GetAttribute("id");

    /// <summary>The class attribute, or null.</summary>
    public string? ClassName => GetAttribute("class");

    /// <summary>The child elements, in order.</summary>
    public IEnumerable<Element> Children
    {
        get
        {
            for (var n = FirstChild; n is not null; n = n.NextSibling)
                if (n is Element e) yield return e;
        }
    }

    /// <summary>The child nodes, in order. Safe against removal of the node just returned.</summary>
    public IEnumerable<Node> ChildNodes
    {
        get
        {
            for (var n = FirstChild; n is not null;)
            {
                var next = n.NextSibling;
                yield return n;
                n = next;
            }
        }
    }

    /// <summary>The number of child elements.</summary>
    public int ChildElementCount
    {
        get
        {
            var count = 0;
            for (var n = FirstChild; n is not null; n = n.NextSibling)
                if (n is Element) count++;
            return count;
        }
    }

    /// <summary>The first child element.</summary>
    public Element? FirstElementChild
    {
        get
        {
            for (var n = FirstChild; n is not null; n = n.NextSibling)
                if (n is Element e) return e;
            return null;
        }
    }

    /// <summary>Every element under this one in document order (pre-order), without recursion.</summary>
    public IEnumerable<Element> Descendants()
    {
        for (var n = Next(this, this); n is not null; n = Next(n, this))
            if (n is Element e) yield return e;
    }

    /// <summary>The node after <paramref name="node"/> in document order, staying inside <paramref name="scope"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Node? Next(Node node, Node scope)
    {
        if (node is Element { FirstChild: { } first }) return first;
        for (var n = node; n is not null && n != scope; n = n.ParentElement)
            if (n.NextSibling is { } next) return next;
        return null;
    }

    /// <summary>The node after this element's subtree in document order, inside <paramref name="scope"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Node? NextAfter(Node node, Node scope)
    {
        for (var n = node; n is not null && n != scope; n = n.ParentElement)
            if (n.NextSibling is { } next) return next;
        return null;
    }

    /// <summary>Whether <paramref name="other"/> is this element or sits under it.</summary>
    public bool Contains(Node? other)
    {
        for (var n = other; n is not null; n = n.ParentElement)
            if (n == this) return true;
        return false;
    }

    /// <inheritdoc />
    public override string TextContent
    {
        get
        {
            if (FirstChild is TextNode only && only.NextSibling is null) return only.Data;
            var sb = Rent();
            for (var n = Next(this, this); n is not null; n = Next(n, this))
                if (n is TextNode t) sb.Append(t.Data);
            return Release(sb);
        }
    }

    /// <summary>Appends a node as the last child (detaching it from where it was).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendChild(Node node)
    {
        node.Remove();
        node.ParentElement = this;
        node.PreviousSibling = LastChild;
        node.NextSibling = null;
        if (LastChild is null) FirstChild = node;
        else LastChild.NextSibling = node;
        LastChild = node;
    }

    /// <summary>Inserts <paramref name="node"/> before <paramref name="reference"/> (a child of this element), or last.</summary>
    public void InsertBefore(Node node, Node? reference)
    {
        if (reference is null) { AppendChild(node); return; }
        if (reference.ParentElement != this) throw new InvalidOperationException("The reference node is not a child of this element.");
        if (node == reference) return;
        node.Remove();
        node.ParentElement = this;
        node.NextSibling = reference;
        node.PreviousSibling = reference.PreviousSibling;
        if (reference.PreviousSibling is null) FirstChild = node;
        else reference.PreviousSibling.NextSibling = node;
        reference.PreviousSibling = node;
    }

    /// <summary>Detaches a child.</summary>
    public void RemoveChild(Node child)
    {
        if (child.ParentElement != this) return;
        if (child.PreviousSibling is null) FirstChild = child.NextSibling;
        else child.PreviousSibling.NextSibling = child.NextSibling;
        if (child.NextSibling is null) LastChild = child.PreviousSibling;
        else child.NextSibling.PreviousSibling = child.PreviousSibling;
        child.ParentElement = null;
        child.NextSibling = null;
        child.PreviousSibling = null;
    }

    /// <summary>Removes every child.</summary>
    public void RemoveChildren()
    {
        while (FirstChild is { } c) RemoveChild(c);
    }

    /// <summary>Whether the element matches a CSS selector (the subset <see cref="Selector"/> reads).</summary>
    public bool Matches(string selector) => Selector.Parse(selector).Matches(this);

    /// <summary>The element itself or its nearest ancestor matching the selector.</summary>
    public Element? Closest(string selector)
    {
        var parsed = Selector.Parse(selector);
        for (var e = this; e is not null; e = e.ParentElement)
            if (parsed.Matches(e)) return e;
        return null;
    }

    /// <summary>The first descendant matching the selector.</summary>
    public Element? QuerySelector(string selector)
    {
        var parsed = Selector.Parse(selector);
        foreach (var e in Descendants())
            if (parsed.Matches(e)) return e;
        return null;
    }

    /// <summary>Every descendant matching the selector, in document order.</summary>
    public List<Element> QuerySelectorAll(string selector)
    {
        var parsed = Selector.Parse(selector);
        var all = new List<Element>();
        foreach (var e in Descendants())
            if (parsed.Matches(e)) all.Add(e);
        return all;
    }

    /// <summary>The first descendant with this tag name (no selector parsing).</summary>
    public Element? FirstByTag(string localName)
    {
        for (var n = Next(this, this); n is not null; n = Next(n, this))
            if (n is Element e && string.Equals(e.LocalName, localName, StringComparison.Ordinal)) return e;
        return null;
    }

    /// <summary>Whether any descendant has one of these tag names.</summary>
    public bool HasDescendant(string a, string? b = null, string? c = null)
    {
        for (var n = Next(this, this); n is not null; n = Next(n, this))
            if (n is Element e && (e.LocalName == a || e.LocalName == b || e.LocalName == c)) return true;
        return false;
    }

    /// <summary>The element serialized as HTML (attributes and text escaped; for tests and debugging).</summary>
    public string OuterHtml
    {
        get
        {
            var sb = new StringBuilder();
            Serializer.Write(this, sb);
            return sb.ToString();
        }
    }

    /// <summary>The element's children serialized as HTML.</summary>
    public string InnerHtml
    {
        get
        {
            var sb = new StringBuilder();
            for (var n = FirstChild; n is not null; n = n.NextSibling) Serializer.Write(n, sb);
            return sb.ToString();
        }
    }

    /// <inheritdoc />
    public override string ToString() => "<" + LocalName + ">";
}
