using AngleSharp.Dom;

namespace Janalyq.Extraction.Body;

/// <summary>Text measures of one element, computed once bottom-up.</summary>
internal sealed class NodeInfo
{
    /// <summary>Visible characters in the subtree.</summary>
    public int Text;
    /// <summary>Visible characters inside links.</summary>
    public int Link;
    /// <summary>Visible characters in the element's own phrasing content (text nodes and inline children).</summary>
    public int Inline;
    /// <summary>Commas in the own phrasing content.</summary>
    public int Commas;
    /// <summary>Number of p elements in the subtree.</summary>
    public int Paragraphs;
    /// <summary>Number of images in the subtree.</summary>
    public int Images;
    /// <summary>Number of li elements in the subtree.</summary>
    public int Items;
    /// <summary>Readability-style content score (only for candidates).</summary>
    public double Score;
    /// <summary>How many of the element and its ancestors have a boilerplate class name.</summary>
    public int Unlikely;
    /// <summary>True once the element has been initialised as a candidate.</summary>
    public bool Candidate;

    public double LinkDensity => Text == 0 ? 0 : (double)Link / Text;
}

/// <summary>Computes <see cref="NodeInfo"/> for every element under a root, in document order.</summary>
internal sealed class NodeStats
{
    private readonly Dictionary<IElement, NodeInfo> _info = new(ReferenceEqualityComparer.Instance);

    /// <summary>Elements in document (pre-)order.</summary>
    public List<IElement> Elements { get; } = new(4096);

    public NodeInfo this[IElement e] => _info.TryGetValue(e, out var i) ? i : Empty;

    private static readonly NodeInfo Empty = new();

    public static NodeStats Measure(IElement root, HashSet<IElement>? unlikely = null)
    {
        var stats = new NodeStats { _unlikely = unlikely };
        stats.Visit(root, false, 0);
        return stats;
    }

    private HashSet<IElement>? _unlikely;

    private NodeInfo Visit(IElement e, bool inLink, int unlikelyDepth)
    {
        var info = new NodeInfo();
        if (_unlikely is not null && _unlikely.Contains(e)) unlikelyDepth++;
        info.Unlikely = unlikelyDepth;
        _info[e] = info;
        Elements.Add(e);
        var tag = e.LocalName;
        var isLink = inLink || tag == "a";
        if (tag == "p") info.Paragraphs = 1;
        else if (tag == "img") info.Images = 1;
        else if (tag == "li") info.Items = 1;
        var nodes = e.ChildNodes;
        for (var k = 0; k < nodes.Length; k++)
        {
            var child = nodes[k];
            if (child is IText t)
            {
                var data = t.Data;
                var n = 0;
                var commas = 0;
                foreach (var c in data)
                {
                    if (Html.IsWhiteSpace(c)) continue;
                    n++;
                    if (c is ',' or '，' or '،' or '、') commas++;
                }
                info.Text += n;
                info.Inline += n;
                info.Commas += commas;
                if (isLink) info.Link += n;
            }
            else if (child is IElement ce)
            {
                if (Html.Junk.Contains(ce.LocalName)) continue;
                var ci = Visit(ce, isLink, unlikelyDepth);
                info.Text += ci.Text;
                info.Link += ci.Link;
                info.Paragraphs += ci.Paragraphs;
                info.Images += ci.Images;
                info.Items += ci.Items;
                if (Html.Inline.Contains(ce.LocalName))
                {
                    info.Inline += ci.Inline;
                    info.Commas += ci.Commas;
                }
            }
        }
        return info;
    }
}
