namespace Janalyq.Language;

/// <summary>
/// The letter n-grams of a text as the Cyrillic model sees them, shared by training and scoring: Cyrillic words in lower
/// case, each padded with a space on both sides, then every letter (order 1) and every run of 2 to <see cref="MaxOrder"/>
/// characters of the padded word. Latin look-alikes inside a Cyrillic word are read as the Cyrillic letters they stand for
/// (Kazakh is often typed with a Latin i for і or h for һ); words without Cyrillic letters are skipped.
/// </summary>
internal static class LetterNgrams
{
    internal const int MaxOrder = 3;

    /// <summary>Longest word kept (longer runs are cut: URLs, glued text).</summary>
    private const int MaxWord = 32;

    /// <summary>
    /// Writes the model's normalised words of <paramref name="text"/> into <paramref name="buffer"/> as " word word ",
    /// stopping before the buffer is full; returns the length written and the number of letters.
    /// </summary>
    internal static (int Length, int Letters) Normalize(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        var letters = 0;
        Span<char> word = stackalloc char[MaxWord];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            int w = 0, cyrillic = 0;
            for (; i < text.Length && IsWordChar(text[i]); i++)
            {
                var c = text[i];
                if (c is '’' or 'ʼ' or '`') c = '\'';
                if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
                if (w < MaxWord) word[w++] = c;
            }
            if (cyrillic == 0) continue;
            if (length + w + 2 > buffer.Length) break;
            if (length == 0) buffer[length++] = ' ';
            var start = length;
            for (var k = 0; k < w; k++)
            {
                var c = char.ToLowerInvariant(Homoglyph(word[k]));
                if (c == '\'' && (k == 0 || k == w - 1)) continue; // quotes around a word, not an apostrophe inside it
                if (c != '\'' && !CyrillicAlphabets.IsModelLetter(c)) continue;
                buffer[length++] = c;
                if (c != '\'') letters++;
            }
            if (length == start) continue;
            buffer[length++] = ' ';
        }
        return (length, letters);
    }

    /// <summary>
    /// The n-grams of a normalised buffer (from <see cref="Normalize"/>), as (start, length) ranges whose length is the order:
    /// each letter (order 1), then every run of 2..MaxOrder characters within one padded word (" ab", "ab ", ...).
    /// </summary>
    internal static Grams Enumerate(ReadOnlySpan<char> normalized) => new(normalized);

    /// <summary>Allocation-free enumerator over the n-grams of one normalised buffer.</summary>
    internal ref struct Grams(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _wordStart; // the space before the current word
        private int _wordEnd = -1; // the space after it
        private int _order;
        private int _offset;

        public (int Start, int Length) Current { get; private set; }

        public readonly Grams GetEnumerator() => this;

        public bool MoveNext()
        {
            while (true)
            {
                if (_wordEnd < 0 && !NextWord()) return false;
                var paddedLength = _wordEnd - _wordStart + 1;
                if (_order == 1)
                {
                    // letters only, not the padding; an apostrophe is no letter
                    while (++_offset < paddedLength - 1)
                        if (_text[_wordStart + _offset] != '\'') { Current = (_wordStart + _offset, 1); return true; }
                    _order = 2;
                    _offset = -1;
                }
                if (++_offset + _order <= paddedLength) { Current = (_wordStart + _offset, _order); return true; }
                if (++_order <= MaxOrder) { _offset = -1; continue; }
                _wordStart = _wordEnd;
                _wordEnd = -1;
            }
        }

        private bool NextWord()
        {
            var next = _wordStart + 1 < _text.Length ? _text[(_wordStart + 1)..].IndexOf(' ') : -1;
            if (next < 0) return false;
            _wordEnd = _wordStart + 1 + next;
            _order = 1;
            _offset = 0;
            return true;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '\'' or '’' or 'ʼ' or '`';

    /// <summary>Latin letters typed for the Cyrillic ones they look like (only ever applied inside a word with Cyrillic letters).</summary>
    private static char Homoglyph(char c) => c switch
    {
        'A' => 'А', 'B' => 'В', 'C' => 'С', 'E' => 'Е', 'H' => 'Н', 'I' => 'І', 'K' => 'К', 'M' => 'М', 'O' => 'О', 'P' => 'Р', 'T' => 'Т',
        'X' => 'Х', 'Y' => 'У', 'a' => 'а', 'c' => 'с', 'e' => 'е', 'i' => 'і', 'h' => 'һ', 'k' => 'к', 'o' => 'о', 'p' => 'р', 'x' => 'х',
        'y' => 'у', 'ə' => 'ә', 'Ə' => 'Ә',
        _ => c,
    };
}
