using System.Globalization;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Janalyq.Categories;

namespace Janalyq.Bench;

/// <summary>
/// News or not and category, measured on the Telegram contest's labelled rows (../shared/data/tgcontest/categories,
/// ru and en, never trained on by the shipped model): accuracy and macro-F1 of the contest category per language for
/// (a) the shipped model, trained on training/categories/ only, with and without the URL's rubric, and (b) k-fold training
/// on training/categories/ plus the other folds of the contest rows; a multinomial naive Bayes over bags of words in the same
/// harness, on the same folds. Then our own data cross-validated per language (kk included), and speed on one core.
/// </summary>
public static partial class CategoriesCommand
{
    private sealed record Row(string Language, string Url, string Title, string Text, string Gold);

    public static int Run(string dataRoot, string[] args)
    {
        var folds = int.TryParse(AebCommand.Option(args, "--folds"), out var f) ? f : 5;
        var ours = AebCommand.Option(args, "--data") ?? FindData();
        if (ours is null) { Console.Error.WriteLine("training/categories not found (--data DIR)"); return 2; }
        var examples = TrainingSet.Read(ours);
        if (args.Contains("--grid")) return Grid(examples, AebCommand.Option(args, "--grid-folds") is { } g ? int.Parse(g, CultureInfo.InvariantCulture) : folds, args);
        var rows = ContestRows(Path.Combine(dataRoot, "tgcontest", "categories"));
        Console.WriteLine($"categories: {rows.Count} contest rows ({string.Join(", ", rows.GroupBy(r => r.Language).Select(g => $"{g.Key} {g.Count()}"))}), {examples.Count} examples of ours ({string.Join(", ", examples.GroupBy(e => e.Language).Select(g => $"{g.Key} {g.Count()}"))}), {folds} folds");
        Console.WriteLine($"leak check: contest rows sharing a sequence of 6 words with our data: {Leaks(rows, examples)}");
        Console.WriteLine();

        // (a) the model `train-categories` builds from our data (the shipped one when the model file is up to date).
        var clock = Stopwatch.StartNew();
        var trained = CategoryTrainer.Train(examples);
        Console.WriteLine($"model trained on our data in {clock.Elapsed.TotalSeconds:0.0} s: {trained.FeatureCount:N0} features, {trained.ToBytes().Length:N0} bytes; {(IsShipped(trained) ? "identical to the shipped model file" : "NOT the shipped model file (run ./janalyq train-categories)")}");
        Console.WriteLine();
        var shipped = new ArticleClassifier(trained, RubricMap.Default);
        var shippedTextOnly = new ArticleClassifier(trained, RubricMap.Default, rubricFromUrl: false);
        var mlNetOurs = MlNetClassifier.Train(examples);
        var bayesOurs = NaiveBayes.Train(examples.Select(e => (e.Title + " " + e.Text, ArticleKind.Find(e.Label)!.ContestCategory)));

        // (b) k-fold: each contest row is predicted by models trained on our data and the contest rows of the other folds.
        var fold = Folds(rows.Count, folds);
        var cvOurs = new string[rows.Count];
        var cvOursText = new string[rows.Count];
        var cvBayes = new string[rows.Count];
        var cvBayesContestOnly = new string[rows.Count];
        var cvMlNet = new string[rows.Count];
        for (var k = 0; k < folds; k++)
        {
            var train = rows.Where((_, i) => fold[i] != k).ToList();
            var trainSet = examples.Concat(train.Select(r => new LabelledText(KindOf(r.Gold), r.Language, r.Title, r.Text))).ToList();
            var model = CategoryTrainer.Train(trainSet);
            var mlNet = MlNetClassifier.Train(trainSet);
            var withUrl = new ArticleClassifier(model, RubricMap.Default);
            var textOnly = new ArticleClassifier(model, RubricMap.Default, rubricFromUrl: false);
            var bayes = NaiveBayes.Train(examples.Select(e => (e.Title + " " + e.Text, ArticleKind.Find(e.Label)!.ContestCategory)).Concat(train.Select(r => (r.Title + " " + r.Text, r.Gold))));
            var bayesContest = NaiveBayes.Train(train.Select(r => (r.Title + " " + r.Text, r.Gold)));
            for (var i = 0; i < rows.Count; i++)
            {
                if (fold[i] != k) continue;
                cvOurs[i] = withUrl.Classify(Input(rows[i])).ContestCategory;
                cvOursText[i] = textOnly.Classify(Input(rows[i])).ContestCategory;
                cvBayes[i] = bayes.Predict(rows[i].Title + " " + rows[i].Text);
                cvBayesContestOnly[i] = bayesContest.Predict(rows[i].Title + " " + rows[i].Text);
                cvMlNet[i] = mlNet.Predict(rows[i].Title, rows[i].Text);
            }
        }

        var systems = new (string Name, Func<int, string> Predict)[]
        {
            ("(a) model of our data, text + URL rubric", i => shipped.Classify(Input(rows[i])).ContestCategory),
            ("(a) model of our data, text only", i => shippedTextOnly.Classify(Input(rows[i])).ContestCategory),
            ("(a) ML.NET SdcaMaximumEntropy on our data", i => mlNetOurs.Predict(rows[i].Title, rows[i].Text)),
            ("(a) naive Bayes on our data", i => bayesOurs.Predict(rows[i].Title + " " + rows[i].Text)),
            ($"(b) {folds}-fold: ours + other folds, text + URL", i => cvOurs[i]),
            ($"(b) {folds}-fold: ours + other folds, text only", i => cvOursText[i]),
            ($"(b) {folds}-fold: ML.NET SDCA, ours + other folds", i => cvMlNet[i]),
            ($"(b) {folds}-fold: naive Bayes, ours + other folds", i => cvBayes[i]),
            ($"(b) {folds}-fold: naive Bayes, other folds only", i => cvBayesContestOnly[i]),
        };
        Console.WriteLine("contest category (seven + not_news) on the contest's labelled rows");
        Console.WriteLine($"{"system",-48} {"ru acc",7} {"ru F1",6} {"en acc",7} {"en F1",6} {"all acc",8} {"¬news P",8} {"¬news R",8}");
        foreach (var (name, predict) in systems)
        {
            var predicted = Enumerable.Range(0, rows.Count).Select(predict).ToArray();
            var ru = Score(rows, predicted, "ru");
            var en = Score(rows, predicted, "en");
            var all = Score(rows, predicted, null);
            var notNews = NotNews(rows, predicted);
            Console.WriteLine($"{name,-48} {ru.Accuracy,7:P1} {ru.MacroF1,6:0.000} {en.Accuracy,7:P1} {en.MacroF1,6:0.000} {all.Accuracy,8:P1} {notNews.Precision,8:P1} {notNews.Recall,8:P1}");
            if (name.StartsWith("(b)", StringComparison.Ordinal) && name.EndsWith("ours + other folds, text + URL", StringComparison.Ordinal)) Confusion(rows, predicted);
            if (args.Contains("--verbose") && name.StartsWith(AebCommand.Option(args, "--verbose-system") ?? "(a) model of our data, text + URL", StringComparison.Ordinal))
            {
                for (var i = 0; i < rows.Count; i++)
                    if (predicted[i] != rows[i].Gold) Console.WriteLine($"    {rows[i].Language} gold {rows[i].Gold,-13} got {predicted[i],-13} {Short(rows[i].Title.Length > 0 ? rows[i].Title : rows[i].Text)}  {rows[i].Url}");
            }
        }
        Console.WriteLine();
        OwnData(examples, folds);
        Console.WriteLine();
        Speed("shipped settings (words, title, character n-grams)", shipped, rows, trained.Features.TextChars);
        // The peer for the speed ratio: the same data and training without the character n-gram block (as before 2026-12-06).
        var wordsOnly = CategoryTrainer.Train(examples, new TrainingSettings(Features: new FeatureSettings(CharWeight: 0)));
        Speed("words and title only (no character n-grams)", new ArticleClassifier(wordsOnly, RubricMap.Default), rows, wordsOnly.Features.TextChars);
        return 0;
    }

