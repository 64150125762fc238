namespace Janalyq.Markup;

/// <summary>A set of elements of one document, kept as flags by <see cref="Element.Order"/>: no hashing.</summary>
public sealed class ElementSet
{
    private bool[] _flags;

    /// <summary>An empty set sized for the document of <paramref name="any"/>.</summary>
    public ElementSet(Element any) => _flags = new bool[Math.Max(16, any.Owner?.ElementCount ?? any.Order + 1)];

    /// <summary>Adds an element.</summary>
    public void Add(Element e)
    {
        if (e.Order >= _flags.Length) Array.Resize(ref _flags, Math.Max(e.Order + 1, _flags.Length * 2));
        _flags[e.Order] = true;
    }

    /// <summary>Whether the set holds the element.</summary>
    public bool Contains(Element e) => e.Order < _flags.Length && _flags[e.Order];
}
