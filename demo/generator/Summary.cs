using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator;

/// <summary>What was generated and what is wrong, printed at the end of a run.</summary>
internal static class Summary
{
    public static void Print(IReadOnlyList<Page> pages, IReadOnlyDictionary<string, long> sizes, int files,
        IReadOnlyList<string> problems, IReadOnlyList<string> warnings, IReadOnlyList<string> errors,
        IReadOnlyList<string> events, int expectedFiles)
    {
        Console.WriteLine();
        Console.WriteLine($"EVENTS.md lists {expectedFiles} articles; {files} content files found, {pages.Count} pages rendered, {pages.Select(p => p.Article.Event).Distinct().Count()} events");
        Console.WriteLine($"{"outlet",-16} {"lang",-4} {"pages",5} {"min KB",7} {"avg KB",7} {"max KB",7}");
        foreach (var g in pages.GroupBy(p => (p.Outlet.Slug, p.Lang)).OrderBy(g => g.Key.Slug, StringComparer.Ordinal).ThenBy(g => g.Key.Lang, StringComparer.Ordinal))
        {
            var kb = g.Select(p => sizes[p.File] / 1024.0).ToList();
            Console.WriteLine($"{g.Key.Slug,-16} {g.Key.Lang,-4} {g.Count(),5} {kb.Min(),7:F1} {kb.Average(),7:F1} {kb.Max(),7:F1}");
        }
        foreach (var lang in pages.GroupBy(p => p.Lang).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"language {lang.Key}: {lang.Count()} pages");
        foreach (var (file, size) in sizes.Where(s => s.Value is < 20 * 1024 or > 80 * 1024).OrderBy(s => s.Key, StringComparer.Ordinal))
            Console.WriteLine($"size outside 20–80 KB: {file} ({size / 1024.0:F1} KB)");
        Section("Invalid content files (not rendered)", problems);
        Section("Warnings", warnings);
        Section("Content against EVENTS.md", events);
        Section("Check failures", errors);
        Console.WriteLine(problems.Count == 0 && errors.Count == 0 ? "All checks passed." : "Some checks FAILED (see above).");
    }

    private static void Section(string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine($"{title} ({lines.Count}):");
        foreach (var line in lines) Console.WriteLine("  " + line);
    }
}
