using System.Runtime.CompilerServices;
namespace Janalyq.Markup;

/// <summary>The tokenizer and tree construction of <see cref="PageParser"/>, one instance per parse.</summary>
internal sealed class TreeBuilder(ReadOnlyMemory<char> source, bool trim)
{
    private readonly ReadOnlyMemory<char> _m = source;
    private readonly bool _trim = trim;
    private readonly Document _doc = new() { Source = source };
    private readonly List<Element> _open = new(64);
    // How many elements of each name are open: the scope searches below walk the stack only when the element they look
    // for is open at all, so 100,000 nested divs parse in linear time.
    private readonly Dictionary<string, int> _openCount = new(StringComparer.Ordinal);
    private readonly List<RawAttribute> _attributes = new(16);
    private int _pos;
    private bool _inBody;
    private Element? _form; // the standard's form element pointer: set by <form>, cleared only by </form>

    private Element Current => _open[^1];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal Document Run()
    {
        Open(_doc.DocumentElement);
        Open(_doc.Head);
        var s = _m.Span;
        var len = s.Length;
        while (_pos < len)
        {
            var lt = At(s, '<', _pos);
            if (lt < 0) { Text(_pos, len); break; }
            if (lt > _pos) Text(_pos, lt);
            _pos = lt;
            var c = lt + 1 < len ? s[lt + 1] : '\0';
            if (c == '!') Bang();
            else if (c == '?') SkipPast('>');
            else if (c == '/')
            {
                var d = lt + 2 < len ? s[lt + 2] : '\0';
                if (char.IsAsciiLetter(d)) EndTag();
                else if (d == '>') _pos = lt + 3;
                else SkipPast('>');
            }
            else if (char.IsAsciiLetter(c)) StartTag();
            else
            {
                // A '<' that starts no tag is text.
                var next = At(s, '<', lt + 1);
                Text(lt, next < 0 ? len : next);
                _pos = next < 0 ? len : next;
            }
        }
        return _doc;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipPast(char c)
    {
        var at = At(_m.Span, c, _pos + 1);
        _pos = at < 0 ? _m.Length : at + 1;
    }

    /// <summary>A comment, a doctype, a CDATA section outside foreign content: nothing for the tree.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Bang()
    {
        var s = _m.Span[_pos..];
        if (s.StartsWith("<!--"))
        {
            if (s.StartsWith("<!-->")) { _pos += 5; return; }
            if (s.StartsWith("<!--->")) { _pos += 6; return; }
            _pos = CommentEnd(_pos + 4);
            return;
        }
        if (s.StartsWith("<![CDATA[") && InForeignContent)
        {
            // In svg and math a CDATA section is text; elsewhere it is a bogus comment up to the first '>'.
            var end = At(_m.Span, "]]>", _pos + 9);
            Append(Current, Clean(Lines(end < 0 ? _m.Span[(_pos + 9)..] : _m.Span[(_pos + 9)..end]), false));
            _pos = end < 0 ? _m.Length : end + 3;
            return;
        }
        SkipPast('>');
    }

    /// <summary>Just past the "--&gt;" or "--!&gt;" that ends a comment whose text starts at <paramref name="from"/>.</summary>
    private int CommentEnd(int from)
    {
        var s = _m.Span;
        while (true)
        {
            var dashes = At(s, "--", from);
            if (dashes < 0 || dashes + 2 >= s.Length) return s.Length;
            if (s[dashes + 2] == '>') return dashes + 3;
            if (s[dashes + 2] == '!' && dashes + 3 < s.Length && s[dashes + 3] == '>') return dashes + 4;
            from = dashes + 1;
        }
    }

    /// <summary>The index of <paramref name="c"/> at or after <paramref name="from"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int At(ReadOnlySpan<char> s, char c, int from)
    {
        var i = s[from..].IndexOf(c);
        return i < 0 ? -1 : i + from;
    }

    /// <summary>The index of <paramref name="text"/> at or after <paramref name="from"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int At(ReadOnlySpan<char> s, string text, int from)
    {
        var i = s[from..].IndexOf(text, StringComparison.Ordinal);
        return i < 0 ? -1 : i + from;
    }

    /// <summary>Text without character references, its line breaks normalized (CR LF and CR become LF, as the standard's
    /// input stream does).</summary>
    private static string Lines(ReadOnlySpan<char> text) => CharacterReferences.NormalizeLines(new string(text));

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f' or '\r';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Text(int start, int end)
    {
        var s = _m.Span;
        if (!_inBody)
        {
            var i = start;
            while (i < end && IsSpace(s[i])) i++;
            if (i == end) return; // white space before the body's first content
            start = i;
            ToBody();
        }
        Append(Current, end - start <= 32 && s.Slice(start, end - start).IndexOfAnyExcept(" \n\t\f") < 0
            ? Whitespace(s.Slice(start, end - start))
            : Clean(CharacterReferences.Decode(s[start..end], false), false));
    }

    [ThreadStatic] private static Dictionary<string, string>? t_whitespace;

    /// <summary>The indentation between tags, one string per distinct run ("\n", "\n    ") instead of one per gap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Whitespace(ReadOnlySpan<char> run)
    {
        var cache = t_whitespace ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(run, out var known)) return known;
        var s = new string(run);
        if (cache.Count < 512) cache[s] = s;
        return s;
    }

