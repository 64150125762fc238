using System.Globalization;

namespace Janalyq.Bench.Evaluation;

/// <summary>Per-page counts of the AEB metric, already normalised so that tp + fp + fn = 1 (or all zero).</summary>
public readonly record struct PageScore(double Tp, double Fp, double Fn, bool Exact);

/// <summary>Aggregate AEB figures over a set of pages.</summary>
public sealed record AebResult(double Precision, double Recall, double F1, double Accuracy, int Pages);

/// <summary>
/// The Article Extraction Benchmark's metric (../shared/data/README.md): \w+ tokens, 4-token shingles as a multiset,
/// per-page tp/fp/fn normalised by their sum, precision and recall averaged over pages, F1 of the averages.
/// </summary>
public static class AebMetric
{
    /// <summary>Python's <c>re.findall(r"\w+", text)</c>: runs of letters, numbers and underscores.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var word = i < text.Length && IsWordChar(text, i);
            if (word && start < 0) start = i;
            else if (!word && start >= 0) { tokens.Add(text[start..i]); start = -1; }
        }
        return tokens;
    }

    private static bool IsWordChar(string s, int i)
    {
        var c = s[i];
        if (c == '_') return true;
        if (char.IsHighSurrogate(c) && i + 1 < s.Length) return char.IsLetterOrDigit(s, i);
        if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1])) return char.IsLetterOrDigit(s, i - 1);
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>4-token shingles as a multiset; a text of fewer than 4 tokens is one shingle of all its tokens (none if empty).</summary>
    public static Dictionary<string, int> Shingles(string text, int n = 4)
    {
        var tokens = Tokenize(text);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - n + 1);
        for (var i = 0; i < count; i++)
        {
            var take = Math.Min(n, tokens.Count - i);
            if (take <= 0) break;
            var key = string.Join('\u0001', tokens.GetRange(i, take));
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }

    /// <summary>Scores one page.</summary>
    public static PageScore Score(string truth, string prediction)
    {
        var t = Shingles(truth);
        var p = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, pc) in p)
        {
            var tc = t.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fp += Math.Max(0, pc - tc);
        }
        foreach (var (key, tc) in t)
            fn += Math.Max(0, tc - p.GetValueOrDefault(key));
        var sum = tp + fp + fn;
        if (sum > 0) { tp /= sum; fp /= sum; fn /= sum; }
        var exact = Tokenize(truth).SequenceEqual(Tokenize(prediction));
        return new PageScore(tp, fp, fn, exact);
    }

    /// <summary>Aggregates page scores with the benchmark's edge rules.</summary>
    public static AebResult Aggregate(IReadOnlyList<PageScore> pages)
    {
        double precisionSum = 0, recallSum = 0;
        var precisionPages = 0;
        var exact = 0;
        foreach (var s in pages)
        {
            if (s.Exact) exact++;
            if (s.Fp == 0 && s.Fn == 0)
            {
                precisionSum += 1; precisionPages++; recallSum += 1;
                continue;
            }
            if (s.Tp + s.Fp > 0) { precisionSum += s.Tp / (s.Tp + s.Fp); precisionPages++; }
            recallSum += s.Tp + s.Fn > 0 ? s.Tp / (s.Tp + s.Fn) : 0;
        }
        var precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        var recall = pages.Count == 0 ? 0 : recallSum / pages.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new AebResult(precision, recall, f1, pages.Count == 0 ? 0 : (double)exact / pages.Count, pages.Count);
    }
}
