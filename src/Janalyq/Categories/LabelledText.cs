using System.Globalization;

namespace Janalyq.Categories;

/// <summary>One training example: an <see cref="ArticleKind"/> name, the language, a headline and its first paragraph.</summary>
public sealed record LabelledText(string Label, string Language, string Title, string Text);

/// <summary>Reads the training data of training/categories/: TSV files named {language}-*.tsv, rows "label TAB title TAB text".</summary>
public static class TrainingSet
{
    /// <summary>Every example of the folder's .tsv files, in file-name then line order; a malformed row fails naming file and line.</summary>
    public static IReadOnlyList<LabelledText> Read(string folder)
    {
        var examples = new List<LabelledText>();
        var files = Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InvalidDataException($"{folder}: no .tsv files");
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var language = name.Split('-')[0];
            var n = 0;
            foreach (var line in File.ReadLines(file))
            {
                n++;
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var cells = line.Split('\t');
                var where = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}:{n}");
                if (cells.Length != 3) throw new InvalidDataException($"{where}: {cells.Length} columns, expected 3 (label, title, text)");
                if (ArticleKind.Find(cells[0]) is null) throw new InvalidDataException($"{where}: unknown label '{cells[0]}' (labels: {string.Join(", ", ArticleKind.All.Select(k => k.Name))})");
                examples.Add(new LabelledText(cells[0], language, cells[1].Trim(), cells[2].Trim()));
            }
        }
        return examples;
    }
}
