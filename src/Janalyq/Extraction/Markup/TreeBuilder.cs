namespace Janalyq.Extraction.Markup;

/// <summary>The tokenizer and tree construction of <see cref="PageParser"/>, one instance per parse.</summary>
internal sealed class TreeBuilder(string source, bool trim)
{
    private readonly string _s = source;
    private readonly bool _trim = trim;
    private readonly Document _doc = new() { Source = source };
    private readonly List<Element> _open = new(64);
    private readonly List<RawAttribute> _attributes = new(16);
    private int _pos;
    private bool _inBody;
    private int _foreign;

    private Element Current => _open[^1];

    internal Document Run()
    {
        _open.Add(_doc.DocumentElement);
        _open.Add(_doc.Head);
        var s = _s;
        var len = s.Length;
        while (_pos < len)
        {
            var lt = s.IndexOf('<', _pos);
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
                var next = s.IndexOf('<', lt + 1);
                Text(lt, next < 0 ? len : next);
                _pos = next < 0 ? len : next;
            }
        }
        return _doc;
    }

    private void SkipPast(char c)
    {
        var at = _s.IndexOf(c, _pos + 1);
        _pos = at < 0 ? _s.Length : at + 1;
    }

    /// <summary>A comment, a doctype, a CDATA section outside foreign content: nothing for the tree.</summary>
    private void Bang()
    {
        var s = _s.AsSpan(_pos);
        if (s.StartsWith("<!--"))
        {
            if (s.StartsWith("<!-->")) { _pos += 5; return; }
            if (s.StartsWith("<!--->")) { _pos += 6; return; }
            var end = _s.IndexOf("-->", _pos + 4, StringComparison.Ordinal);
            _pos = end < 0 ? _s.Length : end + 3;
            return;
        }
        SkipPast('>');
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f' or '\r';

    private void Text(int start, int end)
    {
        var s = _s;
        if (!_inBody)
        {
            var i = start;
            while (i < end && IsSpace(s[i])) i++;
            if (i == end) return; // white space before the body's first content
            start = i;
            ToBody();
        }
        Append(Current, end - start <= 32 && s.AsSpan(start, end - start).IndexOfAnyExcept(" \n\t\f") < 0
            ? Whitespace(s.AsSpan(start, end - start))
            : CharacterReferences.Decode(s, start, end, false));
    }

    [ThreadStatic] private static Dictionary<string, string>? t_whitespace;

    /// <summary>The indentation between tags, one string per distinct run ("\n", "\n    ") instead of one per gap.</summary>
    private static string Whitespace(ReadOnlySpan<char> run)
    {
        var cache = t_whitespace ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(run, out var known)) return known;
        var s = new string(run);
        if (cache.Count < 512) cache[s] = s;
        return s;
    }

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
        _open.Add(_doc.DocumentElement);
        _open.Add(_doc.Body);
    }

    private void StartTag()
    {
        var s = _s;
        var len = s.Length;
        var i = _pos + 1;
        var nameStart = i;
        while (i < len && !IsSpace(s[i]) && s[i] != '/' && s[i] != '>') i++;
        var name = TagNames.Intern(s.AsSpan(nameStart, i - nameStart));
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
            var attrName = TagNames.Intern(s.AsSpan(attrStart, i - attrStart));
            while (i < len && IsSpace(s[i])) i++;
            var value = new RawAttribute(attrName, "");
            if (i < len && s[i] == '=')
            {
                i++;
                while (i < len && IsSpace(s[i])) i++;
                if (i < len && s[i] is '"' or '\'')
                {
                    var quote = s[i];
                    var close = s.IndexOf(quote, i + 1);
                    if (close < 0) { _pos = len; return; }
                    value = new RawAttribute(attrName, i + 1, close - i - 1);
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
        if (name == "image") name = "img";
        if (_trim && Trimmed(name, selfClosing)) return;
        var element = Insert(name, selfClosing);
        if (element is null) return;
        if (TagNames.IsRawText(name)) RawText(element);
        else if (name == "plaintext")
        {
            Append(element, _s[_pos..]);
            _pos = len;
        }
    }

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
    private bool Trimmed(string name, bool selfClosing)
    {
        switch (name)
        {
            case "script":
                var type = Find("type");
                if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) return false;
                RawEnd(name, out _, out _pos);
                return true;
            case "style":
                RawEnd(name, out _, out _pos);
                return true;
            case "svg" or "template" when !selfClosing:
                var element = Insert(name, false);
                SkipNested(name);
                if (element is not null && Current == element) Pop();
                return true;
            default:
                return false;
        }
    }

    private string? Find(string name)
    {
        foreach (var a in _attributes)
            if (a.Name == name) return a.Value ?? CharacterReferences.Decode(_s, a.Start, a.Start + a.Length, true);
        return null;
    }

    /// <summary>Moves past the end tag closing an element of <paramref name="name"/>, counting nested ones.</summary>
    private void SkipNested(string name)
    {
        var s = _s;
        var depth = 1;
        var i = _pos;
        while (true)
        {
            var lt = s.IndexOf('<', i);
            if (lt < 0) { _pos = s.Length; return; }
            var nameEnd = lt + 1 + name.Length;
            if (lt + 2 + name.Length <= s.Length && s[lt + 1] == '/' && s.AsSpan(lt + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (lt + 2 + name.Length == s.Length || IsSpace(s[lt + 2 + name.Length]) || s[lt + 2 + name.Length] == '>'))
            {
                if (--depth == 0)
                {
                    var gt = s.IndexOf('>', lt);
                    _pos = gt < 0 ? s.Length : gt + 1;
                    return;
                }
            }
            else if (nameEnd < s.Length && s.AsSpan(lt + 1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) && (IsSpace(s[nameEnd]) || s[nameEnd] is '>' or '/'))
            {
                var gt = s.IndexOf('>', lt);
                if (gt > 0 && s[gt - 1] != '/') depth++;
            }
            i = lt + 1;
        }
    }

    /// <summary>Script, style, title and their like: text up to the matching end tag.</summary>
    private void RawText(Element element)
    {
        RawEnd(element.LocalName, out var end, out var after);
        if (end > _pos)
            Append(element, TagNames.DecodesReferences(element.LocalName) ? CharacterReferences.Decode(_s, _pos, end, false) : _s.Substring(_pos, end - _pos));
        _pos = after;
        if (Current == element) _open.RemoveAt(_open.Count - 1);
    }

    /// <summary>Where the raw text from the current position ends (<paramref name="end"/>) and where the end tag ends.</summary>
    private void RawEnd(string name, out int end, out int after)
    {
        var s = _s;
        var i = _pos;
        while (true)
        {
            var close = s.IndexOf("</", i, StringComparison.Ordinal);
            if (close < 0) { end = after = s.Length; break; }
            var nameEnd = close + 2 + name.Length;
            if (nameEnd <= s.Length && s.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (nameEnd == s.Length || IsSpace(s[nameEnd]) || s[nameEnd] is '/' or '>'))
            {
                end = close;
                var gt = s.IndexOf('>', nameEnd);
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
    private Element? Insert(string name, bool selfClosing)
    {
        if (!_inBody)
        {
            switch (name)
            {
                case "html": CopyAttributes(_doc.DocumentElement, true); return null;
                case "head": return null;
                case "body": CopyAttributes(_doc.Body, true); ToBody(); return null;
                case "noscript": return null; // with scripting off, its links and metas stay in the head, the rest starts the body
            }
            if (TagNames.IsHeadContent(name)) return Create(name, selfClosing);
            ToBody();
        }
        switch (name)
        {
            case "html": CopyAttributes(_doc.DocumentElement, true); return null;
            case "body": CopyAttributes(_doc.Body, true); return null;
            case "head": return null;
        }
        if (_foreign > 0) return Create(name, selfClosing);
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
            case "a":
                for (var k = _open.Count - 1; k >= 2; k--)
                {
                    var open = _open[k].LocalName;
                    if (open == "a") { PopTo(k); break; }
                    if (TagNames.IsScopeBoundary(open)) break;
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
                if (Current.LocalName == "table") Push(Create("tbody", false)!);
                break;
            case "td" or "th":
                if (!ToTableLevel(rowGroup: false)) return null;
                if (Current.LocalName == "table") Push(Create("tbody", false)!);
                if (Current.LocalName is "tbody" or "thead" or "tfoot") Push(Create("tr", false)!);
                break;
            case "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                if (!ToTable()) return null;
                break;
        }
        return Create(name, selfClosing);
    }

    private void Push(Element e) => _open.Add(e);

    private Element? Create(string name, bool selfClosing)
    {
        var e = new Element(name, _doc.ElementCount++, _doc);
        if (_attributes.Count > 0) e.SetParsedAttributes(_attributes);
        Current.AppendChild(e);
        if (TagNames.IsVoid(name)) return e;
        if (selfClosing && (_foreign > 0 || name is "svg" or "math")) return e;
        _open.Add(e);
        if (name is "svg" or "math") _foreign++;
        return e;
    }

    private void Pop()
    {
        if (_open.Count <= 2) return; // html and body (or head) stay open
        var e = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (e.LocalName is "svg" or "math" && _foreign > 0) _foreign--;
    }

    /// <summary>Pops until the stack has <paramref name="k"/> elements.</summary>
    private void PopTo(int k)
    {
        while (_open.Count > Math.Max(k, 2)) Pop();
    }

    private void PopThrough(string name)
    {
        for (var k = _open.Count - 1; k >= 2; k--)
            if (_open[k].LocalName == name) { PopTo(k); return; }
    }

    private bool InScope(string name, bool button)
    {
        for (var k = _open.Count - 1; k >= 1; k--)
        {
            var open = _open[k].LocalName;
            if (open == name) return true;
            if (TagNames.IsScopeBoundary(open) || (button && open == "button")) return false;
        }
        return false;
    }

    /// <summary>A new li (or dd/dt) closes the open one, unless a block other than div, p or address comes between.</summary>
    private void CloseListItem(string a, string? b)
    {
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
        for (var k = _open.Count - 1; k >= 2; k--)
            if (_open[k].LocalName == "table") { PopTo(k + 1); return true; }
        return false;
    }

    private void EndTag()
    {
        var s = _s;
        var i = _pos + 2;
        var nameStart = i;
        while (i < s.Length && !IsSpace(s[i]) && s[i] != '/' && s[i] != '>') i++;
        var name = TagNames.Intern(s.AsSpan(nameStart, i - nameStart));
        var gt = s.IndexOf('>', i);
        _pos = gt < 0 ? s.Length : gt + 1;
        if (gt < 0) return; // the page ends inside the tag
        if (!_inBody)
        {
            if (name != "br") return; // end tags before the body's content close nothing that matters
            ToBody();
        }
        switch (name)
        {
            case "body" or "html" or "head":
                return;
            case "br":
                Create("br", false);
                return;
            case "p":
                if (InScope("p", button: true)) PopThrough("p");
                else
                {
                    Create("p", false); // a stray </p> makes an empty paragraph, as in browsers
                    Pop();
                }
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                for (var k = _open.Count - 1; k >= 2; k--)
                {
                    var open = _open[k].LocalName;
                    if (TagNames.IsHeading(open)) { PopTo(k); return; }
                    if (TagNames.IsScopeBoundary(open)) return;
                }
                return;
            case "table":
                PopThroughWithin(name, "html");
                return;
            case "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption" or "colgroup":
                PopThroughWithin(name, "table");
                return;
        }
        if (_foreign > 0 || TagNames.IsSpecial(name))
        {
            // A block's end tag closes it and whatever is still open inside it, if it is open in scope.
            for (var k = _open.Count - 1; k >= 2; k--)
            {
                var open = _open[k].LocalName;
                if (open == name) { PopTo(k); return; }
                if (TagNames.IsScopeBoundary(open) && _foreign == 0) return;
                if (name is "li" && open is "ol" or "ul") return;
            }
            return;
        }
        // Phrasing and unknown elements: closed if open above the nearest block; otherwise ignored (a browser's adoption
        // agency would re-parent the text, keeping it inside the block as this does).
        for (var k = _open.Count - 1; k >= 2; k--)
        {
            var open = _open[k].LocalName;
            if (open == name) { PopTo(k); return; }
            if (TagNames.IsSpecial(open)) return;
        }
    }

    private void PopThroughWithin(string name, string boundary)
    {
        for (var k = _open.Count - 1; k >= 2; k--)
        {
            var open = _open[k].LocalName;
            if (open == name) { PopTo(k); return; }
            if (open == boundary || open == "template") return;
        }
    }
}
