namespace Janalyq.Search.Analysis;

/// <summary>What the letter before an ending is, as Kazakh suffixation sees it.</summary>
[Flags]
internal enum Before
{
    None = 0,
    /// <summary>A vowel (у and и count as vowels and as sonorants).</summary>
    Vowel = 1,
    /// <summary>р, й, у.</summary>
    R = 2,
    /// <summary>л.</summary>
    L = 4,
    /// <summary>м, н, ң.</summary>
    Nasal = 8,
    /// <summary>з, ж.</summary>
    Z = 16,
    /// <summary>A voiceless consonant (к, қ, п, с, т, ф, х, ц, ч, ш, щ) or б, в, г, д, ғ, һ (which take the same endings).</summary>
    Voiceless = 32,
    /// <summary>ы or і: the end of a third-person possessive, after which cases take their н-forms.</summary>
    Possessive3 = 64,
    Voiced = R | L | Nasal | Z,
    Any = Vowel | Voiced | Voiceless | Possessive3,
}

internal static class KazakhLetters
{
    public static bool IsVowel(char c) => c is 'а' or 'ә' or 'е' or 'ё' or 'и' or 'о' or 'ө' or 'у' or 'ұ' or 'ү' or 'ы' or 'і' or 'э' or 'ю' or 'я';

    /// <summary>Back vowels: an ending with а, о, ұ, ы follows them.</summary>
    public static bool IsBack(char c) => c is 'а' or 'о' or 'ұ' or 'ы' or 'я' or 'ё';

    /// <summary>Front vowels: an ending with е, ә, ө, ү, і follows them.</summary>
    public static bool IsFront(char c) => c is 'ә' or 'е' or 'ө' or 'ү' or 'і' or 'э';

    public static bool IsCyrillic(char c) => c is >= 'а' and <= 'я' or 'ё' or 'ә' or 'ғ' or 'қ' or 'ң' or 'ө' or 'ұ' or 'ү' or 'һ' or 'і';

    public static Before Classify(ReadOnlySpan<char> stem)
    {
        var c = stem[^1];
        if (c is 'ь' or 'ъ' && stem.Length > 1) c = stem[^2];
        return c switch
        {
            'ы' or 'і' => Before.Vowel | Before.Possessive3,
            'у' => Before.Vowel | Before.R,
            'р' or 'й' => Before.R,
            'л' => Before.L,
            'м' or 'н' or 'ң' => Before.Nasal,
            'з' or 'ж' => Before.Z,
            _ when IsVowel(c) => Before.Vowel,
            _ => Before.Voiceless,
        };
    }

    /// <summary>The stem's last vowel: 'b' back, 'f' front, 'n' neither (и, у, ю, or no vowel).</summary>
    public static char Harmony(ReadOnlySpan<char> stem)
    {
        for (int i = stem.Length - 1; i >= 0; i--)
        {
            if (IsBack(stem[i])) return 'b';
            if (IsFront(stem[i])) return 'f';
        }
        return 'n';
    }
}

/// <summary>One ending and the letters it may follow.</summary>
/// <param name="Neutral">The ending follows stems of either harmony (the instrumental -мен).</param>
internal sealed record KazakhEnding(string Text, Before After, bool Neutral = false)
{
    /// <summary>'b' when the ending's vowels are back, 'f' front, 'n' when it has none or follows both.</summary>
    private readonly char _harmony = Neutral ? 'n' : Harmony(Text);

    public bool Fits(ReadOnlySpan<char> stem)
    {
        if ((KazakhLetters.Classify(stem) & After) == 0) return false;
        if (_harmony == 'n') return true;
        var own = KazakhLetters.Harmony(stem);
        return own == 'n' || own == _harmony;
    }

    private static char Harmony(string text)
    {
        foreach (var c in text)
        {
            if (KazakhLetters.IsBack(c)) return 'b';
            if (KazakhLetters.IsFront(c)) return 'f';
        }
        return 'n';
    }
}

/// <summary>
/// The inflectional endings, by slot, outermost first: predicative, case, possessive, plural. Each is written in its
/// back and front variants and with the consonant its neighbour calls for (README.md beside the Search folder).
/// </summary>
internal static class KazakhEndings
{
    private const Before V = Before.Vowel;
    private const Before U = Before.Voiceless;
    private const Before P3 = Before.Possessive3;

    public static readonly KazakhEnding[][] Slots =
    [
        // Predicative (personal) endings: мын "I am", сың, сыз, мыз.
        Pairs(
            ("мын", "мін", V | Before.R | Before.L | Before.Nasal), ("бын", "бін", Before.Z), ("пын", "пін", U),
            ("сың", "сің", Before.Any), ("сыздар", "сіздер", Before.Any),
            ("мыз", "міз", V | Before.R | Before.L | Before.Nasal), ("быз", "біз", Before.Z), ("пыз", "піз", U)),
        // Case endings (with the н-forms after a third-person possessive), and the adjectival -дағы, -ғы.
        Pairs(
            ("ның", "нің", V | Before.Nasal), ("дың", "дің", Before.R | Before.L | Before.Z), ("тың", "тің", U),
            ("ны", "ні", V), ("ды", "ді", Before.Voiced), ("ты", "ті", U),
            ("ға", "ге", V | Before.Voiced), ("қа", "ке", U), ("на", "не", P3),
            ("да", "де", V | Before.Voiced), ("та", "те", U), ("нда", "нде", P3),
            ("дан", "ден", V | Before.R | Before.L | Before.Z), ("нан", "нен", Before.Nasal | P3), ("тан", "тен", U), ("ндан", "нден", P3),
            ("дағы", "дегі", V | Before.Voiced), ("тағы", "тегі", U), ("ндағы", "ндегі", P3),
            ("ғы", "гі", Before.Voiced), ("қы", "кі", U))
        .Concat([
            new KazakhEnding("н", P3),
            // The instrumental has one vowel for both harmonies.
            new KazakhEnding("мен", V | Before.R | Before.L | Before.Nasal, Neutral: true), new KazakhEnding("менен", V | Before.R | Before.L | Before.Nasal, Neutral: true),
            new KazakhEnding("бен", Before.Z, Neutral: true), new KazakhEnding("бенен", Before.Z, Neutral: true),
            new KazakhEnding("пен", U, Neutral: true), new KazakhEnding("пенен", U, Neutral: true),
        ]).ToArray(),
        // Possessive endings of the third person and of "our" (the ones news writes). "My" and "your" are left out on
        // purpose: their one-letter forms (-м, -ң, -ым) would end too many bare stems (адам, заң, ғалым).
        Pairs(("ы", "і", Before.Voiced | U), ("сы", "сі", V), ("ымыз", "іміз", Before.Voiced | U), ("мыз", "міз", V)),
        // Plural.
        Pairs(("лар", "лер", V | Before.R), ("дар", "дер", Before.L | Before.Nasal | Before.Z), ("тар", "тер", U)),
    ];

    private static KazakhEnding[] Pairs(params (string Back, string Front, Before After)[] pairs) =>
        pairs.SelectMany(p => new[] { new KazakhEnding(p.Back, p.After), new KazakhEnding(p.Front, p.After) }).ToArray();
}
