using System.Runtime.CompilerServices;
using System.Net;
using System.Text;
using Janalyq.Markup;

namespace Janalyq.Extraction.Body;

/// <summary>Walks the article's container and cuts it into paragraph-level blocks.</summary>
internal sealed class BlockCollector
{
    private readonly Uri? _base;
    private readonly List<Block> _blocks = [];
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();
    private int _linkChars;
    private int _inLink;
    private int _depth;
    private const int MaxDepth = 400;

    private BlockCollector(Uri? baseUrl) => _base = baseUrl;

    internal static List<Block> Collect(IEnumerable<Element> roots, Uri? baseUrl)
    {
        var c = new BlockCollector(baseUrl);
        foreach (var root in roots)
        {
            c.Element(root, false, null);
            c.Flush(BlockKind.Paragraph, null);
        }
        return c._blocks;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Node(Node node, bool inQuote, string? sig)
    {
        if (node is TextNode t) { AppendText(t.Data, false); return; }
        if (node is Element e) Element(e, inQuote, sig);
    }

    private void Element(Element e, bool inQuote, string? sig)
    {
        if (_depth > MaxDepth) { AppendText(Html.TextOf(e), false); return; }
        _depth++;
        try { ElementCore(e, inQuote, sig); }
        finally { _depth--; }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ElementCore(Element e, bool inQuote, string? sig)
    {
        var tag = e.LocalName;
        var own = ClassHints.Signature(e);
        var signature = own.Length == 0 ? sig : sig is null ? own : own + " " + sig;
        switch (tag)
        {
            case "br":
                if (_text.Length > 0) { _text.Append('\n'); _html.Append("<br>"); }
                return;
            case "img":
                Image(e, null);
                return;
            case "figure":
                Figure(e);
                return;
            case "iframe":
                Video(e);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Flush(inQuote ? BlockKind.Quote : BlockKind.Paragraph, signature);
                Children(e, inQuote, signature);
                Flush(BlockKind.Heading, signature, level: Math.Clamp(tag[1] - '0', 2, 4), raw: tag[1] - '0');
                return;
            case "li" or "dt" or "dd":
                Flush(inQuote ? BlockKind.Quote : BlockKind.Paragraph, signature);
                Children(e, inQuote, signature);
                var list = e.ParentElement;
                Flush(BlockKind.ListItem, signature, group: list, ordered: list?.LocalName == "ol");
                return;
            case "tr":
                Flush(BlockKind.Paragraph, signature);
                Row(e, signature);
                return;
            case "table" when IsLayoutTable(e):
                break; // walk it like a div
            case "blockquote":
                Flush(inQuote ? BlockKind.Quote : BlockKind.Paragraph, signature);
                Children(e, true, signature);
                Flush(BlockKind.Quote, signature);
                return;
            case "pre":
                Flush(BlockKind.Paragraph, signature);
                AppendText(e.TextContent, true);
                Flush(BlockKind.Preformatted, signature);
                return;
        }

        if (Html.Inline.Contains(tag))
        {
            Inline(e, tag, inQuote, signature);
            return;
        }
        // Any other element is a block container: what came before it is a paragraph, and so is what follows.
        var kind = inQuote ? BlockKind.Quote : BlockKind.Paragraph;
        Flush(kind, signature);
        Children(e, inQuote, signature);
        Flush(kind, signature, own: own);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Children(Element e, bool inQuote, string? sig)
    {
        for (var n = e.FirstChild; n is not null; n = n.NextSibling) Node(n, inQuote, sig);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Inline(Element e, string tag, bool inQuote, string? sig)
    {
        string? close = null;
        switch (tag)
        {
            case "a":
                var href = Absolute(e.GetAttribute("href"));
                if (href is not null && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
                {
                    _html.Append("<a href=\"").Append(WebUtility.HtmlEncode(href)).Append("\">");
                    close = "</a>";
                }
                _inLink++;
                Children(e, inQuote, sig);
                _inLink--;
                if (close is not null) _html.Append(close);
                return;
            case "b" or "strong": _html.Append("<strong>"); close = "</strong>"; break;
            case "i" or "em": _html.Append("<em>"); close = "</em>"; break;
        }
        Children(e, inQuote, sig);
        if (close is not null) _html.Append(close);
    }

    private void Row(Element tr, string? sig)
    {
        var cells = new List<string>();
        var header = true;
        foreach (var cell in tr.Children)
        {
            if (cell.LocalName is not ("td" or "th")) continue;
            if (cell.LocalName == "td") header = false;
            var text = Html.TextOf(cell);
            cells.Add(text);
        }
        if (cells.Count == 0 || cells.TrueForAll(c => c.Length == 0)) return;
        var table = tr.Closest("table");
        var html = new StringBuilder();
        foreach (var c in cells) html.Append(header ? "<th>" : "<td>").Append(WebUtility.HtmlEncode(c)).Append(header ? "</th>" : "</td>");
        _blocks.Add(new Block
        {
            Kind = BlockKind.TableRow, Text = string.Join(" | ", cells.Where(c => c.Length > 0)), InlineHtml = html.ToString(),
            Group = table, HeaderRow = header, Signature = sig ?? "",
            LinkChars = tr.QuerySelectorAll("a").Sum(a => Html.VisibleLength(a.TextContent)),
        });
    }

    private void Figure(Element figure)
    {
        Flush(BlockKind.Paragraph, null);
        var img = figure.QuerySelector("img");
        var caption = figure.QuerySelector("figcaption") is { } fc ? Html.TextOf(fc) : null;
        if (img is not null) Image(img, caption);
        else
        {
            // A figure holding a quote or a table rather than a picture: its content is body text.
            foreach (var child in figure.Children)
                if (child.LocalName != "figcaption") Element(child, false, null);
            Flush(BlockKind.Paragraph, null);
        }
    }

    private void Image(Element img, string? caption)
    {
        var src = Absolute(img.GetAttribute("src"));
        if (src is null || !src.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return;
        Flush(BlockKind.Paragraph, null);
        _blocks.Add(new Block { Kind = BlockKind.Figure, ImageUrl = src, Caption = caption });
    }

    /// <summary>An embedded player: the cleaner has already removed every iframe whose host is not allowed.</summary>
    private void Video(Element iframe)
    {
        var src = Absolute(iframe.GetAttribute("src") ?? iframe.GetAttribute("data-src"));
        if (src is null || !src.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return;
        Flush(BlockKind.Paragraph, null);
        _blocks.Add(new Block { Kind = BlockKind.Figure, VideoUrl = src });
    }

    private static bool IsLayoutTable(Element table)
    {
        // A table holding block markup is page layout, not data.
        return table.QuerySelector("p, div, table, h2, h3, ul") is not null;
    }

    private void AppendText(string data, bool preformatted)
    {
        if (preformatted)
        {
            _text.Append(data.Trim('\n', '\r'));
            _html.Append(WebUtility.HtmlEncode(data.Trim('\n', '\r')));
            return;
        }
        foreach (var c in data)
        {
            if (Html.IsWhiteSpace(c))
            {
                if (_text.Length > 0 && _text[^1] is not (' ' or '\n')) { _text.Append(' '); _html.Append(' '); }
                continue;
            }
            _text.Append(c);
            if (_inLink > 0) _linkChars++;
            switch (c)
            {
                case '<': _html.Append("&lt;"); break;
                case '>': _html.Append("&gt;"); break;
                case '&': _html.Append("&amp;"); break;
                default: _html.Append(c); break;
            }
        }
    }

    private void Flush(BlockKind kind, string? sig, int level = 0, object? group = null, bool ordered = false, int raw = 0, string? own = null)
    {
        var text = _text.ToString().Trim();
        if (text.Length > 0)
        {
            if (kind != BlockKind.Preformatted) text = string.Join('\n', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            _blocks.Add(new Block
            {
                Kind = kind, Text = text, InlineHtml = _html.ToString().Trim(), LinkChars = _linkChars, Level = raw == 1 ? 1 : level,
                Group = group, Ordered = ordered, Signature = sig ?? "", OwnSignature = own ?? "",
            });
        }
        _text.Clear();
        _html.Clear();
        _linkChars = 0;
    }

    private string? Absolute(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        if (href.StartsWith('#')) return null;
        // "/path" is an absolute file URI to .NET on Unix: only scheme-qualified strings count as absolute here.
        if (!href.StartsWith('/') && Uri.TryCreate(href, UriKind.Absolute, out var abs)) return abs.Scheme is "http" or "https" or "mailto" ? abs.AbsoluteUri : null;
        if (_base is not null && Uri.TryCreate(_base, href, out var rel)) return rel.AbsoluteUri;
        return null;
    }
}
