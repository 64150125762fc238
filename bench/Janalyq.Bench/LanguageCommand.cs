using System.Diagnostics;
using Janalyq.Language;
using Lingua;
using LinguaLanguage = Lingua.Language;

namespace Janalyq.Bench;

/// <summary>
/// Language of the text, the extractor's field: accuracy on Kazakh (KazNERD sentences, alone and five at a time, the size
/// of a short paragraph) and on Russian and English news texts (the Telegram contest's category files), beside Lingua with
/// all its languages (the library alone, as a new user would call it). Both answer with an ISO 639-1 code.
/// </summary>
public static class LanguageCommand
{
    public static int Run(string dataRoot, string[] args)
    {
        var sets = new List<(string Name, string Truth, List<string> Texts)>();
        var sentences = KazakhSentences(Path.Combine(dataRoot, "kaznerd", "IOB2_valid.txt"));
        var limit = int.TryParse(AebCommand.Option(args, "--limit"), out var l) ? l : 2000;
        sets.Add(("kk sentences", "kk", sentences.Take(limit).ToList()));
        sets.Add(("kk 5 sentences", "kk", sentences.Chunk(5).Take(limit).Select(c => string.Join(' ', c)).ToList()));
        foreach (var lang in (string[])["ru", "en"])
        {
            var texts = new List<string>();
            foreach (var file in Directory.GetFiles(Path.Combine(dataRoot, "tgcontest", "categories"), lang + "_cat_*.tsv"))
                foreach (var line in File.ReadLines(file).Skip(1))
                {
                    var cols = line.Split('\t');
                    if (cols.Length >= 3 && cols[1].Length > 0) texts.Add(cols[2] + ". " + cols[1]);
                }
            sets.Add(($"{lang} news texts", lang, texts));
        }

        var lingua = LanguageDetectorBuilder.FromAllLanguages().Build();
        // Load the models outside the clock: Lingua's Latin and Cyrillic sets behind our guesser.
        LanguageGuesser.Guess("Hyvää huomenta kaikille ystäville täällä tänään", null);
        LanguageGuesser.Guess("Не істеуге болады?", null);
        Console.WriteLine("language: share of texts given the right ISO 639-1 code");
        Console.WriteLine($"{"set",-18} {"texts",6} {"Janalyq",9} {"ms/text",8} {"Lingua (all)",13} {"ms/text",8}");
        foreach (var (name, truth, texts) in sets)
        {
            var (ours, oursMs) = Score(texts, truth, t => LanguageGuesser.Guess(t, null));
            if (args.Contains("--verbose")) Console.WriteLine($"  stop-word answers: {texts.Count(t => StopWords.Guess(t.Length > 3000 ? t[..3000] : t) is not null)} of {texts.Count}");
            if (args.Contains("--verbose"))
                foreach (var t in texts.Where(t => LanguageGuesser.Guess(t, null) != truth).Take(15)) Console.WriteLine($"  {LanguageGuesser.Guess(t, null)}: {t}");
            var (lin, linMs) = Score(texts, truth, t => lingua.DetectLanguageOf(t) is var d && d != LinguaLanguage.Unknown ? LanguageInfo.IsoCode6391(d).ToString().ToLowerInvariant() : null);
            Console.WriteLine($"{name,-18} {texts.Count,6} {ours,9:P1} {oursMs,8:0.00} {lin,13:P1} {linMs,8:0.00}");
        }
        return 0;
    }

    private static (double Accuracy, double MsPerText) Score(List<string> texts, string truth, Func<string, string?> guess)
    {
        if (texts.Count == 0) return (0, 0);
        guess(texts[0]); // loads models
        var sw = Stopwatch.StartNew();
        var right = texts.Count(t => guess(t) == truth);
        return ((double)right / texts.Count, sw.Elapsed.TotalMilliseconds / texts.Count);
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