    /// <summary>
    /// Training and feature settings compared by k-fold on our data alone (the contest rows are not looked at): the
    /// contest category's accuracy and macro-F1 over our rows, so that the shipped settings are chosen without the
    /// measurement set.
    /// </summary>
    private static int Grid(IReadOnlyList<LabelledText> examples, int folds, string[] args)
    {
        var fold = Folds(examples.Count, folds);
        var gold = examples.Select(e => ArticleKind.Find(e.Label)!.ContestCategory).ToArray();
        var candidates = new List<TrainingSettings> { new() };
        foreach (var features in (FeatureSettings[])[new(0.7f, 0f), new(0.7f, 0.4f), new(0.7f, 1f), new(0.4f, 0.7f), new(1f, 0.7f), new(0.7f, 0.7f, 500), new(0.7f, 0.7f, 1500)])
            candidates.Add(new TrainingSettings(Features: features));
        foreach (var accumulator in (float[])[0f, 0.01f, 1f]) candidates.Add(new TrainingSettings(Accumulator: accumulator));
        foreach (var l2 in (float[])[0, 1e-4f]) candidates.Add(new TrainingSettings(L2: l2));
        foreach (var minCount in (int[])[1, 3]) candidates.Add(new TrainingSettings(MinCount: minCount));
        foreach (var epochs in (int[])[20, 80]) candidates.Add(new TrainingSettings(Epochs: epochs));
        foreach (var rate in (float[])[0.2f, 1f]) candidates.Add(new TrainingSettings(LearningRate: rate));
        if (AebCommand.Option(args, "--grid-round") == "2")
        {
            // Round 2: the best of round 1 (accumulator 0.01, L2 1e-4, character weight 1) together, and the pruning.
            candidates =
            [
                new(),
                new(Accumulator: 0.01f),
                new(L2: 1e-4f),
                new(Accumulator: 0.01f, L2: 1e-4f),
                new(Accumulator: 0.01f, L2: 1e-4f, Features: new FeatureSettings(CharWeight: 1f)),
                new(Accumulator: 0.01f, L2: 1e-4f, MinCount: 1),
                new(Accumulator: 0.01f, L2: 1e-4f, MinCount: 3),
            ];
        }
        if (AebCommand.Option(args, "--only") is { } only) candidates = [candidates[int.Parse(only, CultureInfo.InvariantCulture)]];
        foreach (var settings in candidates)
        {
            var predicted = new string[examples.Count];
            for (var k = 0; k < folds; k++)
            {
                var classifier = new ArticleClassifier(CategoryTrainer.Train(examples.Where((_, i) => fold[i] != k).ToList(), settings), RubricMap.Default);
                for (var i = 0; i < examples.Count; i++)
                    if (fold[i] == k) predicted[i] = classifier.Classify(new ClassifierInput(examples[i].Title, examples[i].Text, null, null, null, null)).ContestCategory;
            }
            var (accuracy, f1) = Score(gold, predicted, Enumerable.Range(0, examples.Count).ToList());
            var f = settings.FeatureSettingsOrDefault;
            Console.WriteLine($"#{candidates.IndexOf(settings),-2} min {settings.MinCount} acc {settings.Accumulator,4} epochs {settings.Epochs,3} rate {settings.LearningRate,4} L2 {settings.L2,7} title {f.TitleWeight,3} chars {f.CharWeight,3} text {f.TextChars,5}: contest accuracy {accuracy:P1}, macro-F1 {f1:0.000}");
        }
        return 0;
    }