    /// <summary>NUL characters: dropped from text (browsers ignore them there), U+FFFD in attribute values and raw text.</summary>
    internal static string Clean(string text, bool replace)
    {
        if (!text.Contains('\0', StringComparison.Ordinal)) return text;
        return replace ? text.Replace('\0', '\uFFFD') : text.Replace("\0", "", StringComparison.Ordinal);
    }

    /// <summary>Whether tokens go to foreign content: the current node is an svg or math element that is not an HTML
    /// integration point (svg foreignObject, desc, title; math mi, mo, mn, ms, mtext, annotation-xml).</summary>
    private bool InForeignContent => Current.IsForeign && !IsIntegrationPoint(Current);

    private static bool IsIntegrationPoint(Element e) =>
        e.LocalName is "foreignobject" or "desc" or "title" or "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation-xml";

    /// <summary>Where the search for an element in scope stops: table cells and their like, and the svg and math
    /// elements that hold HTML (only as foreign elements: an HTML page's own &lt;mi&gt; is an unknown element).</summary>
    private static bool IsScopeBoundary(Element e) => e.IsForeign ? IsIntegrationPoint(e) : TagNames.IsScopeBoundary(e.LocalName);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Append(Element parent, string data)
    {
        if (data.Length == 0) return;
        if (parent.LastChild is TextNode last) last.Data += data; // text split by a skipped comment is one run
        else parent.AppendChild(new TextNode(data));
    }

