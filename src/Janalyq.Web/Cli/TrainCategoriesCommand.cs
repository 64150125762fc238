using System.CommandLine;
using Janalyq.Categories;

namespace Janalyq.Web.Cli;

/// <summary>
/// `train-categories [--input DIR] [--output FILE]`: rebuilds the category model the engine ships
/// (src/Janalyq/Categories/categories.model, an embedded resource) from the labelled examples of training/categories/.
/// Deterministic: the same examples give the same file, byte for byte.
/// </summary>
internal static class TrainCategoriesCommand
{
    private static readonly Option<DirectoryInfo> Input = new("--input")
    {
        Description = "Folder of the labelled examples ({language}-*.tsv: label, title, text).",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("training", "categories")),
    };

    private static readonly Option<FileInfo> Output = new("--output")
    {
        Description = "Model file to write.",
        DefaultValueFactory = _ => new FileInfo(Path.Combine("src", "Janalyq", "Categories", "categories.model")),
    };

    public static Command Create()
    {
        var command = new Command("train-categories", "Rebuild the shipped news/category model from training/categories/ (run in the repository).");
        command.Options.Add(Input);
        command.Options.Add(Output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var input = parse.GetValue(Input)!;
            var output = parse.GetValue(Output)!;
            if (!input.Exists)
            {
                await Console.Error.WriteLineAsync($"janalyq: {input.FullName}: no such folder (run in the repository, or give --input).");
                return ExitCodes.ConfigurationFailure;
            }
            IReadOnlyList<LabelledText> examples;
            try
            {
                examples = TrainingSet.Read(input.FullName);
            }
            catch (InvalidDataException e)
            {
                await Console.Error.WriteLineAsync($"janalyq: {e.Message}");
                return ExitCodes.ConfigurationFailure;
            }
            var model = CategoryTrainer.Train(examples);
            var bytes = model.ToBytes();
            output.Directory?.Create();
            await File.WriteAllBytesAsync(output.FullName, bytes, cancellationToken);
            var languages = string.Join(", ", examples.GroupBy(e => e.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            Console.WriteLine($"{output.FullName}: {bytes.Length:N0} bytes, {model.FeatureCount:N0} features, {model.Labels.Count} labels, trained on {examples.Count} examples ({languages}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
