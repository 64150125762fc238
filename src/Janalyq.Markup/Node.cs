using System.Text;

namespace Janalyq.Markup;

/// <summary>
/// A node of the extractor's own page tree: an element or a run of text. Children are a linked list (first, last,
/// next, previous), so removing a node is constant time and a wide element costs no child array.
/// </summary>
public abstract class Node
{
    /// <summary>The element holding this node; null for the root and for detached nodes.</summary>
    public Element? ParentElement { get; internal set; }

    /// <summary>The next node under the same parent.</summary>
    public Node? NextSibling { get; internal set; }

    /// <summary>The previous node under the same parent.</summary>
    public Node? PreviousSibling { get; internal set; }

    /// <summary>All text under this node, concatenated in document order (no separators).</summary>
    public abstract string TextContent { get; }

    /// <summary>Detaches the node (and its subtree) from its parent.</summary>
    public void Remove() => ParentElement?.RemoveChild(this);

    /// <summary>The next element under the same parent.</summary>
    public Element? NextElementSibling
    {
        get
        {
            for (var n = NextSibling; n is not null; n = n.NextSibling)
                if (n is Element e) return e;
            return null;
        }
    }

    /// <summary>The previous element under the same parent.</summary>
    public Element? PreviousElementSibling
    {
        get
        {
            for (var n = PreviousSibling; n is not null; n = n.PreviousSibling)
                if (n is Element e) return e;
            return null;
        }
    }

    [ThreadStatic] private static StringBuilder? _builder;

    /// <summary>A per-thread builder for text concatenation; callers return it with <see cref="Release"/>.</summary>
    internal static StringBuilder Rent()
    {
        var sb = _builder ?? new StringBuilder(1024);
        _builder = null;
        sb.Clear();
        return sb;
    }

    internal static string Release(StringBuilder sb)
    {
        var s = sb.ToString();
        if (sb.Capacity <= 1 << 20) _builder = sb;
        return s;
    }
}

/// <summary>A run of character data (entities already decoded).</summary>
public sealed class TextNode(string data) : Node
{
    /// <summary>The text.</summary>
    public string Data { get; internal set; } = data;

    /// <inheritdoc />
    public override string TextContent => Data;
}
