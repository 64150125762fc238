using System.Text.RegularExpressions;
using Janalyq.Demo.Generator.Outlets;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Content;

/// <summary>
/// content/EVENTS.md's table: which files each event folder should hold, its category, and which file is a
/// republication of which. The generator reports files missing or unexpected, and republications that disagree.
/// </summary>
internal static partial class EventsTable
{
    private sealed record Row(string Folder, string Category, List<string> Files, Dictionary<string, string> Republications);

    public static List<string> Compare(string contentDir, IReadOnlyList<Page> pages, out int expectedFiles)
    {
        var notes = new List<string>();
        expectedFiles = 0;
        var path = Path.Combine(contentDir, "EVENTS.md");
        if (!File.Exists(path)) return notes;
        var rows = File.ReadAllLines(path).Select(ParseRow).OfType<Row>().ToList();
        foreach (var row in rows)
        {
            expectedFiles += row.Files.Count;
            var present = pages.Where(p => p.Article.Event == row.Folder).ToList();
            var missing = row.Files.Where(f => !present.Any(p => Key(p) == f)).ToList();
            if (missing.Count > 0) notes.Add($"{row.Folder}: missing {string.Join(", ", missing.Select(m => m + ".md"))}");
            foreach (var p in present.Where(p => !row.Files.Contains(Key(p))))
                notes.Add($"{row.Folder}/{Key(p)}.md: not listed in EVENTS.md");
            foreach (var p in present.Where(p => p.Article.Category != row.Category))
                notes.Add($"{row.Folder}/{Key(p)}.md: category '{p.Article.Category}', EVENTS.md says '{row.Category}'");
            foreach (var p in present)
            {
                var expectedOriginal = row.Republications.GetValueOrDefault(Key(p));
                var original = expectedOriginal is null ? null : present.FirstOrDefault(o => Key(o) == expectedOriginal);
                if (expectedOriginal is null && p.Article.OriginalUrl is not null)
                    notes.Add($"{row.Folder}/{Key(p)}.md: has original_url but EVENTS.md lists no republication");
                else if (expectedOriginal is not null && p.Article.OriginalUrl is null)
                    notes.Add($"{row.Folder}/{Key(p)}.md: is a republication of {expectedOriginal} but has no original_url");
                else if (original is not null && p.Article.OriginalUrl != original.Url)
                    notes.Add($"{row.Folder}/{Key(p)}.md: original_url {p.Article.OriginalUrl} is not {expectedOriginal}'s URL {original.Url}");
            }
        }
        var folders = rows.Select(r => r.Folder).ToHashSet(StringComparer.Ordinal);
        foreach (var p in pages.Where(p => !folders.Contains(p.Article.Event)).Select(p => p.Article.Event).Distinct())
            notes.Add($"{p}/: event folder not in EVENTS.md");
        return notes;
    }

    private static string Key(Page p) => $"{p.Outlet.Slug}.{p.Lang}";

    private static Row? ParseRow(string line)
    {
        var m = TableRow().Match(line);
        if (!m.Success) return null;
        var files = new List<string>();
        var republications = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match f in FileEntry().Matches(m.Groups["files"].Value))
        {
            var key = f.Groups["file"].Value;
            if (OutletCatalog.Find(key[..key.LastIndexOf('.')]) is null) continue;
            files.Add(key);
            if (f.Groups["original"].Success) republications[key] = f.Groups["original"].Value;
        }
        return new Row(m.Groups["folder"].Value, m.Groups["category"].Value, files, republications);
    }

    [GeneratedRegex(@"^\|\s*\d+\s*\|\s*`(?<folder>\d{2}-[a-z0-9-]+)`\s*\|\s*(?<category>[a-z]+)\s*\|(?<files>.*)\|\s*$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"(?<file>[a-z-]+\.[a-z]{2})(\s*\(republication of (?<original>[a-z-]+\.[a-z]{2})[^)]*\))?")]
    private static partial Regex FileEntry();
}
