using Janalyq.Categories;
using Janalyq.Settings;
using Janalyq.Tests.Support;
using Janalyq.Web.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Janalyq.Tests.Categories;

public sealed class CategoriesSettingsTests
{
    [Fact]
    public void An_unknown_category_slug_is_refused_naming_the_setting()
    {
        var options = new CategoriesOptions();
        options.Rubrics["sport"] = "sportz";

        var failure = Assert.Single(SettingsValidation.Failures(options, CategoriesOptions.Section));

        Assert.StartsWith("Categories:Rubrics:sport must be a site category (politics, economy,", failure, StringComparison.Ordinal);
        Assert.EndsWith("(got 'sportz')", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_keep_the_rules()
    {
        Assert.Empty(SettingsValidation.Failures(new CategoriesOptions(), CategoriesOptions.Section));
    }

    [Fact]
    public void AddCategories_registers_one_classifier_with_the_configured_rubrics_added_to_the_defaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Categories:Rubrics:avtovesti"] = "technology",
            ["Categories:Rubrics:sport"] = "culture",
        }).Build();
        using var services = new ServiceCollection().AddCategories(configuration).BuildServiceProvider();

        var classifier = services.GetRequiredService<IArticleClassifier>();
        Assert.Same(classifier, services.GetRequiredService<IArticleClassifier>());
        var rubrics = services.GetRequiredService<IOptions<CategoriesOptions>>().Value.Rubrics;
        Assert.Equal("technology", rubrics["avtovesti"]);
        Assert.Equal("culture", rubrics["sport"]);
        Assert.Equal("politics", rubrics["полит"]);
        Assert.Equal("technology", classifier.Classify(new ClassifierInput("Новая модель", "Показали новую модель.", "ru", null, "Автовести", null)).Category);
    }

    [Fact]
    public async Task An_unknown_slug_stops_the_verb_with_exit_4_before_the_data_folder()
    {
        using var parent = new TempFolder();
        var data = Path.Combine(parent.Path, "data");

        var (exit, _, stderr) = await CliProcess.RunAsync(
            new Dictionary<string, string> { ["JANALYQ_Categories__Rubrics__sport"] = "sportz" }, "import", "--demo", "--data", data);

        Assert.Equal(ExitCodes.ConfigurationFailure, exit);
        Assert.Contains("invalid configuration: Categories:Rubrics:sport must be a site category", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public async Task Train_categories_rebuilds_the_model_and_a_missing_folder_exits_4()
    {
        using var folder = new TempFolder();
        var output = folder.File("model");

        // A small part of the training data, so that the process is quick; that the shipped file is what the whole data
        // build is CategoryTrainerTests' check.
        var input = folder.File("training");
        Directory.CreateDirectory(input);
        foreach (var name in (string[])["en-lexicon.tsv", "ru-lexicon.tsv"])
            File.Copy(Path.Combine(ReadmeTests.RepositoryRoot(), "training", "categories", name), Path.Combine(input, name));

        var (exit, stdout, stderr) = await CliProcess.RunAsync("train-categories", "--input", input, "--output", output);
        Assert.True(exit == 0, stderr);
        Assert.Contains("19 labels", stdout, StringComparison.Ordinal);
        Assert.Equal(CategoryTrainer.Train(TrainingSet.Read(input)).ToBytes(), File.ReadAllBytes(output));

        var (missing, _, error) = await CliProcess.RunAsync("train-categories", "--input", folder.File("nowhere"), "--output", output);
        Assert.Equal(ExitCodes.ConfigurationFailure, missing);
        Assert.Contains("no such folder", error, StringComparison.Ordinal);
    }
}