    /// <summary>Gold against predicted contest categories (counts only), to see which confusions cost most.</summary>
    private static void Confusion(List<Row> rows, string[] predicted)
    {
        var labels = ContestCategories.All;
        Console.WriteLine($"    confusion (rows: gold, columns: predicted) {string.Concat(labels.Select(l => $"{l[..Math.Min(5, l.Length)],6}"))}");
        foreach (var gold in labels)
            Console.WriteLine($"    {gold,-43}{string.Concat(labels.Select(p => $"{rows.Where((r, i) => r.Gold == gold && predicted[i] == p).Count(),6}"))}");
    }

    private static bool IsShipped(CategoryModel model)
    {
        try
        {
            return CategoryModel.Shipped.ToBytes().AsSpan().SequenceEqual(model.ToBytes());
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Our data, k-fold per language: the site category (news rows), news or not (all rows), and the contest category.</summary>
    private static void OwnData(IReadOnlyList<LabelledText> examples, int folds)
    {
        var fold = Folds(examples.Count, folds);
        var predicted = new Classification[examples.Count];
        for (var k = 0; k < folds; k++)
        {
            var model = CategoryTrainer.Train(examples.Where((_, i) => fold[i] != k).ToList());
            var classifier = new ArticleClassifier(model, RubricMap.Default);
            for (var i = 0; i < examples.Count; i++)
                if (fold[i] == k) predicted[i] = classifier.Classify(new ClassifierInput(examples[i].Title, examples[i].Text, examples[i].Language, null, null, null));
        }
        Console.WriteLine($"our data (training/categories), {folds}-fold, text only");
        Console.WriteLine($"{"language",-9} {"rows",5} {"news?",7} {"¬news P",8} {"¬news R",8} {"site cat.",10} {"contest",8}");
        foreach (var language in examples.Select(e => e.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var index = Enumerable.Range(0, examples.Count).Where(i => examples[i].Language == language).ToList();
            var kinds = index.Select(i => ArticleKind.Find(examples[i].Label)!).ToList();
            var news = index.Zip(kinds).Count(p => predicted[p.First].IsNews == p.Second.IsNews) / (double)index.Count;
            var newsRows = index.Zip(kinds).Where(p => p.Second.IsNews).ToList();
            var site = newsRows.Count(p => predicted[p.First].Category == p.Second.SiteCategory) / (double)newsRows.Count;
            var contest = index.Zip(kinds).Count(p => predicted[p.First].ContestCategory == p.Second.ContestCategory) / (double)index.Count;
            var saidNot = index.Count(i => !predicted[i].IsNews);
            var truelyNot = kinds.Count(k => !k.IsNews);
            var bothNot = index.Zip(kinds).Count(p => !predicted[p.First].IsNews && !p.Second.IsNews);
            Console.WriteLine($"{language,-9} {index.Count,5} {news,7:P1} {bothNot / (double)Math.Max(1, saidNot),8:P1} {bothNot / (double)Math.Max(1, truelyNot),8:P1} {site,10:P1} {contest,8:P1}");
        }
    }

    private static void Speed(string name, ArticleClassifier classifier, List<Row> rows, int textChars)
    {
        var inputs = rows.Select(Input).ToList();
        foreach (var input in inputs) classifier.Classify(input);
        var n = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            foreach (var input in inputs) classifier.Classify(input);
            n += inputs.Count;
        }
        var chars = inputs.Average(i => i.Title.Length + Math.Min(i.Text.Length, textChars));
        Console.WriteLine($"speed, one thread, {name}: {n / clock.Elapsed.TotalSeconds:N0} articles/s (contest rows, title + first {textChars} characters of text read, {chars:N0} on average)");
    }

    private static ClassifierInput Input(Row r) => new(r.Title, r.Text, r.Language, r.Url, null, null);

    /// <summary>The kind a contest label is trained as: entertainment is culture, not_news an essay, the rest themselves.</summary>
    private static string KindOf(string contest) => contest switch
    {
        "entertainment" => "culture",
        "not_news" => "essay",
        _ => contest,
    };

    private static (double Accuracy, double MacroF1) Score(List<Row> rows, string[] predicted, string? language) =>
        Score(rows.Select(r => r.Gold).ToArray(), predicted, Enumerable.Range(0, rows.Count).Where(i => language is null || rows[i].Language == language).ToList());

    /// <summary>Accuracy, and macro-F1 over the labels present in the gold or the predictions of the rows scored.</summary>
    private static (double Accuracy, double MacroF1) Score(string[] gold, string[] predicted, List<int> index)
    {
        if (index.Count == 0) return (0, 0);
        var accuracy = index.Count(i => predicted[i] == gold[i]) / (double)index.Count;
        var labels = index.Select(i => gold[i]).Concat(index.Select(i => predicted[i])).Distinct().ToList();
        var f1 = labels.Average(label =>
        {
            var tp = index.Count(i => predicted[i] == label && gold[i] == label);
            var fp = index.Count(i => predicted[i] == label && gold[i] != label);
            var fn = index.Count(i => predicted[i] != label && gold[i] == label);
            return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        });
        return (accuracy, f1);
    }

    /// <summary>Precision and recall of not_news (the positive class) over the rows scored.</summary>
    private static (double Precision, double Recall) NotNews(List<Row> rows, string[] predicted)
    {
        var tp = rows.Where((r, i) => r.Gold == ContestCategories.NotNews && predicted[i] == ContestCategories.NotNews).Count();
        var said = predicted.Count(p => p == ContestCategories.NotNews);
        var truly = rows.Count(r => r.Gold == ContestCategories.NotNews);
        return (said == 0 ? 0 : tp / (double)said, truly == 0 ? 0 : tp / (double)truly);
    }

    /// <summary>Fold of each row: a seeded shuffle dealt round-robin, so every fold has its share of each file.</summary>
    private static int[] Folds(int count, int folds)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(7).Shuffle(order);
        var fold = new int[count];
        for (var i = 0; i < count; i++) fold[order[i]] = i % folds;
        return fold;
    }

    private static List<Row> ContestRows(string folder)
    {
        var rows = new List<Row>();
        foreach (var file in Directory.GetFiles(folder, "*_cat_*.tsv").Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(file)[..2];
            var lines = File.ReadAllLines(file);
            var header = lines[0].Split('\t').Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
            foreach (var line in lines.Skip(1))
            {
                var cells = line.Split('\t');
                string Cell(string name) => header.TryGetValue(name, out var i) && i < cells.Length ? cells[i].Trim() : "";
                if (Cell("GOLDEN:res").Length == 0) continue;
                rows.Add(new Row(language, Cell("INPUT:url"), Cell("INPUT:title"), Cell("INPUT:text"), Cell("GOLDEN:res")));
            }
        }
        return rows;
    }

    /// <summary>Contest rows sharing a sequence of six words with our data; each of our rows involved is printed, to be removed.</summary>
    private static int Leaks(List<Row> rows, IReadOnlyList<LabelledText> examples)
    {
        var contest = rows.SelectMany(r => Shingles(r.Title + " " + r.Text)).ToHashSet(StringComparer.Ordinal);
        foreach (var e in examples.Where(e => Shingles(e.Title + " " + e.Text).Any(contest.Contains)))
            Console.WriteLine($"    leak: our {e.Language} {e.Label} row \"{Short(e.Title.Length > 0 ? e.Title : e.Text)}\"");
        var ours = examples.SelectMany(e => Shingles(e.Title + " " + e.Text)).ToHashSet(StringComparer.Ordinal);
        return rows.Count(r => Shingles(r.Title + " " + r.Text).Any(ours.Contains));
    }

    private static IEnumerable<string> Shingles(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        for (var i = 0; i + 6 <= words.Length; i++) yield return string.Join(' ', words, i, 6);
    }

    private static string Short(string s) => s.Length > 70 ? s[..70] + "…" : s;

    private static string? FindData()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "training", "categories");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Janalyq.slnx"))) return candidate;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "training", "categories");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}

/// <summary>The baseline: multinomial naive Bayes over bags of lower-cased words, add-one smoothing.</summary>
internal sealed partial class NaiveBayes
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _docs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);

    public static NaiveBayes Train(IEnumerable<(string Text, string Label)> examples)
    {
        var model = new NaiveBayes();
        foreach (var (text, label) in examples)
        {
            model._docs[label] = model._docs.GetValueOrDefault(label) + 1;
            if (!model._counts.TryGetValue(label, out var counts)) model._counts[label] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in Words(text))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
                model._totals[label] = model._totals.GetValueOrDefault(label) + 1;
                model._vocabulary.Add(word);
            }
        }
        return model;
    }

    public string Predict(string text)
    {
        var words = Words(text).ToList();
        var docs = _docs.Values.Sum();
        return _docs.Keys.MaxBy(label =>
        {
            var score = Math.Log(_docs[label] / (double)docs);
            var counts = _counts[label];
            var total = _totals.GetValueOrDefault(label) + _vocabulary.Count;
            foreach (var w in words) score += Math.Log((counts.GetValueOrDefault(w) + 1) / (double)total);
            return score;
        })!;
    }

    private static IEnumerable<string> Words(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
