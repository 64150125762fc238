using System.Runtime.CompilerServices;
using System.Collections.Frozen;

namespace Janalyq.Markup;

/// <summary>
/// Tag and attribute names the parser meets often, interned (a page's thousand "div"s share one string), and the
/// categories of the HTML standard's tree construction the parser needs.
/// </summary>
internal static class TagNames
{
    private static readonly string[] Known =
    [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big", "blockquote", "body", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details",
        "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form",
        "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img",
        "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "nobr",
        "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "plaintext",
        "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source",
        "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "math", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp", "path",
        "g", "use", "symbol", "defs", "image", "amp-img", "listing", "marquee", "applet", "basefont", "bgsound", "keygen",
        // Attributes.
        "class", "id", "href", "src", "alt", "title", "rel", "name", "content", "property", "itemprop", "itemscope", "itemtype",
        "type", "style", "lang", "charset", "http-equiv", "datetime", "target", "width", "height", "loading", "decoding", "srcset",
        "sizes", "data-src", "data-lazy-src", "data-original", "data-srcset", "role", "aria-label", "aria-hidden", "hidden",
        "onclick", "onload", "onerror", "action", "method", "value", "for", "dir", "tabindex", "border", "align", "valign",
        "colspan", "rowspan", "cellpadding", "cellspacing", "rel", "media", "async", "defer", "crossorigin", "integrity", "xmlns",
        "viewbox", "fill", "d", "data-id", "data-type", "data-url", "frameborder", "allow", "allowfullscreen", "referrerpolicy",
        "poster", "controls", "autoplay", "muted", "loop", "playsinline", "nonce", "placeholder", "autocomplete", "aria-expanded",
        "aria-controls", "aria-labelledby", "aria-describedby", "data-toggle", "data-target", "data-index",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Build();

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var k in Known) d[k] = k;
        return d.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lowercase name, interned when known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string Intern(ReadOnlySpan<char> name)
    {
        Span<char> lower = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        var changed = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is >= 'A' and <= 'Z') { c = (char)(c + 32); changed = true; }
            lower[i] = c;
        }
        ReadOnlySpan<char> key = changed ? lower : name;
        return Lookup.TryGetValue(key, out var known) ? known : new string(key);
    }

    private static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "basefont", "bgsound", "frame",
    ], StringComparer.Ordinal);

    /// <summary>Elements that never have content.</summary>
    internal static bool IsVoid(string tag) => Void.Contains(tag);

    private static readonly FrozenSet<string> RawText = FrozenSet.ToFrozenSet(
        ["script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"], StringComparer.Ordinal);

    /// <summary>Elements whose content is text up to their end tag (no markup inside).</summary>
    internal static bool IsRawText(string tag) => RawText.Contains(tag);

    /// <summary>Raw text in which character references are still decoded.</summary>
    internal static bool DecodesReferences(string tag) => tag is "textarea" or "title";

    private static readonly FrozenSet<string> HeadContent = FrozenSet.ToFrozenSet(
        ["meta", "link", "title", "script", "style", "base", "template", "basefont", "bgsound", "noframes"], StringComparer.Ordinal);

    /// <summary>Elements that stay in the head when they come before the body's first content.</summary>
    internal static bool IsHeadContent(string tag) => HeadContent.Contains(tag);

    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1",
        "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "plaintext", "table", "hr", "xmp", "li", "dd", "dt",
    ], StringComparer.Ordinal);

    /// <summary>Start tags that close an open paragraph (a p cannot hold block content).</summary>
    internal static bool ClosesP(string tag) => ClosesParagraph.Contains(tag);

    private static readonly FrozenSet<string> Special = FrozenSet.ToFrozenSet(
    [
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
        "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select",
        "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr",
        "track", "ul", "wbr", "xmp",
    ], StringComparer.Ordinal);

    /// <summary>The standard's "special" category: an end tag for another element does not close these.</summary>
    internal static bool IsSpecial(string tag) => Special.Contains(tag);

    /// <summary>Elements whose end tag closes them (and what is open inside them) when they are open in scope; the end
    /// tags of the other special elements (noscript, select…) stop at any special element opened inside.</summary>
    internal static bool ClosesInScope(string tag) => tag switch
    {
        "address" or "article" or "aside" or "blockquote" or "button" or "center" or "details" or "dialog" or "dir" or "div"
            or "dl" or "fieldset" or "figcaption" or "figure" or "footer" or "header" or "hgroup" or "listing" or "main"
            or "menu" or "nav" or "ol" or "pre" or "search" or "section" or "summary" or "ul" or "li" or "dd" or "dt"
            or "applet" or "marquee" or "object" or "template" => true,
        _ => false,
    };

    /// <summary>HTML elements that end the search for an open element in scope (table cells and their like); in svg and
    /// math the integration points do (TreeBuilder.IsScopeBoundary).</summary>
    internal static bool IsScopeBoundary(string tag) =>
        tag is "html" or "table" or "td" or "th" or "caption" or "applet" or "marquee" or "object" or "template";

    internal static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';

    /// <summary>Elements whose end tags the parser may close implicitly (the standard's "generate implied end tags").</summary>
    internal static bool HasImpliedEnd(string tag) =>
        tag is "p" or "li" or "dd" or "dt" or "option" or "optgroup" or "rb" or "rp" or "rt" or "rtc";
}
