using Lingua;
using LinguaLanguage = Lingua.Language;

namespace Janalyq.Language;

/// <summary>
/// Language of the body text. Script decides first (Cyrillic, CJK, Arabic, ...); Cyrillic text goes to our own
/// alphabet evidence and letter n-gram model (<see cref="CyrillicLanguages"/>: Russian, Kazakh and their neighbours,
/// which Lingua confuses), Latin text to function words, then Lingua, loaded once on first need and restricted to a
/// small set of languages.
/// </summary>
internal static class LanguageGuesser
{
    private static readonly Lazy<LanguageDetector> Latin = new(() => LanguageDetectorBuilder
        .FromLanguages(LinguaLanguage.English, LinguaLanguage.German, LinguaLanguage.French, LinguaLanguage.Spanish, LinguaLanguage.Portuguese, LinguaLanguage.Italian,
            LinguaLanguage.Dutch, LinguaLanguage.Polish, LinguaLanguage.Turkish, LinguaLanguage.Czech, LinguaLanguage.Swedish, LinguaLanguage.Indonesian, LinguaLanguage.Romanian,
            LinguaLanguage.Hungarian, LinguaLanguage.Finnish, LinguaLanguage.Danish, LinguaLanguage.Vietnamese, LinguaLanguage.Azerbaijani, LinguaLanguage.Latvian, LinguaLanguage.Lithuanian,
            LinguaLanguage.Estonian, LinguaLanguage.Croatian, LinguaLanguage.Slovak, LinguaLanguage.Slovene, LinguaLanguage.Catalan, LinguaLanguage.Bokmal)
        .Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    internal static string? Guess(string text, string? declared)
    {
        if (text.Length > 3000) text = text[..3000];
        int latin = 0, cyrillic = 0, cjk = 0, kana = 0, hangul = 0, arabic = 0, hebrew = 0, greek = 0, devanagari = 0, georgian = 0, armenian = 0, thai = 0;
        foreach (var c in text)
        {
            if (c < 'A') continue;
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 'À' and <= 'ɏ') latin++;
            else if (c is >= 'Ѐ' and <= 'ӿ') cyrillic++;
            else if (c is >= '\u4E00' and <= '\u9FFF') cjk++;
            else if (c is >= '\u3040' and <= '\u30FF') kana++;
            else if (c is >= '\uAC00' and <= '\uD7AF') hangul++;
            else if (c is >= '\u0600' and <= '\u06FF') arabic++;
            else if (c is >= '\u0590' and <= '\u05FF') hebrew++;
            else if (c is >= '\u0370' and <= '\u03FF') greek++;
            else if (c is >= '\u0900' and <= '\u097F') devanagari++;
            else if (c is >= '\u10A0' and <= '\u10FF') georgian++;
            else if (c is >= '\u0530' and <= '\u058F') armenian++;
            else if (c is >= '\u0E00' and <= '\u0E7F') thai++;
        }
        var total = latin + cyrillic + cjk + kana + hangul + arabic + hebrew + greek + devanagari + georgian + armenian + thai;
        if (total < 8) return Normalize(declared);
        if (cyrillic * 2 > total) return CyrillicLanguages.Identify(text, Normalize(declared));
        if (kana > 0 && (kana + cjk) * 2 > total) return "ja";
        if (hangul * 2 > total) return "ko";
        if (cjk * 2 > total) return "zh";
        if (arabic * 2 > total) return Normalize(declared) is "fa" or "ur" ? Normalize(declared) : "ar";
        if (hebrew * 2 > total) return "he";
        if (greek * 2 > total) return "el";
        if (devanagari * 2 > total) return "hi";
        if (georgian * 2 > total) return "ka";
        if (armenian * 2 > total) return "hy";
        if (thai * 2 > total) return "th";
        if (StopWords.Guess(text) is { } quick) return quick;
        var detected = Latin.Value.DetectLanguageOf(text.Length > 600 ? text[..600] : text);
        if (detected == LinguaLanguage.Unknown) return Normalize(declared) ?? "en";
        return LanguageInfo.IsoCode6391(detected).ToString().ToLowerInvariant();
    }

    private static string? Normalize(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang)) return null;
        var l = lang.Trim().ToLowerInvariant();
        var dash = l.IndexOfAny(['-', '_']);
        if (dash > 0) l = l[..dash];
        return l.Length is 2 or 3 ? l : null;
    }
}
