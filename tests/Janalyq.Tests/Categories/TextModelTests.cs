using System.IO.Compression;
using System.Text;
using Janalyq.Categories;

namespace Janalyq.Tests.Categories;

/// <summary>The text model's features, its training and how the classifier pools its probabilities.</summary>
public sealed class TextModelTests
{
    [Fact]
    public void Character_ngrams_let_inflected_forms_share_features()
    {
        var words = new FeatureSettings(CharWeight: 0);
        var chars = new FeatureSettings();

        Assert.Empty(Shared("нефтяной", "нефтью", words));
        Assert.NotEmpty(Shared("нефтяной", "нефтью", chars));
    }

    [Fact]
    public void The_title_block_weighs_what_its_setting_says()
    {
        var light = TextFeatures.Extract("Футбол", "", new FeatureSettings(TitleWeight: 0.1f, CharWeight: 0));
        var heavy = TextFeatures.Extract("Футбол", "", new FeatureSettings(TitleWeight: 1f, CharWeight: 0));

        Assert.True(Norm(heavy.Values) > Norm(light.Values));
        Assert.Equal(light.Ids, heavy.Ids);
    }

    [Fact]
    public void Features_are_sorted_and_have_the_bias()
    {
        var (ids, values) = TextFeatures.Extract("Курс тенге", "Нацбанк повысил ставку.");

        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal(0, ids[0]);
        Assert.Equal(1f, values[0]);
    }

    [Fact]
    public void Features_of_a_single_example_are_dropped_unless_asked_for()
    {
        LabelledText[] examples =
        [
            new("sports", "ru", "Футбол", "Матч завершился вничью."),
            new("sports", "ru", "Футбол", "Хоккей и бокс."),
            new("economy", "ru", "Курс", "Инфляция выросла."),
        ];

        var pruned = CategoryTrainer.Train(examples, new TrainingSettings(Epochs: 2));
        var full = CategoryTrainer.Train(examples, new TrainingSettings(Epochs: 2, MinCount: 1));

        Assert.True(pruned.FeatureCount < full.FeatureCount);
        Assert.Contains(TextFeatures.Extract("Футбол", "", pruned.Features).Ids[1], pruned.Ids);
    }

    [Fact]
    public void The_feature_settings_travel_with_the_model()
    {
        LabelledText[] examples = [new("sports", "ru", "Футбол", "Гол."), new("economy", "ru", "Курс", "Инфляция.")];
        var settings = new FeatureSettings(TitleWeight: 0.3f, CharWeight: 0.2f, TextChars: 400);

        var model = CategoryTrainer.Train(examples, new TrainingSettings(Epochs: 1, Features: settings, MinCount: 1));
        var loaded = CategoryModel.Load(new MemoryStream(model.ToBytes()));

        Assert.Equal(settings, loaded.Features);
        // Weights are stored as half-precision floats: the same predictions to three decimals.
        foreach (var (saved, read) in model.Predict("Футбол", "Гол.").Zip(loaded.Predict("Футбол", "Гол."))) Assert.Equal(saved, read, 0.001f);
    }

    [Fact]
    public void A_model_file_of_the_old_format_says_to_rebuild_it()
    {
        using var file = new MemoryStream();
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(Encoding.ASCII.GetBytes("JCM1 and the rest"));
        file.Position = 0;

        var e = Assert.Throws<InvalidDataException>(() => CategoryModel.Load(file));

        Assert.Contains("train-categories", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Society_pools_politics_world_incidents_and_society()
    {
        // economy is the single most probable kind, but the four kinds of the contest's society together outweigh it.
        var classifier = Fixed(("economy", 0.28f), ("politics", 0.18f), ("world", 0.18f), ("incidents", 0.18f), ("society", 0.18f));

        var verdict = classifier.Classify(new ClassifierInput("", "", null, null, null, null));

        Assert.True(verdict.IsNews);
        Assert.Equal(ContestCategories.Society, verdict.ContestCategory);
    }

    [Fact]
    public void Not_news_kinds_pool_against_the_news_kinds()
    {
        // sports is the single most probable kind, but the not-news kinds together have more than half.
        var classifier = Fixed(("sports", 0.4f), ("recipe", 0.2f), ("howto", 0.2f), ("essay", 0.2f));

        var verdict = classifier.Classify(new ClassifierInput("", "", null, null, null, null));

        Assert.False(verdict.IsNews);
        Assert.Equal(ContestCategories.NotNews, verdict.ContestCategory);
        Assert.Equal("sports", verdict.Category);
    }

    /// <summary>A classifier whose model gives every article the same probabilities (through the bias feature alone).</summary>
    private static ArticleClassifier Fixed(params (string Kind, float P)[] probabilities)
    {
        var labels = ArticleKind.All.Select(k => k.Name).ToArray();
        var weights = labels.Select(l => probabilities.FirstOrDefault(p => p.Kind == l) is { Kind: not null } p ? MathF.Log(p.P) : -30f).ToArray();
        return new ArticleClassifier(new CategoryModel(labels, [0], weights, new FeatureSettings()), RubricMap.Default, rubricFromUrl: false);
    }

    private static int[] Shared(string a, string b, FeatureSettings settings) =>
        TextFeatures.Extract(a, "", settings).Ids.Intersect(TextFeatures.Extract(b, "", settings).Ids).Where(id => id != 0).ToArray();

    private static double Norm(float[] values) => Math.Sqrt(values.Sum(v => (double)v * v));
}
