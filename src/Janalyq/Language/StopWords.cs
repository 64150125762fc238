namespace Janalyq.Language;

/// <summary>
/// A cheap first guess for Latin-script text: the language whose function words clearly dominate.
/// Lingua (exact but ~40 ms a page) is only asked when this is inconclusive.
/// </summary>
internal static class StopWords
{
    private static readonly (string Code, HashSet<string> Words)[] Languages =
    [
        ("en", Set("the of and to in is that for it with as was on be by are this from at have has not but which were their they")),
        ("de", Set("der die und das ist nicht zu den von mit sich des auf für ein eine dem im auch es wird sie werden")),
        ("fr", Set("le la les des et est un une du dans pour que qui pas sur au avec ce il sont par plus ne se")),
        ("es", Set("el la los las de que y en un una por con para es del se no al lo como más su pero")),
        ("pt", Set("o a os as de que e do da em um uma para com não no na se por mais dos das ao é")),
        ("it", Set("il la di che e è un una per non con del della le si da in sono gli al dei")),
        ("nl", Set("de het een en van is dat niet op te zijn voor met die er aan ook als bij")),
        ("pl", Set("i w na nie z się że do to jest o jak ale po co przez od za dla")),
        ("tr", Set("ve bir bu da de için ile olarak çok daha gibi olan ama en ne var")),
        ("id", Set("yang dan di dari untuk dengan ini itu dalam tidak akan pada ke juga adalah")),
    ];

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);

    /// <summary>Every function word with the set of languages (bit l for Languages[l]) that use it; looked up by span, case-insensitively.</summary>
    private static readonly Dictionary<string, int> Owners = BuildOwners();

    private static Dictionary<string, int> BuildOwners()
    {
        var owners = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var l = 0; l < Languages.Length; l++)
            foreach (var w in Languages[l].Words) owners[w] = owners.GetValueOrDefault(w) | (1 << l);
        return owners;
    }

    internal static string? Guess(string text)
    {
        Span<int> hits = stackalloc int[Languages.Length];
        var lookup = Owners.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = 0;
        var start = -1;
        for (var i = 0; i <= text.Length && words < 400; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                words++;
                if (i - start <= 8 && lookup.TryGetValue(text.AsSpan(start, i - start), out var mask))
                    for (var l = 0; l < Languages.Length; l++)
                        if ((mask & (1 << l)) != 0) hits[l]++;
                start = -1;
            }
        }
        int best = -1, bestHits = 0, second = 0;
        for (var l = 0; l < Languages.Length; l++)
        {
            if (hits[l] > bestHits) { second = bestHits; bestHits = hits[l]; best = l; }
            else if (hits[l] > second) second = hits[l];
        }
        if (best < 0 || bestHits < 8 || bestHits < words / 10 || bestHits < second * 2) return null;
        return Languages[best].Code;
    }
}
