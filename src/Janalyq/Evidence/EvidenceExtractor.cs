namespace Janalyq.Evidence;

/// <summary>
/// Computed cross-language evidence (no model, no downloaded data): names keyed by a transliteration skeleton common to
/// ru, kk and en, the gazetteer's places and organisations, numbers with their units and dates, and the concepts of the
/// shipped ru/kk/en lexicon. Pure and thread-safe; README.md beside this file describes the method and its limits.
/// </summary>
public sealed class EvidenceExtractor : IEvidenceExtractor
{
    private readonly EvidenceLexicon lexicon = EvidenceLexicon.Shared;

    [ThreadStatic] private static ExtractionState? state;

    /// <inheritdoc />
    public IReadOnlyList<EvidenceTerm> Extract(string title, string text, string language)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        var lang = ParseLanguage(language, title, text);
        var s = state ??= new ExtractionState();
        s.Reset(title, text);
        TextScanner.Scan(title, headline: true, s.Tokens, 0);
        s.Tokens.Add(new Token { Start = title.Length, Length = 0, Kind = TokenKind.Break });
        TextScanner.Scan(text, headline: false, s.Tokens, title.Length + 1);
        var lex = lexicon.For(lang) ?? lexicon.For(IsMostlyLatin(title, text) ? Lang.En : Lang.Ru)!;
        new ArticleReader(s, lex, lang, TitleCase(s, title.Length)).Read();
        return s.Result();
    }

    /// <summary>"ru", "kk", "en" (any case, or with a region: "ru-RU"); anything else is read for names and numbers only.</summary>
    private static Lang ParseLanguage(string? language, string title, string text)
    {
        var code = language is { Length: >= 2 } ? language.AsSpan(0, 2) : default;
        if (code.Equals("ru", StringComparison.OrdinalIgnoreCase)) return Lang.Ru;
        if (code.Equals("kk", StringComparison.OrdinalIgnoreCase)) return Lang.Kk;
        if (code.Equals("en", StringComparison.OrdinalIgnoreCase)) return Lang.En;
        _ = title;
        _ = text;
        return Lang.Other;
    }

    private static bool IsMostlyLatin(string title, string text)
    {
        int latin = 0, cyrillic = 0;
        foreach (var c in title.Length > 0 ? title : text.AsSpan(0, Math.Min(text.Length, 400)).ToString())
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') latin++;
            else if (c is >= 'а' and <= 'я' or >= 'А' and <= 'Я') cyrillic++;
        }
        return latin > cyrillic;
    }

    /// <summary>An English-style headline with most words capitalised: its capitals do not mark names.</summary>
    private static bool TitleCase(ExtractionState s, int titleLength)
    {
        int words = 0, capitals = 0;
        foreach (var t in s.Tokens)
        {
            if (t.Kind == TokenKind.Break) break;
            if (t.Kind != TokenKind.Word || t.Length < 4) continue;
            words++;
            if (t.Has(TokenFlags.Capital)) capitals++;
        }
        _ = titleLength;
        return words >= 3 && capitals * 10 >= words * 6;
    }
}
