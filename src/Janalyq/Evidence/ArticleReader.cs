using System.Globalization;

namespace Janalyq.Evidence;

/// <summary>One pass over an article's tokens: phrases of the gazetteer and lexicon, names, numbers, dates.</summary>
internal readonly ref struct ArticleReader
{
    private readonly ExtractionState s;
    private readonly LanguageLexicon lex;
    private readonly Lang lang;
    private readonly bool titleCase;
    private readonly List<Token> tokens;

    public ArticleReader(ExtractionState state, LanguageLexicon lexicon, Lang language, bool titleCase)
    {
        s = state;
        lex = lexicon;
        lang = language;
        this.titleCase = titleCase;
        tokens = state.Tokens;
    }

    private ReadOnlySpan<char> LowerOf(in Token t) => s.Lower.AsSpan(t.Start, t.Length);

    private ReadOnlySpan<char> OriginalOf(in Token t) => s.Original.AsSpan(t.Start, t.Length);

    private static float Weigh(in Token t, float weight) => t.Has(TokenFlags.Headline) ? weight * EvidenceWeights.Headline : weight;

    public void Read()
    {
        if (s.WordIds.Length < tokens.Count) s.WordIds = new int[Math.Max(tokens.Count, s.WordIds.Length * 2)];
        var ids = s.WordIds;
        for (var i = 0; i < tokens.Count; i++)
            ids[i] = tokens[i].Kind == TokenKind.Word ? lex.WordId(LowerOf(tokens[i])) : -1;
        var k = 0;
        while (k < tokens.Count)
        {
            var t = tokens[k];
            k = t.Kind switch
            {
                TokenKind.Word => ReadWord(k),
                TokenKind.Number => ReadNumber(k),
                _ => k + 1,
            };
        }
    }

    /// <summary>The longest phrase of the data starting at token <paramref name="k"/>: its entry and length.</summary>
    private (PhraseEntry? Entry, int Words) Phrase(int k)
    {
        var ids = s.WordIds;
        if (ids[k] < 0) return (null, 0);
        var max = lex.StartsPhrase(ids[k]) ? Math.Min(lex.MaxPhraseWords, tokens.Count - k) : 1;
        for (var n = max; n >= 1; n--)
        {
            var ok = true;
            for (var j = 0; j < n && ok; j++) ok = ids[k + j] >= 0 && tokens[k + j].Kind == TokenKind.Word;
            if (!ok) continue;
            var entry = lex.Phrase(ids.AsSpan(k, n));
            if (entry is not null) return (entry, n);
        }
        return (null, 0);
    }

    private bool CapitalsMatch(int k, uint mask, int words)
    {
        for (var j = 0; j < words; j++)
            if ((mask & (1u << j)) != 0 && !tokens[k + j].Has(TokenFlags.Capital)) return false;
        return true;
    }

    private int ReadWord(int k)
    {
        var t = tokens[k];
        var (entry, words) = Phrase(k);
        if (entry is not null)
        {
            if (entry.EntityKey is not null && CapitalsMatch(k, entry.CapitalMask, words))
            {
                s.Add(entry.EntityKey, EvidenceKind.Entity, Weigh(t, entry.EntityWeight));
                return k + words;
            }
            if (entry.Month > 0 && ReadMonthFirstDate(k, words, entry.Month) is var next and > 0) return next;
            if (entry.ConceptKey is not null && lang != Lang.Other)
            {
                s.Add(entry.ConceptKey, EvidenceKind.Concept, Weigh(t, entry.ConceptWeight));
                return k + words;
            }
            if (entry.EntityKey is not null || entry.Month > 0 || entry.Unit is not null || entry.Scale > 0) return k + words;
        }
        if (!t.Has(TokenFlags.Capital)) return k + 1;
        return ReadName(k);
    }

    /// <summary>A capitalised word (and the words a hyphen joins to it) outside the gazetteer: a name.</summary>
    private int ReadName(int k)
    {
        var first = tokens[k];
        var end = k;
        while (end + 1 < tokens.Count && tokens[end].Has(TokenFlags.HyphenNext) && tokens[end + 1].Kind == TokenKind.Word) end++;
        if (end == k && StopWords.IsStopWord(LowerOf(first), lang)) return k + 1;

        Span<char> joined = stackalloc char[64];
        var n = 0;
        for (var j = k; j <= end; j++)
        {
            var part = LowerOf(tokens[j]);
            if (n + part.Length > joined.Length) break;
            part.CopyTo(joined[n..]);
            n += part.Length;
        }
        var word = joined[..n];
        Span<char> key = stackalloc char[2 + Transliteration.MaxKeyLength];
        key[0] = 'e';
        key[1] = ':';
        int length;
        float weight;
        if (first.Has(TokenFlags.AllCaps) && end == k)
        {
            if (word.Length is < 2 or > 8) return end + 1;
            length = Transliteration.ToLatin(word, key[2..]);
            if (length is < 2 or > 10) return end + 1;
            weight = EvidenceWeights.Acronym;
        }
        else
        {
            var stem = word[..EvidenceStemmer.EntityStemLength(word, lang)];
            length = Transliteration.Skeleton(stem, key[2..]);
            var consonants = length - (length > 0 && key[2] == '_' ? 1 : 0);
            if (consonants < 3) return end + 1;
            weight = consonants >= 4 ? EvidenceWeights.LongName : EvidenceWeights.ShortName;
        }
        var termKey = key[..(2 + length)];
        weight = Weigh(first, weight);
        if (first.Has(TokenFlags.SentenceStart) || (titleCase && first.Has(TokenFlags.Headline))) s.Pending.Add((termKey.ToString(), weight));
        else s.Add(termKey, EvidenceKind.Entity, weight);
        return end + 1;
    }

    // ---- numbers and dates ----

    private bool TryValue(in Token t, out double value, out bool whole)
    {
        var raw = OriginalOf(t);
        Span<char> clean = stackalloc char[raw.Length];
        var n = 0;
        var separators = 0;
        var lastSeparator = -1;
        foreach (var c in raw)
        {
            if (c is '.' or ',') { separators++; lastSeparator = n; clean[n++] = c; }
            else if (char.IsDigit(c)) clean[n++] = c;
        }
        var digits = clean[..n];
        whole = separators == 0;
        if (separators == 0) return double.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        // English groups thousands with commas (1,200 or 4,200,000); elsewhere the comma is the decimal mark.
        Span<char> normal = stackalloc char[n];
        var m = 0;
        var thousands = lang == Lang.En && digits[lastSeparator] == ',' && n - lastSeparator - 1 == 3;
        if (separators > 1 && digits.IndexOfAny('.', ',') is var firstSep && digits[firstSep] == digits[lastSeparator]) thousands = true;
        for (var i = 0; i < n; i++)
        {
            var c = digits[i];
            if (c is '.' or ',')
            {
                if (thousands || i != lastSeparator) continue;
                normal[m++] = '.';
            }
            else normal[m++] = c;
        }
        whole = thousands;
        return double.TryParse(normal[..m], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private int ReadNumber(int k)
    {
        var t = tokens[k];
        if (t.Has(TokenFlags.NotQuantity)) return k + 1;
        var raw = OriginalOf(t);
        if (ReadDottedDate(raw, t)) return k + 1;
        if (!TryValue(t, out var value, out var whole)) return k + 1;

        var next = k + 1;
        var scale = 1.0;
        string? unit = null;
        var month = 0;
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && NumberWord(next, out var words) is { } e)
        {
            if (e.Scale > 0)
            {
                scale = e.Scale;
                next += words;
                if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && NumberWord(next, out var w2) is { Unit: not null } u)
                {
                    unit = u.Unit;
                    next += w2;
                }
            }
            else if (e.Month > 0 && whole && value is >= 1 and <= 31) { month = e.Month; next += words; }
            else if (e.Unit is not null) { unit = e.Unit; next += words; }
        }
        if (unit is null && next < tokens.Count && tokens[next].Kind == TokenKind.Sign) { unit = SignUnit(OriginalOf(tokens[next])[0]); next++; }
        if (unit is null && k > 0 && tokens[k - 1].Kind == TokenKind.Sign && SignUnit(OriginalOf(tokens[k - 1])[0]) is { } before && before != "pct")
            unit = before;

        Span<char> key = stackalloc char[48];
        if (month > 0)
        {
            { key.TryWrite(CultureInfo.InvariantCulture, $"n:{month:00}-{(int)value:00}", out var w1); s.Add(key[..w1], EvidenceKind.Number, Weigh(t, EvidenceWeights.Date)); }
            return next;
        }
        var isYear = whole && scale == 1 && value is >= 1900 and <= 2100 && (unit is null or "years") && raw.Length == 4;
        if (isYear)
        {
            { key.TryWrite(CultureInfo.InvariantCulture, $"n:y{(int)value}", out var w2); s.Add(key[..w2], EvidenceKind.Number, Weigh(t, EvidenceWeights.Year)); }
            // 2027 жылғы наурыз, 2027 года в марте: a month right after the year.
            if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && NumberWord(next, out var w3) is { Month: > 0 } m)
            {
                { key.TryWrite(CultureInfo.InvariantCulture, $"n:{(int)value}-{m.Month:00}", out var wm); s.Add(key[..wm], EvidenceKind.Number, Weigh(t, EvidenceWeights.YearMonth)); }
                next += w3;
            }
            return next;
        }
        var amount = value * scale;
        if (unit == "pct")
        {
            { key.TryWrite(CultureInfo.InvariantCulture, $"n:{amount:G6}%", out var w4); s.Add(key[..w4], EvidenceKind.Number, Weigh(t, EvidenceWeights.Quantity)); }
            return next;
        }
        if (unit is not null)
        {
            { key.TryWrite(CultureInfo.InvariantCulture, $"n:{amount:G6}:{unit}", out var w5); s.Add(key[..w5], EvidenceKind.Number, Weigh(t, EvidenceWeights.Quantity)); }
            return next;
        }
        if (scale > 1)
        {
            { key.TryWrite(CultureInfo.InvariantCulture, $"n:{amount:G6}", out var w6); s.Add(key[..w6], EvidenceKind.Number, Weigh(t, EvidenceWeights.Quantity)); }
            return next;
        }
        if (whole && value < 10) return next;
        var weight = !whole || value >= 100 ? EvidenceWeights.LargeNumber : EvidenceWeights.SmallNumber;
        { key.TryWrite(CultureInfo.InvariantCulture, $"n:{amount:G6}", out var w7); s.Add(key[..w7], EvidenceKind.Number, Weigh(t, weight)); }
        return next;
    }

    /// <summary>December 3, March 2027, 3 December is read from the number's side.</summary>
    private int ReadMonthFirstDate(int k, int words, int month)
    {
        // English months are capitalised; a lowercase "may" or "march" is no month.
        if (lang == Lang.En && !tokens[k].Has(TokenFlags.Capital)) return -1;
        var n = k + words;
        if (n >= tokens.Count || tokens[n].Kind != TokenKind.Number || tokens[n].Has(TokenFlags.NotQuantity)) return -1;
        if (!TryValue(tokens[n], out var value, out var whole) || !whole) return -1;
        Span<char> key = stackalloc char[24];
        if (value is >= 1 and <= 31)
        {
            if (n + 1 < tokens.Count && tokens[n + 1].Kind == TokenKind.Word && NumberWord(n + 1, out _) is { Scale: > 0 } or { Unit: not null }) return -1;
            { key.TryWrite(CultureInfo.InvariantCulture, $"n:{month:00}-{(int)value:00}", out var w8); s.Add(key[..w8], EvidenceKind.Number, Weigh(tokens[k], EvidenceWeights.Date)); }
            return n + 1;
        }
        if (value is >= 1900 and <= 2100)
        {
            { key.TryWrite(CultureInfo.InvariantCulture, $"n:{(int)value}-{month:00}", out var w9); s.Add(key[..w9], EvidenceKind.Number, Weigh(tokens[k], EvidenceWeights.YearMonth)); }
            { key.TryWrite(CultureInfo.InvariantCulture, $"n:y{(int)value}", out var w10); s.Add(key[..w10], EvidenceKind.Number, Weigh(tokens[k], EvidenceWeights.Year)); }
            return n + 1;
        }
        return -1;
    }

    /// <summary>12.11.2026 or 12.11: a day and month (and year).</summary>
    private bool ReadDottedDate(ReadOnlySpan<char> raw, in Token t)
    {
        if (raw.Length is not (5 or 10) || raw[2] != '.' || (raw.Length == 10 && raw[5] != '.')) return false;
        if (!int.TryParse(raw[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(raw[3..5], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || day is < 1 or > 31 || month is < 1 or > 12) return false;
        Span<char> key = stackalloc char[24];
        { key.TryWrite(CultureInfo.InvariantCulture, $"n:{month:00}-{day:00}", out var w11); s.Add(key[..w11], EvidenceKind.Number, Weigh(t, EvidenceWeights.Date)); }
        if (raw.Length == 10 && int.TryParse(raw[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
            { key.TryWrite(CultureInfo.InvariantCulture, $"n:y{year}", out var w12); s.Add(key[..w12], EvidenceKind.Number, Weigh(t, EvidenceWeights.Year)); }
        return true;
    }

    private PhraseEntry? NumberWord(int k, out int words)
    {
        var (entry, n) = Phrase(k);
        words = n;
        return entry is { Scale: > 0 } or { Unit: not null } or { Month: > 0 } ? entry : null;
    }

    private static string? SignUnit(char c) => c switch
    {
        '%' => "pct", '$' => "usd", '€' => "eur", '£' => "gbp", '₸' => "kzt", '₽' => "rub", '°' => "deg", _ => null,
    };
}
