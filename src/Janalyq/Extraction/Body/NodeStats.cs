using System.Runtime.CompilerServices;
using Janalyq.Markup;

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
    // Per element by document order (Element.Order): no identity hashing.
    private NodeInfo?[] _info = [];

    /// <summary>Elements in document (pre-)order.</summary>
    public List<Element> Elements { get; } = new(4096);

    public NodeInfo this[Element e] => e.Order < _info.Length && _info[e.Order] is { } i ? i : Empty;

    private static readonly NodeInfo Empty = new();

    public static NodeStats Measure(Element root, ElementSet? unlikely = null)
    {
        var stats = new NodeStats { _unlikely = unlikely, _info = new NodeInfo?[Math.Max(root.Order + 1, root.Owner?.ElementCount ?? 0)] };
        stats.Visit(root, false, 0);
        return stats;
    }

    private ElementSet? _unlikely;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private NodeInfo Visit(Element e, bool inLink, int unlikelyDepth)
    {
        var info = new NodeInfo();
        if (_unlikely is not null && _unlikely.Contains(e)) unlikelyDepth++;
        info.Unlikely = unlikelyDepth;
        if (e.Order >= _info.Length) Array.Resize(ref _info, Math.Max(e.Order + 1, _info.Length * 2));
        _info[e.Order] = info;
        Elements.Add(e);
        var tag = e.LocalName;
        var isLink = inLink || tag == "a";
        if (tag == "p") info.Paragraphs = 1;
        else if (tag == "img") info.Images = 1;
        else if (tag == "li") info.Items = 1;
        for (var child = e.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is TextNode t)
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
            else if (child is Element ce)
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
