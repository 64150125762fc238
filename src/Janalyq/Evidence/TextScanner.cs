namespace Janalyq.Evidence;

/// <summary>The kind of a token of the text.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    /// <summary>One of % $ € £ ₸ ₽ ° (a unit written as a sign).</summary>
    Sign,
    /// <summary>The end of the headline: phrases and numbers never run across it.</summary>
    Break,
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    /// <summary>Starts with a capital letter.</summary>
    Capital = 1,
    /// <summary>Two or more letters, all capitals (an acronym: ООН, UN, ЕАЭС).</summary>
    AllCaps = 2,
    /// <summary>First token of a sentence, heading, list item or quotation.</summary>
    SentenceStart = 4,
    /// <summary>In the headline.</summary>
    Headline = 8,
    /// <summary>Joined to the next token by a hyphen (Алма-Ата, вице-министр).</summary>
    HyphenNext = 16,
    /// <summary>A number that is a clock time or that a letter touches (16:20, 5G, COVID-19): not a quantity.</summary>
    NotQuantity = 32,
}

internal struct Token
{
    public int Start;
    public int Length;
    public TokenKind Kind;
    public TokenFlags Flags;

    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;
}

/// <summary>Splits a headline or body into words, numbers and unit signs, marking capitals and sentence starts.</summary>
internal static class TextScanner
{
    /// <summary>Lowercases <paramref name="source"/> into <paramref name="target"/>, ё as е and ’ as '; returns the length.</summary>
    public static int Lower(ReadOnlySpan<char> source, Span<char> target)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            // Fast paths for ASCII and the basic Cyrillic capitals; the rest through the invariant culture.
            if (c < 0x80) target[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c == '`' ? '\'' : c;
            else if (c is >= 'А' and <= 'Я') target[i] = (char)(c + 32);
            else if (c is >= 'а' and <= 'я') target[i] = c;
            else
            {
                c = char.ToLowerInvariant(c);
                target[i] = c switch { 'ё' => 'е', '’' or 'ʼ' => '\'', _ => c };
            }
        }
        return source.Length;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static bool IsSpaceInNumber(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    public static void Scan(ReadOnlySpan<char> text, bool headline, List<Token> tokens, int offset)
    {
        var sentenceStart = true;
        var i = 0;
        var baseFlags = headline ? TokenFlags.Headline : TokenFlags.None;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                var upper = 0;
                var letters = 0;
                while (i < text.Length)
                {
                    var ch = text[i];
                    if (char.IsLetter(ch)) { letters++; if (char.IsUpper(ch)) upper++; i++; }
                    else if (char.IsDigit(ch) && letters > 0) i++;
                    else if (IsApostrophe(ch) && i + 1 < text.Length && char.IsLetter(text[i + 1])) i++;
                    else break;
                }
                var flags = baseFlags;
                if (char.IsUpper(text[start])) flags |= TokenFlags.Capital;
                if (letters >= 2 && upper == letters) flags |= TokenFlags.AllCaps;
                if (sentenceStart) flags |= TokenFlags.SentenceStart;
                var end = i;
                if (i + 1 < text.Length && text[i] == '-' && char.IsLetter(text[i + 1])) { flags |= TokenFlags.HyphenNext; i++; }
                else if (i + 1 < text.Length && text[i] == '-' && char.IsDigit(text[i + 1])) i = SkipDigits(text, i + 1); // COVID-19
                tokens.Add(new Token { Start = offset + start, Length = end - start, Kind = TokenKind.Word, Flags = flags });
                sentenceStart = false;
                continue;
            }
            if (char.IsDigit(c))
            {
                var start = i;
                var flags = baseFlags;
                i = SkipDigits(text, i);
                while (i + 1 < text.Length)
                {
                    if (text[i] is '.' or ',' && char.IsDigit(text[i + 1])) { i = SkipDigits(text, i + 1); continue; }
                    // "1 200 000": a group of exactly three digits after a space.
                    if (IsSpaceInNumber(text[i]) && IsGroupOfThree(text, i + 1)) { i = SkipDigits(text, i + 1); continue; }
                    break;
                }
                var end = i;
                if (i + 1 < text.Length && text[i] == ':' && char.IsDigit(text[i + 1]))
                {
                    flags |= TokenFlags.NotQuantity;
                    i = SkipDigits(text, i + 1);
                    end = i;
                }
                // An ordinal or case ending stuck to the number (3rd, 3-і, 2027-жылы) is dropped; letters stuck
                // without a hyphen that are no ordinal (5G, 4K) make it a name, not a quantity.
                if (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    var hyphen = text[i] == '-';
                    var suffixStart = hyphen ? i + 1 : i;
                    var j = suffixStart;
                    while (j < text.Length && char.IsLetter(text[j])) j++;
                    var suffix = text[suffixStart..j];
                    if (!hyphen && !IsOrdinal(suffix)) flags |= TokenFlags.NotQuantity;
                    i = j;
                }
                if (start > 0 && (text[start - 1] == '-' && start > 1 && char.IsLetter(text[start - 2]))) flags |= TokenFlags.NotQuantity;
                tokens.Add(new Token { Start = offset + start, Length = end - start, Kind = TokenKind.Number, Flags = flags });
                sentenceStart = false;
                continue;
            }
            if (c is '%' or '$' or '€' or '£' or '₸' or '₽' or '°')
            {
                tokens.Add(new Token { Start = offset + i, Length = 1, Kind = TokenKind.Sign, Flags = baseFlags });
                i++;
                continue;
            }
            if (c is '.' or '!' or '?' or '…' or ':' or ';' or '\n' or '«' or '“' or '„' or '"' or '(' or '[' or '#' or '>' or '*' or '•')
                sentenceStart = true;
            else if (c is '-' or '—' or '–' && (i == 0 || text[i - 1] == '\n')) sentenceStart = true;
            i++;
        }
    }

    private static bool IsGroupOfThree(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsDigit(text[i + 3]));

    private static int SkipDigits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i])) i++;
        return i;
    }

    private static bool IsOrdinal(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase)
        || s.Equals("м", StringComparison.Ordinal) || s.Equals("т", StringComparison.Ordinal)
        || s.Equals("г", StringComparison.Ordinal) || s.Equals("км", StringComparison.Ordinal);
}
