using System.Diagnostics;
using Janalyq.Language;
using Lingua;
using LinguaLanguage = Lingua.Language;

namespace Janalyq.Bench;

/// <summary>
/// Language of the text, the extractor's field. Sentences: KazNERD's Kazakh sentences, the confuser set (UDHR sentences
/// in Kyrgyz, Tatar, Uzbek, Mongolian, Ukrainian, Belarusian, Bulgarian, Macedonian, Serbian, Russian and Kazakh; a source
/// the model was not trained on), and the Telegram contest's Russian and English news texts; headlines: the first six
/// words of each sentence, and the contest's titles. Janalyq beside Lingua restricted to the languages of the sets it
/// knows, and Lingua with all its languages (the library as a new user calls it), in one run. Kazakh precision and recall
/// over each pool, per-language precision and recall, and texts per second on one core.
/// </summary>
public static class LanguageCommand
{
    private sealed record Item(string Truth, string Text);

    public static int Run(string dataRoot, string[] args)
    {
        if (AebCommand.Option(args, "--model") is { } model) CyrillicModel.Override = CyrillicModel.ReadFile(model);
        var limit = int.TryParse(AebCommand.Option(args, "--limit"), out var l) ? l : 3000;
        var confuserPath = AebCommand.Option(args, "--confusers") ?? Path.Combine(AppContext.BaseDirectory, "Language", "confusers.tsv");
        var kazakh = KazakhSentences(Path.Combine(dataRoot, "kaznerd", "IOB2_valid.txt")).Take(limit).ToList();
        var confusers = File.ReadLines(confuserPath).Where(x => x.Length > 0 && x[0] != '#').Select(x => x.Split('\t')).Select(c => new Item(c[0], c[2])).ToList();
        var news = new List<Item>();
        var titles = new List<Item>();
        foreach (var lang in (string[])["ru", "en"])
            foreach (var file in Directory.GetFiles(Path.Combine(dataRoot, "tgcontest", "categories"), lang + "_cat_*.tsv").Order(StringComparer.Ordinal))
                foreach (var line in File.ReadLines(file).Skip(1))
                {
                    var cols = line.Split('\t');
                    if (cols.Length < 3 || cols[1].Length == 0) continue;
                    news.Add(new Item(lang, cols[2] + ". " + cols[1]));
                    if (cols[2].Length > 0) titles.Add(new Item(lang, cols[2]));
                }

        var sentenceSets = new List<(string Name, List<Item> Items)>
        {
            ("kk KazNERD", kazakh.Select(s => new Item("kk", s)).ToList()),
            ("confusers (UDHR)", confusers),
            ("ru/en news texts", news),
        };
        var headlineSets = new List<(string Name, List<Item> Items)>
        {
            ("kk KazNERD", kazakh.Select(s => new Item("kk", Headline(s))).Where(i => i.Text.Length > 0).ToList()),
            ("confusers (UDHR)", confusers.Select(i => i with { Text = Headline(i.Text) }).Where(i => i.Text.Length > 0).ToList()),
            ("ru/en titles", titles),
        };

        var truths = sentenceSets.SelectMany(s => s.Items).Select(i => i.Truth).Distinct().Order(StringComparer.Ordinal).ToList();
        var known = Enum.GetValues<LinguaLanguage>().Where(x => x != LinguaLanguage.Unknown && truths.Contains(Code(x))).ToList();
        var linguaKnown = LanguageDetectorBuilder.FromLanguages([.. known]).Build();
        var linguaAll = LanguageDetectorBuilder.FromAllLanguages().Build();
        var systems = new List<(string Name, Func<string, string?> Guess)>
        {
            ("Janalyq", t => LanguageIdentifier.Identify(t)),
            ($"Lingua ({known.Count} langs)", t => linguaKnown.DetectLanguageOf(t) is var d && d != LinguaLanguage.Unknown ? Code(d) : null),
            ("Lingua (all)", t => linguaAll.DetectLanguageOf(t) is var d && d != LinguaLanguage.Unknown ? Code(d) : null),
        };
        if (args.Contains("--no-lingua")) systems.RemoveRange(1, 2);
        Console.WriteLine($"language: {truths.Count} languages ({string.Join(' ', truths)}); Lingua restricted to {string.Join(' ', known.Select(Code))}");
        Console.WriteLine($"texts: {string.Join(", ", sentenceSets.Select(s => $"{s.Name} {s.Items.Count}"))}; headlines = first 6 words of each sentence, and the contest's titles");

        var answers = new Dictionary<(string System, string Pool), List<(Item Item, string? Guess)>>();
        var speeds = new Dictionary<string, double>();
        foreach (var (name, guess) in systems)
        {
            guess("Загрузка моделей вне часов. Модельдерді жүктеу."); // load models outside the clock
            var all = sentenceSets.SelectMany(s => s.Items).ToList();
            var sw = Stopwatch.StartNew();
            answers[(name, "sentences")] = all.Select(i => (i, guess(i.Text))).ToList();
            speeds[name] = all.Count / sw.Elapsed.TotalSeconds;
            answers[(name, "headlines")] = headlineSets.SelectMany(s => s.Items).Select(i => (i, guess(i.Text))).ToList();
        }

        foreach (var (pool, sets) in (ValueTuple<string, List<(string Name, List<Item> Items)>>[])[("sentences", sentenceSets), ("headlines", headlineSets)])
        {
            Console.WriteLine();
            Console.WriteLine($"{pool}: share given the right ISO 639-1 code, and Kazakh precision / recall over all {pool}");
            Console.WriteLine($"{"set",-18} {"texts",6}" + string.Concat(systems.Select(s => $" {s.Name,20}")));
            foreach (var (name, items) in sets)
                Console.WriteLine($"{name,-18} {items.Count,6}" + string.Concat(systems.Select(s => $" {Accuracy(answers[(s.Name, pool)], items),20:P1}")));
            Console.WriteLine($"{"kk precision",-25}" + string.Concat(systems.Select(s => $" {PrecisionRecall(answers[(s.Name, pool)], "kk").Precision,20:0.000}")));
            Console.WriteLine($"{"kk recall",-25}" + string.Concat(systems.Select(s => $" {PrecisionRecall(answers[(s.Name, pool)], "kk").Recall,20:0.000}")));
        }

        Console.WriteLine();
        Console.WriteLine("per language (sentences / headlines): precision / recall");
        Console.WriteLine($"{"lang",-5} {"texts",6}" + string.Concat(systems.Select(s => $" {s.Name,27}")));
        foreach (var t in truths)
        {
            var count = answers[(systems[0].Name, "sentences")].Count(a => a.Item.Truth == t);
            Console.WriteLine($"{t,-5} {count,6}" + string.Concat(systems.Select(s =>
            {
                var a = PrecisionRecall(answers[(s.Name, "sentences")], t);
                var b = PrecisionRecall(answers[(s.Name, "headlines")], t);
                return $" {a.Precision,6:0.00}/{a.Recall:0.00} {b.Precision,6:0.00}/{b.Recall:0.00}  ";
            })));
        }
        Console.WriteLine();
        Console.WriteLine("speed, sentences on one core (texts/s): " + string.Join(", ", systems.Select(s => $"{s.Name} {speeds[s.Name]:0}")));

        if (args.Contains("--verbose"))
            foreach (var (item, guess) in answers[("Janalyq", "sentences")].Concat(answers[("Janalyq", "headlines")]).Where(a => a.Guess != a.Item.Truth).Take(60))
                Console.WriteLine($"  {item.Truth}->{guess}: {item.Text[..Math.Min(140, item.Text.Length)]}");
        return 0;
    }

