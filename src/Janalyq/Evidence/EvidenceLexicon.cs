using System.Globalization;
using System.Reflection;

namespace Janalyq.Evidence;

/// <summary>What a word or phrase of the data files stands for: an entity, a concept, a number word, or several.</summary>
internal sealed class PhraseEntry
{
    public string? EntityKey;
    public float EntityWeight;
    /// <summary>Bit i set: word i of the gazetteer form is capitalised there, so it must be in the text.</summary>
    public uint CapitalMask;
    public string? ConceptKey;
    public float ConceptWeight;
    /// <summary>A scale word's factor (тысяча, million), or 0.</summary>
    public double Scale;
    /// <summary>A unit's code (pct, t, m3, kzt, …), or null.</summary>
    public string? Unit;
    /// <summary>A month's number (1–12), or 0.</summary>
    public int Month;
}

/// <summary>
/// The gazetteer, the concept lexicon and the number words of one language, loaded once from the embedded data files
/// (Data/gazetteer.txt, Data/lexicon.txt, Data/units.txt). Immutable after loading, so shared by every thread.
/// </summary>
internal sealed class LanguageLexicon
{
    private readonly Dictionary<string, int> prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> prefixLookup;
    private readonly Dictionary<ulong, PhraseEntry> phrases = [];

    public Lang Lang { get; }

    /// <summary>Most words in one phrase of the data (at most 4).</summary>
    public int MaxPhraseWords { get; private set; } = 1;

    /// <summary>Prefixes two different lemmas reach (kept for the first; reported by the tests and the README).</summary>
    public List<(string Prefix, string Kept, string Lost)> Collisions { get; } = [];

    private readonly List<string> lemmaOfWord = [];

    public LanguageLexicon(Lang lang)
    {
        Lang = lang;
        tails = EvidenceStemmer.Tails(lang);
        prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int PhraseCount => phrases.Count;

    public int PrefixCount => prefixes.Count;

    /// <summary>The word id of a lowercase word of the text, or -1: a lemma prefix followed by an inflection tail
    /// (the longest such prefix; the tail may be empty).</summary>
    public int WordId(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return -1;
        if (prefixLookup.TryGetValue(word, out var id)) return id;
        var stop = Math.Max(2, word.Length - EvidenceStemmer.MaxTail(Lang));
        var node = 0;
        for (var i = word.Length - 1; i >= stop; i--)
        {
            node = tails.Step(node, word[i]);
            if (node < 0) return -1;
            if (tails.IsEnd(node) && prefixLookup.TryGetValue(word[..i], out id)) return id;
        }
        return -1;
    }

    /// <summary>Whether a phrase of two words or more starts with this word id.</summary>
    public bool StartsPhrase(int id) => id < startsPhrase.Count && startsPhrase[id];

    private readonly List<bool> startsPhrase = [];
    private readonly TailTrie tails;

    /// <summary>The entry of a sequence of word ids (1 to 4 of them), or null.</summary>
    public PhraseEntry? Phrase(ReadOnlySpan<int> ids) => phrases.GetValueOrDefault(Pack(ids));

    private static ulong Pack(ReadOnlySpan<int> ids)
    {
        ulong key = 0;
        foreach (var id in ids) key = (key << 16) | (uint)(id + 1);
        return key;
    }

    private int AddWord(string lemma)
    {
        if (wordIds.TryGetValue(lemma, out var id)) return id;
        var variants = EvidenceStemmer.LemmaPrefixes(lemma, Lang).Distinct(StringComparer.Ordinal).ToList();
        var canonical = variants.MinBy(v => v.Length)!;
        // Two inflected forms of one word in the data ("Абайская область", "Абайской области") are one word: both
        // derive the same shortest prefix. A lemma that is itself that prefix stays apart (метр is not метро).
        id = -1;
        if (canonical != lemma && prefixes.TryGetValue(canonical, out var existing) && canonicalOfWord[existing] is var c
            && c == canonical && lemmaOfWord[existing] != canonical)
            id = existing;
        if (id < 0)
        {
            id = lemmaOfWord.Count;
            if (id >= ushort.MaxValue - 1) throw new InvalidOperationException("lexicon: too many words for one language");
            lemmaOfWord.Add(lemma);
            canonicalOfWord.Add(canonical);
        }
        wordIds[lemma] = id;
        foreach (var prefix in variants)
        {
            var exact = prefix == lemma;
            if (prefixes.TryGetValue(prefix, out var other))
            {
                if (other == id) continue;
                var otherExact = exactPrefixes.Contains(prefix);
                // A lemma written out wins over a prefix derived from another lemma (plane over plan+e).
                if (exact && !otherExact) { prefixes[prefix] = id; exactPrefixes.Add(prefix); }
                else if (exact == otherExact) Collisions.Add((prefix, lemmaOfWord[other], lemma));
                continue;
            }
            prefixes[prefix] = id;
            if (exact) exactPrefixes.Add(prefix);
        }
        return id;
    }

    private readonly List<string> canonicalOfWord = [];
    private readonly HashSet<string> exactPrefixes = new(StringComparer.Ordinal);

    /// <summary>The keys (concept, entity, unit) a word stands for alone, for the collision check.</summary>
    internal IEnumerable<string> KeysOf(string lemma)
    {
        if (!wordIds.TryGetValue(lemma, out var id)) yield break;
        if (Phrase([id]) is not { } e) yield break;
        if (e.ConceptKey is not null) yield return e.ConceptKey;
        if (e.EntityKey is not null) yield return e.EntityKey;
        if (e.Unit is not null) yield return "unit:" + e.Unit;
        if (e.Scale > 0) yield return "scale";
        if (e.Month > 0) yield return "month";
    }

    /// <summary>Adds a form (one or more words) and returns its entry, creating it when new.</summary>
    public PhraseEntry AddForm(string form, out uint capitalMask)
    {
        var words = SplitWords(form);
        if (words.Count is 0 or > 4) throw new FormatException($"lexicon: form \"{form}\" must have 1 to 4 words");
        capitalMask = 0;
        Span<int> ids = stackalloc int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (char.IsUpper(words[i][0])) capitalMask |= 1u << i;
            ids[i] = AddWord(Normalize(words[i]));
        }
        MaxPhraseWords = Math.Max(MaxPhraseWords, words.Count);
        if (words.Count > 1)
        {
            while (startsPhrase.Count <= ids[0]) startsPhrase.Add(false);
            startsPhrase[ids[0]] = true;
        }
        var key = Pack(ids);
        if (!phrases.TryGetValue(key, out var entry)) phrases[key] = entry = new PhraseEntry();
        return entry;
    }

