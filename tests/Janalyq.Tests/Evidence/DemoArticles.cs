namespace Janalyq.Tests.Evidence;

/// <summary>One article of the demo corpus's hand-written content (demo/content/NN-event/outlet.lang.md).</summary>
public sealed record DemoArticle(string Event, string Outlet, string Language, string Title, string Text);

/// <summary>Reads demo/content: front matter (title, lead) and the Markdown body of each article.</summary>
public static class DemoArticles
{
    public static string ContentFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "demo", "content");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Janalyq.slnx"))) return candidate;
        }
        throw new InvalidOperationException("demo/content not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<DemoArticle> Load()
    {
        var articles = new List<DemoArticle>();
        foreach (var folder in Directory.GetDirectories(ContentFolder()).Order(StringComparer.Ordinal))
            foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file); // outlet.lang
                var dot = name.LastIndexOf('.');
                var lines = File.ReadAllLines(file);
                string title = "", lead = "";
                var body = 0;
                if (lines.Length > 0 && lines[0] == "---")
                    for (var i = 1; i < lines.Length; i++)
                    {
                        if (lines[i] == "---") { body = i + 1; break; }
                        if (lines[i].StartsWith("title:", StringComparison.Ordinal)) title = lines[i][6..].Trim();
                        if (lines[i].StartsWith("lead:", StringComparison.Ordinal)) lead = lines[i][5..].Trim();
                    }
                var text = lead + "\n\n" + string.Join('\n', lines.Skip(body));
                articles.Add(new DemoArticle(Path.GetFileName(folder), name[..dot], name[(dot + 1)..], title, text));
            }
        return articles;
    }
}