    private static string Code(LinguaLanguage l) => LanguageInfo.IsoCode6391(l).ToString().ToLowerInvariant();

    /// <summary>The first six words of a sentence of three words or more: the length of a headline.</summary>
    private static string Headline(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 3 ? "" : string.Join(' ', words.Take(6)).TrimEnd(',', ';', ':');
    }

    private static double Accuracy(List<(Item Item, string? Guess)> answers, List<Item> set)
    {
        var members = set.ToHashSet(ReferenceEqualityComparer.Instance);
        var mine = answers.Where(a => members.Contains(a.Item)).ToList();
        return mine.Count == 0 ? 0 : (double)mine.Count(a => a.Guess == a.Item.Truth) / mine.Count;
    }

    private static (double Precision, double Recall) PrecisionRecall(List<(Item Item, string? Guess)> answers, string lang)
    {
        var said = answers.Count(a => a.Guess == lang);
        var right = answers.Count(a => a.Guess == lang && a.Item.Truth == lang);
        var truth = answers.Count(a => a.Item.Truth == lang);
        return (said == 0 ? 0 : (double)right / said, truth == 0 ? 0 : (double)right / truth);
    }

    /// <summary>KazNERD's IOB2 file: one token per line (token, tag), a blank line between sentences.</summary>
    private static List<string> KazakhSentences(string path)
    {
        var result = new List<string>();
        var tokens = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (tokens.Count > 0) result.Add(Join(tokens));
                tokens.Clear();
                continue;
            }
            var space = line.LastIndexOf(' ');
            tokens.Add(space > 0 ? line[..space] : line);
        }
        if (tokens.Count > 0) result.Add(Join(tokens));
        return result;
    }

    private static string Join(List<string> tokens)
    {
        var s = string.Join(' ', tokens);
        foreach (var p in (string[])[" .", " ,", " !", " ?", " :", " ;", " »", "« "]) s = s.Replace(p, p.Trim(), StringComparison.Ordinal);
        return s;
    }
}
