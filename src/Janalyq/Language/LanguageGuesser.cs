using Lingua;
using LinguaLanguage = Lingua.Language;

namespace Janalyq.Language;

/// <summary>
/// Language of the body text. Script decides most cases cheaply (Kazakh letters, other Cyrillic, CJK, ...);
/// Lingua, loaded once on first need and restricted to a small set of languages, settles Latin-script text.
/// </summary>
internal static class LanguageGuesser
{
    private static readonly Lazy<LanguageDetector> Latin = new(() => LanguageDetectorBuilder
        .FromLanguages(LinguaLanguage.English, LinguaLanguage.German, LinguaLanguage.French, LinguaLanguage.Spanish, LinguaLanguage.Portuguese, LinguaLanguage.Italian,
            LinguaLanguage.Dutch, LinguaLanguage.Polish, LinguaLanguage.Turkish, LinguaLanguage.Czech, LinguaLanguage.Swedish, LinguaLanguage.Indonesian, LinguaLanguage.Romanian,
            LinguaLanguage.Hungarian, LinguaLanguage.Finnish, LinguaLanguage.Danish, LinguaLanguage.Vietnamese, LinguaLanguage.Azerbaijani, LinguaLanguage.Latvian, LinguaLanguage.Lithuanian,
            LinguaLanguage.Estonian, LinguaLanguage.Croatian, LinguaLanguage.Slovak, LinguaLanguage.Slovene, LinguaLanguage.Catalan, LinguaLanguage.Bokmal)
        .Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<LanguageDetector> Cyrillic = new(() => LanguageDetectorBuilder
        .FromLanguages(LinguaLanguage.Russian, LinguaLanguage.Ukrainian, LinguaLanguage.Belarusian, LinguaLanguage.Bulgarian, LinguaLanguage.Serbian, LinguaLanguage.Macedonian, LinguaLanguage.Mongolian, LinguaLanguage.Kazakh)
        .Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    internal static string? Guess(string text, string? declared)
    {
        if (text.Length > 3000) text = text[..3000];
        int latin = 0, cyrillic = 0, russianOnly = 0, kazakh = 0, dottedI = 0, ukrainian = 0, cjk = 0, kana = 0, hangul = 0, arabic = 0, hebrew = 0, greek = 0, devanagari = 0, georgian = 0, armenian = 0, thai = 0;
        foreach (var c in text)
        {
            if (c < 'A') continue;
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 'À' and <= 'ɏ') latin++;
            else if (c is >= 'Ѐ' and <= 'ӿ')
            {
                cyrillic++;
                if (c is 'ә' or 'ғ' or 'қ' or 'ң' or 'ө' or 'ұ' or 'ү' or 'һ' or 'Ә' or 'Ғ' or 'Қ' or 'Ң' or 'Ө' or 'Ұ' or 'Ү' or 'Һ') kazakh++;
                else if (c is 'ї' or 'є' or 'ґ' or 'Ї' or 'Є' or 'Ґ') ukrainian++;
                else if (c is 'ы' or 'э' or 'Ы' or 'Э') russianOnly++;
                else if (c is 'і' or 'І') dottedI++; // Kazakh, Ukrainian, Belarusian; never Russian
            }
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
        if (cyrillic * 2 > total)
        {
            if (kazakh * 100 > cyrillic) return "kk"; // Kazakh-only letters: over 1% of Cyrillic letters
            if (ukrainian * 200 > cyrillic) return "uk";
            var d = Normalize(declared);
            if (d is "ru" or "kk") return d == "kk" && kazakh > 0 ? "kk" : "ru";
            // Russian prose always has ы (so does Kazakh, which a short text may write without its own letters);
            // without it (Bulgarian, Serbian, Mongolian...), or when the text is short, ask Lingua.
            if (russianOnly * 200 > cyrillic && dottedI * 200 <= cyrillic && (cyrillic >= 300 || kazakh == 0 && !KazakhWords(text))) return "ru";
            var lang = Cyrillic.Value.DetectLanguageOf(text.Length > 600 ? text[..600] : text);
            return lang == LinguaLanguage.Unknown ? "ru" : LanguageInfo.IsoCode6391(lang).ToString().ToLowerInvariant();
        }
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

    private static readonly HashSet<string> KazakhMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "және", "мен", "бен", "пен", "деп", "бойынша", "туралы", "жылы", "бар", "жоқ", "бір", "осы", "үшін", "еді", "болды", "болып",
        "болады", "екен", "керек", "бұл", "сол", "оны", "да", "де", "ма", "ме",
    };

    /// <summary>Frequent Kazakh words, some written without Kazakh-only letters ("және", "мен", "деп", "болды").</summary>
    private static bool KazakhWords(string text)
    {
        foreach (var range in text.AsSpan().SplitAny(" \n\t.,!?;:«»\"()—–-"))
        {
            var word = text.AsSpan()[range];
            if (word.Length is > 0 and < 10 && KazakhMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return true;
        }
        return false;
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
