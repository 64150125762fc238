namespace Janalyq.Language;

/// <summary>
/// The letters each Cyrillic language of the model writes: the alphabet evidence. A letter outside a language's
/// alphabet (ұ in Russian, ы in Ukrainian, қ in Kyrgyz, ҡ in Kazakh) costs that language a fixed penalty per occurrence,
/// whatever its n-grams say; letters only one or two languages have (ұ і Kazakh, ҡ ҙ ҫ Bashkir, җ Tatar, ї є ґ Ukrainian,
/// ѓ ќ ѕ Macedonian, ђ ћ Serbian, ҳ ў Uzbek) therefore decide quickly, and the absence of letters is left to the n-grams.
/// </summary>
internal static class CyrillicAlphabets
{
    private const string Russian = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

    /// <summary>The languages of the Cyrillic model with their lower-case letters (ISO 639-1 code, alphabet).</summary>
    internal static readonly (string Code, string Letters)[] Languages =
    [
        ("ru", Russian),
        ("kk", Russian + "әғқңөұүһі"),
        ("ky", Russian + "ңөү"),
        ("tt", Russian + "әөүҗңһ"),
        ("ba", Russian + "ғҙҡңөҫүһә"),
        ("uz", "абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ"), // no щ, no ы
        ("mn", Russian + "өү"),
        ("uk", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"), // no ё ъ ы э
        ("be", "абвгдеёжзійклмнопрстуўфхцчшыьэюя"), // no и щ ъ
        ("bg", "абвгдежзийклмнопрстуфхцчшщъьюяѝ"), // no ё ы э
        ("mk", "абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
        ("sr", "абвгдђежзијклљмнњопрстћуфхцчџш"),
    ];

    /// <summary>The codes in model order.</summary>
    internal static readonly string[] Codes = Languages.Select(l => l.Code).ToArray();

    /// <summary>For every Cyrillic letter (U+0400–U+04FF, lower case), a bit per language (bit i for Languages[i]) that writes it.</summary>
    private static readonly ushort[] Writers = BuildWriters();

    private static ushort[] BuildWriters()
    {
        var writers = new ushort[256];
        for (var i = 0; i < Languages.Length; i++)
            foreach (var c in Languages[i].Letters) writers[c - 0x400] |= (ushort)(1 << i);
        return writers;
    }

    /// <summary>Whether language <paramref name="language"/> (index into Languages) writes the lower-case Cyrillic letter <paramref name="c"/>.</summary>
    internal static bool Writes(int language, char c) => c is >= '\u0400' and <= '\u04FF' && (Writers[c - 0x400] & (1 << language)) != 0;

    /// <summary>Whether the character is a Cyrillic letter one of the model's languages writes.</summary>
    internal static bool IsModelLetter(char c) => c is >= '\u0400' and <= '\u04FF' && Writers[c - 0x400] != 0;
}
