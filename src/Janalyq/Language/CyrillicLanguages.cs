namespace Janalyq.Language;

/// <summary>
/// Which Cyrillic language a text is in: Russian, Kazakh, Kyrgyz, Tatar, Bashkir, Uzbek, Mongolian, Ukrainian,
/// Belarusian, Bulgarian, Macedonian or Serbian, by the alphabet evidence and letter n-grams of <see cref="CyrillicModel"/>.
/// The declared language (the page's lang) is spared a few nats, which settles a headline its letters leave open.
/// </summary>
internal static class CyrillicLanguages
{
    /// <summary>Characters of text looked at: a few sentences decide; the rest of a long body only costs time.</summary>
    internal const int MaxChars = 2000;

    /// <summary>The ISO 639-1 code of the cheapest language for the text (the first <see cref="MaxChars"/> characters).</summary>
    internal static string Identify(ReadOnlySpan<char> text, string? declared)
    {
        Span<float> totals = stackalloc float[CyrillicAlphabets.Codes.Length];
        Score(text, declared, totals);
        var best = 0;
        for (var l = 1; l < totals.Length; l++)
            if (totals[l] < totals[best]) best = l;
        return CyrillicAlphabets.Codes[best];
    }

    /// <summary>Each language's cost for the text (lower is likelier), in CyrillicAlphabets order; returns the letters scored.</summary>
    internal static int Score(ReadOnlySpan<char> text, string? declared, Span<float> totals)
    {
        if (text.Length > MaxChars) text = text[..MaxChars];
        Span<char> buffer = stackalloc char[MaxChars + 2];
        var (length, letters) = LetterNgrams.Normalize(text, buffer);
        (CyrillicModel.Override ?? CyrillicModel.Shipped).Score(buffer[..length], totals);
        if (declared is not null && Array.IndexOf(CyrillicAlphabets.Codes, declared) is var d and >= 0) totals[d] -= CyrillicModel.DeclaredBonus;
        return letters;
    }
}
