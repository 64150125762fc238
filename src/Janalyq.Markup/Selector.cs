using System.Collections.Concurrent;

namespace Janalyq.Markup;

/// <summary>Thrown for a CSS selector outside the subset <see cref="Selector"/> reads.</summary>
public sealed class SelectorException(string message) : FormatException(message);

/// <summary>
/// The CSS selectors the extractor and per-outlet rules use: type (<c>div</c>, <c>*</c>), <c>#id</c>, <c>.class</c>,
/// attributes (<c>[a]</c>, <c>[a=v]</c>, <c>~=</c>, <c>|=</c>, <c>^=</c>, <c>$=</c>, <c>*=</c>, quoted or not, with the
/// <c> i</c> flag), the descendant and child combinators, <c>:not(compound)</c>, <c>:first-child</c>,
/// <c>:last-child</c>, and lists separated by commas. Anything else throws <see cref="SelectorException"/>.
/// Parsed selectors are cached.
/// </summary>
public sealed class Selector
{
    private static readonly ConcurrentDictionary<string, Selector> Cache = new(StringComparer.Ordinal);

    private readonly List<Complex> _alternatives;

    private Selector(List<Complex> alternatives) => _alternatives = alternatives;

    /// <summary>Parses (or takes from the cache) a selector list.</summary>
    public static Selector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Cache.TryGetValue(text, out var cached)) return cached;
        var parsed = new Selector(new SelectorReader(text).ReadList());
        if (Cache.Count < 10_000) Cache[text] = parsed;
        return parsed;
    }

    /// <summary>Whether the element matches any selector of the list.</summary>
    public bool Matches(Element e)
    {
        foreach (var c in _alternatives)
            if (c.Matches(e)) return true;
        return false;
    }

    internal enum Op { Exists, Equals, Word, DashPrefix, Prefix, Suffix, Contains }

    internal sealed record AttributeTest(string Name, Op Op, string Value, bool IgnoreCase)
    {
        public bool Matches(Element e)
        {
            if (e.GetAttribute(Name) is not { } v) return false;
            var cmp = IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            switch (Op)
            {
                case Op.Exists: return true;
                case Op.Equals: return string.Equals(v, Value, cmp);
                case Op.Prefix: return Value.Length > 0 && v.StartsWith(Value, cmp);
                case Op.Suffix: return Value.Length > 0 && v.EndsWith(Value, cmp);
                case Op.Contains: return Value.Length > 0 && v.Contains(Value, cmp);
                case Op.DashPrefix: return string.Equals(v, Value, cmp) || v.StartsWith(Value + "-", cmp);
                case Op.Word:
                    if (Value.Length == 0) return false;
                    foreach (var range in v.AsSpan().SplitAny(" \t\n\r\f"))
                        if (v.AsSpan()[range].Equals(Value, cmp)) return true;
                    return false;
                default: return false;
            }
        }
    }

    /// <summary>One compound selector: a tag (or any) and tests that must all hold.</summary>
    internal sealed class Compound
    {
        public string? Tag;
        public List<AttributeTest> Tests = [];
        public List<Compound> Not = [];
        public bool FirstChild, LastChild;

        public bool Matches(Element e)
        {
            if (Tag is not null && !string.Equals(e.LocalName, Tag, StringComparison.Ordinal)) return false;
            foreach (var t in Tests)
                if (!t.Matches(e)) return false;
            foreach (var n in Not)
                if (n.Matches(e)) return false;
            if (FirstChild && e.PreviousElementSibling is not null) return false;
            if (LastChild && e.NextElementSibling is not null) return false;
            return true;
        }
    }

    /// <summary>Compounds joined by combinators, matched right to left.</summary>
    internal sealed class Complex
    {
        public List<Compound> Parts = [];
        /// <summary>Combinators[i] joins Parts[i] and Parts[i + 1]: true for child ('&gt;'), false for descendant.</summary>
        public List<bool> Child = [];

        public bool Matches(Element e) => MatchFrom(Parts.Count - 1, e);

        private bool MatchFrom(int index, Element e)
        {
            if (!Parts[index].Matches(e)) return false;
            if (index == 0) return true;
            if (Child[index - 1]) return e.ParentElement is { } p && MatchFrom(index - 1, p);
            for (var a = e.ParentElement; a is not null; a = a.ParentElement)
                if (MatchFrom(index - 1, a)) return true;
            return false;
        }
    }

    private ref struct SelectorReader(string text)
    {
        private readonly string _t = text;
        private int _i;

        public List<Complex> ReadList()
        {
            var list = new List<Complex>();
            while (true)
            {
                SkipSpace();
                list.Add(ReadComplex());
                SkipSpace();
                if (_i >= _t.Length) break;
                if (_t[_i] != ',') throw Error("',' or the end");
                _i++;
            }
            return list;
        }

        private Complex ReadComplex()
        {
            var c = new Complex();
            c.Parts.Add(ReadCompound());
            while (true)
            {
                var hadSpace = SkipSpace();
                if (_i >= _t.Length || _t[_i] == ',' || _t[_i] == ')') break;
                var child = false;
                if (_t[_i] == '>') { child = true; _i++; SkipSpace(); }
                else if (_t[_i] is '+' or '~') throw Error("a supported combinator (descendant or '>')");
                else if (!hadSpace) throw Error("a combinator");
                c.Child.Add(child);
                c.Parts.Add(ReadCompound());
            }
            return c;
        }

        private Compound ReadCompound()
        {
            var c = new Compound();
            var any = false;
            if (_i < _t.Length && _t[_i] == '*') { _i++; any = true; }
            else if (_i < _t.Length && IsNameChar(_t[_i])) { c.Tag = ReadName().ToLowerInvariant(); any = true; }
            while (_i < _t.Length)
            {
                var ch = _t[_i];
                if (ch == '#') { _i++; c.Tests.Add(new AttributeTest("id", Op.Equals, ReadName(), false)); }
                else if (ch == '.') { _i++; c.Tests.Add(new AttributeTest("class", Op.Word, ReadName(), false)); }
                else if (ch == '[') { _i++; c.Tests.Add(ReadAttribute()); }
                else if (ch == ':') { _i++; ReadPseudo(c); }
                else break;
                any = true;
            }
            if (!any) throw Error("a selector");
            return c;
        }

        private void ReadPseudo(Compound c)
        {
            var name = ReadName().ToLowerInvariant();
            switch (name)
            {
                case "first-child": c.FirstChild = true; return;
                case "last-child": c.LastChild = true; return;
                case "not":
                    if (_i >= _t.Length || _t[_i] != '(') throw Error("'('");
                    _i++;
                    SkipSpace();
                    c.Not.Add(ReadCompound());
                    SkipSpace();
                    if (_i >= _t.Length || _t[_i] != ')') throw Error("')'");
                    _i++;
                    return;
                default: throw new SelectorException($"The selector \"{_t}\" uses :{name}, which is not supported (supported: :not, :first-child, :last-child).");
            }
        }

        private AttributeTest ReadAttribute()
        {
            SkipSpace();
            var name = ReadName().ToLowerInvariant();
            SkipSpace();
            if (_i >= _t.Length) throw Error("']'");
            if (_t[_i] == ']') { _i++; return new AttributeTest(name, Op.Exists, "", false); }
            var op = _t[_i] switch
            {
                '=' => Op.Equals,
                '~' => Op.Word,
                '|' => Op.DashPrefix,
                '^' => Op.Prefix,
                '$' => Op.Suffix,
                '*' => Op.Contains,
                _ => throw Error("an attribute operator"),
            };
            _i += op == Op.Equals ? 1 : 2;
            if (op != Op.Equals && (_i > _t.Length || _t[_i - 1] != '=')) throw Error("'='");
            SkipSpace();
            string value;
            if (_i < _t.Length && _t[_i] is '"' or '\'')
            {
                var quote = _t[_i];
                var close = _t.IndexOf(quote, _i + 1);
                if (close < 0) throw Error("a closing quote");
                value = _t[(_i + 1)..close];
                _i = close + 1;
            }
            else value = ReadName();
            SkipSpace();
            var ignoreCase = false;
            if (_i < _t.Length && _t[_i] is 'i' or 'I') { ignoreCase = true; _i++; SkipSpace(); }
            else if (_i < _t.Length && _t[_i] is 's' or 'S') { _i++; SkipSpace(); }
            if (_i >= _t.Length || _t[_i] != ']') throw Error("']'");
            _i++;
            return new AttributeTest(name, op, value, ignoreCase);
        }

        private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c > 127 || c == '\\';

        private string ReadName()
        {
            var start = _i;
            var escaped = false;
            while (_i < _t.Length && IsNameChar(_t[_i]))
            {
                if (_t[_i] == '\\') { escaped = true; _i += 2; continue; }
                _i++;
            }
            if (_i == start) throw Error("a name");
            var name = _t[start..Math.Min(_i, _t.Length)];
            return escaped ? name.Replace("\\", "", StringComparison.Ordinal) : name;
        }

        private bool SkipSpace()
        {
            var start = _i;
            while (_i < _t.Length && char.IsWhiteSpace(_t[_i])) _i++;
            return _i > start;
        }

        private SelectorException Error(string expected) =>
            new($"The selector \"{_t}\" is not valid: expected {expected} at position {_i + 1}.");
    }
}
