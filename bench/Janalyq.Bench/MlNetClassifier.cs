using Janalyq.Categories;
using Microsoft.ML;

namespace Janalyq.Bench;

/// <summary>
/// The ML.NET peer of the category model, trained on the same rows in the same harness: ML.NET's own text
/// featurizer (normalized word unigrams and bigrams plus character trigrams, the title given twice as ours weights it)
/// and SdcaMaximumEntropy over our kinds, the predicted kind mapped to its contest category.
/// </summary>
internal sealed class MlNetClassifier
{
    private readonly PredictionEngine<Example, Prediction> _engine;

    private MlNetClassifier(PredictionEngine<Example, Prediction> engine) => _engine = engine;

    public static MlNetClassifier Train(IEnumerable<LabelledText> examples)
    {
        var ml = new MLContext(seed: 20261206);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Example { Text = Join(e.Title, e.Text), Label = e.Label }).ToList());
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", nameof(Example.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy())
            .Append(ml.Transforms.Conversion.MapKeyToValue(nameof(Prediction.PredictedLabel)));
        var model = pipeline.Fit(data);
        return new MlNetClassifier(ml.Model.CreatePredictionEngine<Example, Prediction>(model));
    }

    /// <summary>The contest category of the predicted kind (prediction engines are not thread-safe: one thread).</summary>
    public string Predict(string title, string text) =>
        ArticleKind.Find(_engine.Predict(new Example { Text = Join(title, text) }).PredictedLabel)?.ContestCategory ?? ContestCategories.Other;

    private static string Join(string title, string text) => title + ". " + title + ". " + (text.Length > 1000 ? text[..1000] : text);

    private sealed class Example
    {
        public string Text { get; set; } = "";
        public string Label { get; set; } = "";
    }

    private sealed class Prediction
    {
        public string PredictedLabel { get; set; } = "";
    }
}