    private void ToBody()
    {
        _inBody = true;
        _open.Clear();
        _openCount.Clear();
        Open(_doc.DocumentElement);
        Open(_doc.Body);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StartTag()
    {
        var s = _m.Span;
        var len = s.Length;
        var i = _pos + 1;
        var nameStart = i;
        while (i < len && !IsSpace(s[i]) && s[i] != '/' && s[i] != '>') i++;
        var name = TagNames.Intern(s.Slice(nameStart, i - nameStart));
        _attributes.Clear();
        var selfClosing = false;
        while (true)
        {
            while (i < len && IsSpace(s[i])) i++;
            if (i >= len) { _pos = len; return; } // the page ends inside the tag: the standard drops it
            var c = s[i];
            if (c == '>') { i++; break; }
            if (c == '/')
            {
                if (i + 1 < len && s[i + 1] == '>') { selfClosing = true; i += 2; break; }
                i++;
                continue;
            }
            var attrStart = i++;
            while (i < len && !IsSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') i++;
            var attrName = TagNames.Intern(s.Slice(attrStart, i - attrStart));
            while (i < len && IsSpace(s[i])) i++;
            var value = new RawAttribute(attrName, "");
            if (i < len && s[i] == '=')
            {
                i++;
                while (i < len && IsSpace(s[i])) i++;
                if (i < len && s[i] is '"' or '\'')
                {
                    var quote = s[i];
                    var close = At(s, quote, i + 1);
                    if (close < 0) { _pos = len; return; }
                    value = new RawAttribute(attrName, i + 1, close - i - 1); // decoded on first read
                    i = close + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < len && !IsSpace(s[i]) && s[i] != '>') i++;
                    value = new RawAttribute(attrName, valueStart, i - valueStart);
                }
            }
            if (!Has(attrName)) _attributes.Add(value);
        }
        _pos = i;
        // A template in the head keeps the head open: its content is a fragment no reader of the tree sees (AngleSharp keeps
        // it apart too), so it is skipped there, as the extractor's parse skips every template's.
        if ((_trim || (name == "template" && !_inBody)) && !InForeignContent && Trimmed(name, selfClosing)) return;
        var element = Insert(name, selfClosing);
        if (element is null || element.IsForeign) return; // in svg and math, title, style and script hold markup
        // A line feed right after <pre>, <listing> or <textarea> is not content (authors write the text on the next line).
        if (name is "pre" or "listing" or "textarea" && _pos < len && s[_pos] is '\n' or '\r')
            _pos += s[_pos] == '\r' && _pos + 1 < len && s[_pos + 1] == '\n' ? 2 : 1;
        if (TagNames.IsRawText(name)) RawText(element);
        else if (name == "plaintext")
        {
            Append(element, Lines(_m.Span[_pos..]));
            _pos = len;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Has(string name)
    {
        foreach (var a in _attributes)
            if (ReferenceEquals(a.Name, name) || a.Name == name) return true;
        return false;
    }

    /// <summary>
    /// What the extractor never reads, left out of the tree (<see cref="PageParser.ParseForExtraction"/>): scripts other
    /// than JSON-LD and style elements with their content, the inside of inline SVG and template elements (an empty
    /// element stays in their place). On news pages these are often half the bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Trimmed(string name, bool selfClosing)
    {
        switch (name)
        {
            case "script":
                var type = Find("type");
                if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) return false;
                RawEnd(name, out _, out var afterScript);
                _pos = afterScript;
                return true;
            case "style":
                RawEnd(name, out _, out var afterStyle);
                _pos = afterStyle;
                return true;
            case "svg" or "template" when !selfClosing:
                var element = Insert(name, false);
                SkipNested(name);
                if (element is not null && _open.Count > 2 && Current == element) Pop();
                return true;
            default:
                return false;
        }
    }

    private string? Find(string name)
    {
        foreach (var a in _attributes)
            if (a.Name == name) return a.Decode(_m.Span);
        return null;
    }

    /// <summary>Moves past the end tag closing an element of <paramref name="name"/>, counting nested ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipNested(string name)
    {
        var s = _m.Span;
        var depth = 1;
        var i = _pos;
        while (true)
        {
            var lt = At(s, '<', i);
            if (lt < 0) { _pos = s.Length; return; }
            var nameEnd = lt + 1 + name.Length;
            if (lt + 2 + name.Length <= s.Length && s[lt + 1] == '/' && s.Slice(lt + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (lt + 2 + name.Length == s.Length || IsSpace(s[lt + 2 + name.Length]) || s[lt + 2 + name.Length] == '>'))
            {
                if (--depth == 0)
                {
                    var gt = At(s, '>', lt);
                    _pos = gt < 0 ? s.Length : gt + 1;
                    return;
                }
            }
            else if (nameEnd < s.Length && s.Slice(lt + 1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) && (IsSpace(s[nameEnd]) || s[nameEnd] is '>' or '/'))
            {
                var gt = At(s, '>', lt);
                if (gt > 0 && s[gt - 1] != '/') depth++;
            }
            i = lt + 1;
        }
    }

    /// <summary>Script, style, title and their like: text up to the matching end tag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RawText(Element element)
    {
        var s = _m.Span;
        var name = element.LocalName;
        RawEnd(name, out var end, out var after);
        if (end > _pos)
            Append(element, Clean(TagNames.DecodesReferences(name) ? CharacterReferences.Decode(s[_pos..end], false) : Lines(s[_pos..end]), true));
        _pos = after;
        if (Current == element) CloseAt(_open.Count - 1);
    }

    /// <summary>Where the raw text from the current position ends (<paramref name="end"/>) and where its end tag ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RawEnd(string name, out int end, out int after)
    {
        var s = _m.Span;
        var i = _pos;
        while (true)
        {
            var close = At(s, "</", i);
            if (close < 0) { end = after = s.Length; break; }
            var nameEnd = close + 2 + name.Length;
            if (nameEnd <= s.Length && s.Slice(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (nameEnd == s.Length || IsSpace(s[nameEnd]) || s[nameEnd] is '/' or '>'))
            {
                end = close;
                var gt = At(s, '>', nameEnd);
                after = gt < 0 ? s.Length : gt + 1;
                break;
            }
            i = close + 2;
        }
    }

    private void CopyAttributes(Element target, bool onlyMissing)
    {
        foreach (var a in _attributes)
            if (!onlyMissing || !target.HasAttribute(a.Name)) target.AddAttribute(a);
    }

    /// <summary>Tree construction for a start tag; returns the element inserted, or null when the tag is ignored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Element? Insert(string name, bool selfClosing)
    {
        if (!_inBody)
        {
            // A noscript in the head (scripting off) holds links, metas and styles; any other tag closes it.
            var inNoscript = Current.LocalName == "noscript";
            if (inNoscript && name is not ("link" or "meta" or "style" or "basefont" or "bgsound" or "noframes" or "html" or "noscript")) Pop();
            switch (name)
            {
                case "html": CopyAttributes(_doc.DocumentElement, true); return null;
                case "head": return null;
                case "body": CopyAttributes(_doc.Body, true); ToBody(); return null;
                case "noscript": return inNoscript ? null : Create(name, false);
            }
            if (TagNames.IsHeadContent(name)) return Create(name, selfClosing);
            ToBody();
        }
        if (InForeignContent)
        {
            // In svg and math every tag is foreign (html too) except the HTML ones that close the svg or math.
            if (!BreaksOutOfForeignContent(name)) return Create(name, selfClosing, foreign: true);
            while (_open.Count > 2 && InForeignContent) Pop();
        }
        switch (name)
        {
            case "html": CopyAttributes(_doc.DocumentElement, true); return null;
            case "body": CopyAttributes(_doc.Body, true); return null;
            case "head": return null;
        }
        if (name == "image") name = "img";
        if (name is "svg" or "math") return Create(name, selfClosing, foreign: true);
        if (name == "form")
        {
            // A form inside a form is ignored; in a table the form is an empty element (its fields follow it).
            if (_form is not null && !IsOpen("template")) return null;
            if (Current.LocalName is "table" or "tbody" or "thead" or "tfoot" or "tr")
            {
                _form = Create(name, false);
                Pop();
                return _form;
            }
        }
        if (Current.LocalName == "colgroup" && name is not ("col" or "template")) Pop(); // a column group holds only columns
        if (TagNames.ClosesP(name) && InScope("p", button: true)) PopThrough("p");
        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (TagNames.IsHeading(Current.LocalName)) Pop();
                break;
            case "li":
                CloseListItem("li", null);
                break;
            case "dd" or "dt":
                CloseListItem("dd", "dt");
                break;
            case "a" when IsOpen("a"):
                for (var k = _open.Count - 1; k >= 2; k--)
                {
                    var open = _open[k].LocalName;
                    if (open == "a") { PopTo(k); break; }
                    if (IsScopeBoundary(_open[k])) break;
                }
                break;
            case "button":
                if (InScope("button", button: false)) PopThrough("button");
                break;
            case "option":
                if (Current.LocalName == "option") Pop();
                break;
            case "optgroup":
                if (Current.LocalName == "option") Pop();
                if (Current.LocalName == "optgroup") Pop();
                break;
            case "tr":
                if (!ToTableLevel(rowGroup: true)) return null;
                if (Current.LocalName == "table") Create("tbody", false, implied: true);
                break;
            case "td" or "th":
                if (!ToTableLevel(rowGroup: false)) return null;
                if (Current.LocalName == "table") Create("tbody", false, implied: true);
                if (Current.LocalName is "tbody" or "thead" or "tfoot") Create("tr", false, implied: true);
                break;
            case "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                if (!ToTable()) return null;
                break;
            case "col":
                if (Current.LocalName == "colgroup") break;
                if (!ToTable()) return null;
                Create("colgroup", false, implied: true); // columns directly in a table get an implied colgroup
                break;
        }
        var created = Create(name, selfClosing);
        if (name == "form") _form = created;
        return created;
    }

    /// <summary>HTML start tags that end foreign content (the standard's list; font only with color, face or size).</summary>
    private bool BreaksOutOfForeignContent(string name) => name switch
    {
        "b" or "big" or "blockquote" or "body" or "br" or "center" or "code" or "dd" or "div" or "dl" or "dt" or "em" or "embed"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "head" or "hr" or "i" or "img" or "li" or "listing" or "menu"
            or "meta" or "nobr" or "ol" or "p" or "pre" or "ruby" or "s" or "small" or "span" or "strong" or "strike" or "sub"
            or "sup" or "table" or "tt" or "u" or "ul" or "var" => true,
        "font" => Has("color") || Has("face") || Has("size"),
        _ => false,
    };


    /// <summary>Inserts an element at the current node and opens it (unless void or self-closing foreign). Implied
    /// elements (a table's tbody and tr) take none of the tag's attributes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Element Create(string name, bool selfClosing, bool foreign = false, bool implied = false)
    {
        var e = new Element(name, _doc.ElementCount++, _doc) { IsForeign = foreign };
        if (!implied && _attributes.Count > 0) e.SetParsedAttributes(_attributes);
        Current.AppendChild(e);
        if (foreign ? selfClosing : TagNames.IsVoid(name)) return e;
        Open(e);
        return e;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Pop()
    {
        if (_open.Count <= 2) return; // html and body (or head) stay open
        CloseAt(_open.Count - 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Open(Element e)
    {
        _open.Add(e);
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_openCount, e.LocalName, out _)++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CloseAt(int k)
    {
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_openCount, _open[k].LocalName)--;
        _open.RemoveAt(k);
    }

    private bool IsOpen(string name) => _openCount.GetValueOrDefault(name) > 0;

    private bool AnyHeadingOpen => IsOpen("h1") || IsOpen("h2") || IsOpen("h3") || IsOpen("h4") || IsOpen("h5") || IsOpen("h6");

    /// <summary>Pops until the stack has <paramref name="k"/> elements.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PopTo(int k)
    {
        while (_open.Count > Math.Max(k, 2)) Pop();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PopThrough(string name)
    {
        if (!IsOpen(name)) return;
        for (var k = _open.Count - 1; k >= 2; k--)
            if (_open[k].LocalName == name) { PopTo(k); return; }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool InScope(string name, bool button)
    {
        if (!IsOpen(name)) return false;
        for (var k = _open.Count - 1; k >= 1; k--)
        {
            var open = _open[k].LocalName;
            if (open == name) return true;
            if (IsScopeBoundary(_open[k]) || (button && open == "button")) return false;
        }
        return false;
    }

    /// <summary>A new li (or dd/dt) closes the open one, unless a block other than div, p or address comes between.</summary>
    private void CloseListItem(string a, string? b)
    {
        if (!IsOpen(a) && (b is null || !IsOpen(b))) return;
        for (var k = _open.Count - 1; k >= 2; k--)
        {
            var open = _open[k].LocalName;
            if (open == a || open == b) { PopTo(k); return; }
            if (TagNames.IsSpecial(open) && open is not ("address" or "div" or "p")) return;
        }
    }

    /// <summary>For a new row (or cell): closes the open cell and row, down to the row group (or row) level. False when no
    /// table is open: browsers ignore row and cell tags outside tables.</summary>
    private bool ToTableLevel(bool rowGroup)
    {
        if (!IsOpen("table")) return false;
        for (var k = _open.Count - 1; k >= 2; k--)
        {
            var open = _open[k].LocalName;
            switch (open)
            {
                case "td" or "th":
                    PopTo(k);
                    continue;
                case "tr":
                    if (rowGroup) { PopTo(k); continue; }
                    PopTo(k + 1);
                    return true;
                case "tbody" or "thead" or "tfoot" or "table":
                    PopTo(k + 1);
                    return true;
                case "html" or "template":
                    return false;
            }
        }
        return false;
    }

    /// <summary>Closes everything inside the nearest open table; false when none is open.</summary>
    private bool ToTable()
    {
        if (!IsOpen("table")) return false;
        for (var k = _open.Count - 1; k >= 2; k--)
            if (_open[k].LocalName == "table") { PopTo(k + 1); return true; }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EndTag()
    {
        var s = _m.Span;
        var i = _pos + 2;
        var nameStart = i;
        while (i < s.Length && !IsSpace(s[i]) && s[i] != '/' && s[i] != '>') i++;
        var name = TagNames.Intern(s.Slice(nameStart, i - nameStart));
        var gt = At(s, '>', i);
        _pos = gt < 0 ? s.Length : gt + 1;
        if (gt < 0) return; // the page ends inside the tag
        if (!_inBody)
        {
            if (name == "noscript" && Current.LocalName == "noscript") Pop();
            if (name != "br") return; // other end tags before the body's content close nothing that matters
            ToBody();
        }
        if (name is "br" or "p" && InForeignContent)
        {
            // </br> and </p> end svg and math content, then act as in HTML.
            while (_open.Count > 2 && InForeignContent) Pop();
        }
        else if (Current.IsForeign)
        {
            // In svg and math an end tag closes the nearest foreign element of its name; past them, HTML rules apply.
            for (var k = _open.Count - 1; k >= 2 && _open[k].IsForeign; k--)
                if (_open[k].LocalName == name) { PopTo(k); return; }
        }
        switch (name)
        {
            case "body" or "html" or "head":
                return;
            case "form":
                EndForm();
                return;
            case "br":
                Create("br", false, implied: true); // </br> is a br, without the attributes of the last start tag
                return;
            case "p":
                if (InScope("p", button: true)) PopThrough("p");
                else
                {
                    Create("p", false, implied: true); // a stray </p> makes an empty paragraph, as in browsers
                    Pop();
                }
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (!AnyHeadingOpen) return;
                for (var k = _open.Count - 1; k >= 2; k--)
                {
                    var open = _open[k].LocalName;
                    if (TagNames.IsHeading(open)) { PopTo(k); return; }
                    if (IsScopeBoundary(_open[k])) return;
                }
                return;
            case "table":
                PopThroughWithin(name, "html");
                return;
            case "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption" or "colgroup":
                PopThroughWithin(name, "table");
                return;
        }
        if (!IsOpen(name)) return; // nothing of the name to close
        if (TagNames.ClosesInScope(name))
        {
            // A block's end tag closes it and whatever is still open inside it, if it is open in scope.
            for (var k = _open.Count - 1; k >= 2; k--)
            {
                var open = _open[k].LocalName;
                if (open == name) { PopTo(k); return; }
                if (IsScopeBoundary(_open[k])) return;
                if (name is "li" && open is "ol" or "ul") return;
            }
            return;
        }
        // Phrasing, unknown and the other special elements (noscript, select…): closed if open above the nearest special
        // element; otherwise ignored (for formatting elements a browser's adoption agency would re-parent the text,
        // keeping it inside the block as this does).
        for (var k = _open.Count - 1; k >= 2; k--)
        {
            var open = _open[k].LocalName;
            if (open == name) { PopTo(k); return; }
            if (TagNames.IsSpecial(open)) return;
        }
    }

    /// <summary>&lt;/form&gt; takes the form off the stack wherever it is, leaving what was opened inside it open, as
    /// browsers do; without a form pointer it is ignored.</summary>
    private void EndForm()
    {
        var form = _form;
        _form = null;
        if (IsOpen("template")) { PopThroughWithin("form", "html"); return; }
        if (form is null) return;
        var k = _open.LastIndexOf(form);
        if (k < 2 || !InScope("form", button: false)) return;
        while (Current.LocalName is "p" or "li" or "dd" or "dt" or "option" or "optgroup" or "rp" or "rt" && Current != form) Pop();
        CloseAt(_open.LastIndexOf(form));
    }

    private void PopThroughWithin(string name, string boundary)
    {
        if (!IsOpen(name)) return;
        for (var k = _open.Count - 1; k >= 2; k--)
        {
            var open = _open[k].LocalName;
            if (open == name) { PopTo(k); return; }
            if (open == boundary || open == "template") return;
        }
    }
}
