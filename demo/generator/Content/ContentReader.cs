using System.Globalization;
using System.Text.RegularExpressions;
using Janalyq.Demo.Generator.Markdown;
using Janalyq.Demo.Generator.Outlets;

namespace Janalyq.Demo.Generator.Content;

/// <summary>Reads every content/&lt;NN-event&gt;/&lt;outlet&gt;.&lt;lang&gt;.md; collects what is wrong instead of stopping.</summary>
internal static partial class ContentReader
{
    private static readonly string[] Known =
        ["title", "lead", "published", "modified", "author", "category", "section", "image", "caption", "credit", "original_url", "tags"];

    public static (List<Article> Articles, List<string> Problems, List<string> Warnings, int Files) ReadAll(string contentDir)
    {
        var articles = new List<Article>();
        var problems = new List<string>();
        var warnings = new List<string>();
        var files = 0;
        var folders = Directory.GetDirectories(contentDir).Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            var folderMatch = EventFolder().Match(name);
            if (!folderMatch.Success) { warnings.Add($"{name}/: not an event folder (NN-name), skipped"); continue; }
            foreach (var path in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
            {
                files++;
                var rel = $"{name}/{Path.GetFileName(path)}";
                try
                {
                    articles.Add(Read(path, name, int.Parse(folderMatch.Groups[1].Value, CultureInfo.InvariantCulture), warnings));
                }
                catch (FormatException e)
                {
                    problems.Add($"{rel}: {e.Message}");
                }
            }
        }
        return (articles, problems, warnings, files);
    }

    private static Article Read(string path, string eventName, int eventNumber, List<string> warnings)
    {
        var rel = $"{eventName}/{Path.GetFileName(path)}";
        var fileMatch = ContentFile().Match(Path.GetFileName(path));
        if (!fileMatch.Success) throw new FormatException("file name is not <outlet>.<lang>.md");
        var outlet = OutletCatalog.Find(fileMatch.Groups[1].Value)
            ?? throw new FormatException($"unknown outlet '{fileMatch.Groups[1].Value}'");
        var lang = fileMatch.Groups[2].Value;
        if (!outlet.Languages.Contains(lang)) throw new FormatException($"{outlet.Slug} does not write in '{lang}'");

        var (fields, body) = FrontMatter(File.ReadAllText(path));
        foreach (var key in fields.Keys.Where(k => !Known.Contains(k)).Order(StringComparer.Ordinal))
            warnings.Add($"{rel}: unknown front-matter key '{key}' ignored");

        // Collect every problem of the file, so that one report names them all.
        var errors = new List<string>();
        string Required(string key)
        {
            if (fields.TryGetValue(key, out var v) && v.Length > 0) return v;
            errors.Add($"missing '{key}'");
            return "";
        }
        string? Optional(string key) => fields.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        T? Try<T>(Func<T> parse)
        {
            try { return parse(); }
            catch (FormatException e) { errors.Add(e.Message); return default; }
        }

        var title = Required("title");
        var lead = Required("lead");
        var section = Required("section");
        var caption = Required("caption");
        var credit = Required("credit");
        var category = Required("category");
        if (category.Length > 0 && !Article.Categories.Contains(category)) errors.Add($"category '{category}' is not one of the README's");
        var publishedText = Required("published");
        var published = publishedText.Length == 0 ? default : Try(() => Time(publishedText, "published"));
        var modifiedText = Optional("modified");
        var modified = modifiedText is null ? null : Try<DateTimeOffset?>(() => Time(modifiedText, "modified"));
        var imageText = Required("image");
        var image = imageText.Length == 0 ? "" : Try(() => Image(imageText)) ?? "";
        var originalUrl = Optional("original_url");
        if (originalUrl is not null && !Uri.TryCreate(originalUrl, UriKind.Absolute, out _)) errors.Add($"original_url '{originalUrl}' is not an absolute URL");
        var blocks = MarkdownParser.Parse(body);
        if (blocks.Count == 0) errors.Add("empty body");
        if (errors.Count > 0) throw new FormatException(string.Join("; ", errors));

        if (modified < published) warnings.Add($"{rel}: modified is earlier than published");
        if (published.Offset != TimeSpan.FromHours(5)) warnings.Add($"{rel}: published offset is not +05:00");
        foreach (var paragraph in TruthText.Paragraphs(blocks).Where(p => Leftover().IsMatch(p)))
            warnings.Add($"{rel}: Markdown left in the truth text (outside the README's subset?): \"{paragraph[..Math.Min(60, paragraph.Length)]}\"");

        return new Article
        {
            SourcePath = path, Event = eventName, EventNumber = eventNumber, Outlet = outlet.Slug, Language = lang,
            Title = title, Lead = lead, Published = published, Modified = modified, Author = Optional("author"),
            Category = category, Section = section, Image = image, Caption = caption, Credit = credit, OriginalUrl = originalUrl,
            Tags = (Optional("tags") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Body = blocks,
        };
    }

    private static (Dictionary<string, string> Fields, string Body) FrontMatter(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---") throw new FormatException("no front matter (first line must be ---)");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 1;
        for (; i < lines.Length && lines[i].Trim() != "---"; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw new FormatException($"front-matter line {i + 1} is not 'key: value'");
            var key = lines[i][..colon].Trim();
            var value = lines[i][(colon + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') value = value[1..^1];
            if (!fields.TryAdd(key, value)) throw new FormatException($"front-matter key '{key}' appears twice");
        }
        if (i >= lines.Length) throw new FormatException("front matter is not closed by ---");
        return (fields, string.Join('\n', lines[(i + 1)..]));
    }

    private static DateTimeOffset Time(string value, string key)
    {
        if (!IsoTime().IsMatch(value)) throw new FormatException($"'{key}' is not ISO 8601 with offset: '{value}'");
        return DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.None);
    }

    private static string Image(string value)
    {
        var name = value.EndsWith(".svg", StringComparison.Ordinal) ? value[..^4] : value;
        return ImageName().IsMatch(name) ? name : throw new FormatException($"image '{value}' is not a plain file name");
    }

    [GeneratedRegex(@"\*\*|\]\(|^#|^[-*+] |^> |^\|?\s*-{3,}|<[a-z]+[ >]|__")]
    private static partial Regex Leftover();

    [GeneratedRegex(@"^(\d{2})-[a-z0-9-]+$")]
    private static partial Regex EventFolder();

    [GeneratedRegex(@"^([a-z-]+)\.([a-z]{2})\.md$")]
    private static partial Regex ContentFile();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$")]
    private static partial Regex IsoTime();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex ImageName();
}
