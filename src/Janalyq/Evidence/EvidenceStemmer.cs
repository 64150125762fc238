namespace Janalyq.Evidence;

/// <summary>
/// Light morphology for matching the lexicon and for entity keys, per language. A lemma of the lexicon gives a few
/// prefixes (Russian "вода" → "вода", "вод"; "водный" → "водн"; Kazakh "кітап" → "кітап", "кітаб"; English
/// "vaccinate" → "vaccinate", "vaccinat"); a word of the text matches a prefix when the rest of it is one of the
/// language's inflection tails ("вод|ой", "облыс|тарының", "vaccinat|ed"). The word is never cut blindly, so "водитель"
/// does not reach "вода" and "сурет" does not reach "су".
/// </summary>
internal static class EvidenceStemmer
{
    /// <summary>Longest tail tried, per language.</summary>
    public static int MaxTail(Lang lang) => lang switch { Lang.Kk => 12, Lang.Ru => 6, _ => 4 };

    /// <summary>The prefixes a lemma (lowercase) is reached through.</summary>
    public static IEnumerable<string> LemmaPrefixes(string lemma, Lang lang)
    {
        yield return lemma;
        switch (lang)
        {
            case Lang.Ru:
                if (lemma.Length >= 5 && lemma.EndsWith("ться", StringComparison.Ordinal)) yield return lemma[..^4];
                else if (lemma.Length >= 4 && lemma.EndsWith("ть", StringComparison.Ordinal)) yield return lemma[..^2];
                if (lemma.Length >= 5 && RuAdjectiveEndings.Any(e => lemma.EndsWith(e, StringComparison.Ordinal))) yield return lemma[..^2];
                if (lemma.Length >= 4 && "аяоеёьйыиу".Contains(lemma[^1], StringComparison.Ordinal)) yield return lemma[..^1];
                // A fleeting vowel: паводок → паводка, рынок → рынка, конец → конца.
                if (lemma.Length >= 5 && (lemma.EndsWith("ок", StringComparison.Ordinal) || lemma.EndsWith("ек", StringComparison.Ordinal) || lemma.EndsWith("ец", StringComparison.Ordinal)))
                    yield return string.Concat(lemma.AsSpan(0, lemma.Length - 2), lemma.AsSpan(lemma.Length - 1));
                break;
            case Lang.Kk:
                // A verbal noun's stem takes the verb's endings: эвакуациялау → эвакуацияланды, қолдау → қолдады.
                if (lemma.Length >= 5 && (lemma.EndsWith("ау", StringComparison.Ordinal) || lemma.EndsWith("еу", StringComparison.Ordinal))) yield return lemma[..^1];
                // Consonant mutation before a vowel-initial ending: кітап → кітабы, жылдық → жылдығы, тілек → тілегі.
                if (lemma.Length >= 3)
                {
                    var last = lemma[^1];
                    var mutated = last switch { 'п' => 'б', 'қ' => 'ғ', 'к' => 'г', _ => '\0' };
                    if (mutated != '\0') yield return string.Concat(lemma.AsSpan(0, lemma.Length - 1), [mutated]);
                }
                break;
            case Lang.En:
                if (lemma.Length >= 4 && lemma[^1] == 'e') yield return lemma[..^1];
                if (lemma.Length >= 4 && lemma[^1] == 'y' && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal)) yield return lemma[..^1] + "i";
                break;
        }
    }

    private static readonly string[] RuAdjectiveEndings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые"];

    /// <summary>The language's inflection tails, in a trie read from the end of a word.</summary>
    public static TailTrie Tails(Lang lang) => lang switch
    {
        Lang.Ru => RuTails,
        Lang.Kk => KkTails,
        _ => EnTails,
    };

    private static readonly TailTrie RuTails = new(RuTailList());
    private static readonly TailTrie KkTails = new(KkTailList());
    private static readonly TailTrie EnTails = new(["s", "es", "ed", "d", "ing", "ings", "'s", "s'", "n"]);

    private static HashSet<string> RuTailList()
    {
        // Nouns and adjectives (every case and number), then verbs (infinitive, past, present, participles), reflexive.
        string[] nominal =
        [
            "а", "я", "о", "е", "ё", "ь", "ы", "и", "у", "ю", "й",
            "ой", "ей", "ом", "ем", "ём", "ам", "ям", "ах", "ях", "ов", "ев", "ёв", "ью", "ию", "ия", "ии", "ие", "ий",
            "ый", "ая", "яя", "ое", "ее", "ые", "ую", "юю", "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ыми",
            "ими", "ами", "ями", "ием", "ией", "иям", "иями", "иях", "ья", "ье", "ьи", "ью", "ьё", "ьев", "ьям", "ьями",
            "ьях", "ей", "ою", "ею", "ами",
        ];
        string[] verbal =
        [
            "ть", "ать", "ять", "ить", "еть", "л", "ла", "ло", "ли", "ал", "ала", "ало", "али", "ял", "яла", "яли",
            "ил", "ила", "ило", "или", "ел", "ела", "ели", "ет", "ют", "ут", "ит", "ат", "ят", "ут", "ем", "им", "ете",
            "ите", "ен", "ена", "ено", "ены", "ан", "ана", "ано", "аны", "н", "на", "но", "ны", "ует", "уют", "овать",
            "ировать", "ирован", "ованы", "ован", "ована", "ано", "нный", "нного", "нной", "нные", "нных", "нным",
            "енный", "енного", "енной", "енные", "енных", "анный", "анного", "анной", "анные", "анных", "вший", "вшего",
            "ющий", "ющего", "ющие", "ющих", "ющая", "ящий", "ящие", "ящих",
        ];
        var all = new HashSet<string>(nominal, StringComparer.Ordinal);
        foreach (var v in verbal) all.Add(v);
        foreach (var v in verbal.Concat(["", "а", "и", "е"]).ToArray())
        {
            all.Add(v + "ся");
            all.Add(v + "сь");
        }
        return all;
    }

    private static HashSet<string> KkTailList()
    {
        string[] plural = ["", "лар", "лер", "дар", "дер", "тар", "тер"];
        string[] possessive =
        [
            "", "ы", "і", "сы", "сі", "ым", "ім", "м", "ың", "ің", "ң", "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз",
            "ңыз", "ңіз",
        ];
        string[] cases =
        [
            "", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "а", "е", "ны", "ні",
            "ды", "ді", "ты", "ті", "н", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен",
            "мен", "бен", "пен", "менен", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "ша", "ше", "ғы", "гі",
            "қы", "кі",
        ];
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in plural)
            foreach (var s in possessive)
                foreach (var c in cases)
                    all.Add(p + s + c);
        string[] verbal =
        [
            "ды", "ді", "ты", "ті", "ған", "ген", "қан", "кен", "ғаны", "гені", "қаны", "кені", "ғанын", "генін",
            "атын", "етін", "йтын", "йтін", "ады", "еді", "йды", "йді", "у", "уі", "уға", "уге", "уда", "уде", "уды",
            "уді", "удың", "удің", "ып", "іп", "п", "са", "се", "мақ", "мек", "пақ", "пек", "бақ", "бек", "ылды",
            "ілді", "лды", "лді", "ылған", "ілген", "лған", "лген", "ылады", "іледі", "лады", "леді", "ушы", "уші",
            "ушылар", "ушілер", "ушылардың", "ушілердің", "ған", "ғандар", "гендер", "атынын", "масы", "месі", "ма",
            "ме", "нды", "нді", "нған", "нген", "нады", "неді", "ну", "нуы", "нып", "ніп", "мады", "меді", "майды", "мейді", "ады", "ейді", "айды", "иды", "ді",
        ];
        foreach (var v in verbal) all.Add(v);
        all.Remove("");
        return all;
    }

    /// <summary>
    /// How much of a capitalised word (lowercase) is its name, its case ending removed: Russian endings that carry a
    /// consonant (Шымкентом, Токаевым, Ивановых, Ташкентами; vowel endings vanish in the skeleton anyway), Kazakh case
    /// endings (Тілеубердиевтің, Шымкентте, Астанаға, Өзбекстанмен, Алматыдағы; "-стан" and "-сұлтан" are never cut),
    /// the English possessive. At least four letters stay.
    /// </summary>
    public static int EntityStemLength(ReadOnlySpan<char> w, Lang lang)
    {
        switch (lang)
        {
            case Lang.En:
                if (w.EndsWith("'s") || w.EndsWith("’s")) return w.Length - 2;
                if (w.EndsWith("s'") || w.EndsWith("s’")) return w.Length - 1;
                return w.Length;
            case Lang.Ru:
                foreach (var e in RuEntityEndings)
                {
                    if (w.Length - e.Length < 4 || !w.EndsWith(e)) continue;
                    if (e is "ым" or "им" or "ых" or "их" && w[^(e.Length + 1)] is not ('в' or 'н')) continue;
                    return w.Length - e.Length;
                }
                return w.Length;
            case Lang.Kk:
                foreach (var e in KkEntityEndings)
                {
                    if (w.Length - e.Length < 4 || !w.EndsWith(e)) continue;
                    var stem = w[..^e.Length];
                    if (e is "тан" or "тен" && stem[^1] == 'с') continue;           // Қазақстан, Өзбекстан
                    if (w.EndsWith("сұлтан") || w.EndsWith("султан")) continue;   // Нұрсұлтан
                    return stem.Length;
                }
                return w.Length;
            default:
                return w.Length;
        }
    }

    private static readonly string[] RuEntityEndings =
        ["ами", "ями", "ого", "его", "ому", "ему", "ом", "ем", "ём", "ым", "им", "ых", "их", "ах", "ях"];

    private static readonly string[] KkEntityEndings =
    [
        "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың", "дің", "тың", "тің", "дан", "ден", "тан",
        "тен", "нан", "нен", "мен", "бен", "пен", "нда", "нде", "ға", "ге", "қа", "ке", "ны", "ні", "ды", "ді", "ты",
        "ті", "да", "де", "та", "те",
    ];
}

/// <summary>The languages the lexicon has forms for; Other gets entities and numbers only.</summary>
public enum Lang
{
    /// <summary>Russian.</summary>
    Ru,
    /// <summary>Kazakh.</summary>
    Kk,
    /// <summary>English.</summary>
    En,
    /// <summary>Any other language.</summary>
    Other,
}