    /// <summary>Words of a form: letters and digits, split at spaces, hyphens, dots, slashes and the middle dot.</summary>
    internal static List<string> SplitWords(string form)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= form.Length; i++)
        {
            var inWord = i < form.Length && (char.IsLetterOrDigit(form[i]) || form[i] is '\'' or '’' or '+' or '³' or '²');
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(form[start..i]);
                start = -1;
            }
        }
        return words;
    }

    internal static string Normalize(string word)
    {
        Span<char> buffer = stackalloc char[word.Length];
        return new string(buffer[..TextScanner.Lower(word, buffer)]);
    }
}

/// <summary>The three languages' lexicons, loaded once.</summary>
internal sealed class EvidenceLexicon
{
    private readonly LanguageLexicon[] byLang;

    public static EvidenceLexicon Shared => Lazy.Value;

    private static readonly Lazy<EvidenceLexicon> Lazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Concept keys of the lexicon (for the README's count and the tests).</summary>
    public IReadOnlyCollection<string> ConceptKeys { get; }

    /// <summary>Entity keys of the gazetteer.</summary>
    public IReadOnlyCollection<string> EntityKeys { get; }

    /// <summary>Every (language, form) of the gazetteer, by key, for the false-merge measure.</summary>
    public IReadOnlyList<(string Key, Lang Lang, string Form)> GazetteerForms { get; }

    private EvidenceLexicon(LanguageLexicon[] byLang, HashSet<string> concepts, HashSet<string> entities, List<(string, Lang, string)> forms)
    {
        this.byLang = byLang;
        ConceptKeys = concepts;
        EntityKeys = entities;
        GazetteerForms = forms;
    }

    public LanguageLexicon? For(Lang lang) => lang == Lang.Other ? null : byLang[(int)lang];

    private static EvidenceLexicon Load()
    {
        var langs = new[] { new LanguageLexicon(Lang.Ru), new LanguageLexicon(Lang.Kk), new LanguageLexicon(Lang.En) };
        var concepts = new HashSet<string>(StringComparer.Ordinal);
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var forms = new List<(string, Lang, string)>();
        foreach (var (file, kind) in new[] { ("units.txt", 'n'), ("gazetteer.txt", 'e'), ("lexicon.txt", 'c') })
        {
            var lineNumber = 0;
            foreach (var line in ReadResource(file))
            {
                lineNumber++;
                var trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#') continue;
                var cells = trimmed.Split('|');
                if (cells.Length is < 4 or > 5) throw new FormatException($"{file}:{lineNumber}: expected key | ru | kk | en [| weight]");
                var name = cells[0].Trim();
                var weight = cells.Length == 5 ? float.Parse(cells[4].Trim(), CultureInfo.InvariantCulture) : kind == 'e' ? EvidenceWeights.GazetteerEntity : 1f;
                for (var l = 0; l < 3; l++)
                {
                    foreach (var rawForm in cells[l + 1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        var entry = langs[l].AddForm(rawForm, out var capitalMask);
                        switch (kind)
                        {
                            case 'e':
                                var key = "e:" + name;
                                entities.Add(key);
                                forms.Add((key, (Lang)l, rawForm));
                                if (entry.EntityKey is null) { entry.EntityKey = key; entry.EntityWeight = weight; entry.CapitalMask = capitalMask; }
                                break;
                            case 'c':
                                var concept = "c:" + name;
                                concepts.Add(concept);
                                if (entry.ConceptKey is null) { entry.ConceptKey = concept; entry.ConceptWeight = weight; }
                                break;
                            default:
                                ApplyNumberWord(entry, name, file, lineNumber);
                                break;
                        }
                    }
                }
            }
        }
        return new EvidenceLexicon(langs, concepts, entities, forms);
    }

    private static void ApplyNumberWord(PhraseEntry entry, string name, string file, int lineNumber)
    {
        if (name.StartsWith("scale:", StringComparison.Ordinal)) entry.Scale = double.Parse(name[6..], CultureInfo.InvariantCulture);
        else if (name.StartsWith("unit:", StringComparison.Ordinal)) entry.Unit ??= name[5..];
        else if (name.StartsWith("month:", StringComparison.Ordinal)) entry.Month = int.Parse(name[6..], CultureInfo.InvariantCulture);
        else throw new FormatException($"{file}:{lineNumber}: a number word is scale:, unit: or month:");
    }

    private static IEnumerable<string> ReadResource(string file)
    {
        var name = "Janalyq.Evidence.Data." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
