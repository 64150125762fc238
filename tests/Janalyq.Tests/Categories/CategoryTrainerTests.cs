using Janalyq.Categories;

namespace Janalyq.Tests.Categories;

public sealed class CategoryTrainerTests
{
    private static string DataFolder() => Path.Combine(ReadmeTests.RepositoryRoot(), "training", "categories");

    [Fact]
    public void Training_is_deterministic_byte_for_byte()
    {
        var examples = TrainingSet.Read(DataFolder()).Where((_, i) => i % 3 == 0).ToList();

        var first = CategoryTrainer.Train(examples).ToBytes();
        var second = CategoryTrainer.Train(examples).ToBytes();

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_shipped_model_is_what_train_categories_builds_from_data_categories()
    {
        var rebuilt = CategoryTrainer.Train(TrainingSet.Read(DataFolder())).ToBytes();
        var shipped = File.ReadAllBytes(Path.Combine(ReadmeTests.RepositoryRoot(), "src", "Janalyq", "Categories", "categories.model"));

        Assert.True(rebuilt.SequenceEqual(shipped), "the model file is stale: run ./janalyq train-categories");
        Assert.Equal(rebuilt, CategoryModel.Shipped.ToBytes());
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_predictions()
    {
        var model = CategoryTrainer.Train(TrainingSet.Read(DataFolder()).Where((_, i) => i % 4 == 0).ToList());
        using var file = new MemoryStream(model.ToBytes());
        var loaded = CategoryModel.Load(file);

        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(loaded.Predict("Курс тенге", "Нацбанк"), CategoryModel.Load(new MemoryStream(loaded.ToBytes())).Predict("Курс тенге", "Нацбанк"));
    }

    [Fact]
    public void A_malformed_row_names_its_file_and_line()
    {
        using var folder = new Support.TempFolder();
        File.WriteAllText(folder.File("ru-x.tsv"), "sports\tГол\tЗабил\nsprots\tГол\tЗабил\n");

        var e = Assert.Throws<InvalidDataException>(() => TrainingSet.Read(folder.Path));

        Assert.StartsWith("ru-x.tsv:2: unknown label 'sprots'", e.Message, StringComparison.Ordinal);
    }
}
