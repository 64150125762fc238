using System.IO.Compression;
using System.Text.Json;

namespace Janalyq.Bench;

/// <summary>One AEB page: its bytes in memory, its URL and its truth.</summary>
public sealed record AebPage(string Id, string Url, byte[] Html, string Truth, string GzPath)
{
    /// <summary>Russian pages: by the truth's letters (mostly Cyrillic) or a .ru host.</summary>
    public bool IsRussian
    {
        get
        {
            if (Uri.TryCreate(Url, UriKind.Absolute, out var u) && (u.Host.EndsWith(".ru", StringComparison.OrdinalIgnoreCase) || u.Host.EndsWith(".kz", StringComparison.OrdinalIgnoreCase))) return true;
            int cyr = 0, letters = 0;
            foreach (var c in Truth) { if (char.IsLetter(c)) { letters++; if (c is >= 'Ѐ' and <= 'ӿ') cyr++; } }
            return letters > 0 && cyr * 2 > letters;
        }
    }
}

/// <summary>Finds ../shared/data and loads the evaluation sets from it.</summary>
public static class BenchData
{
    /// <summary>The shared data folder: JANALYQ_SHARED_DATA, else ../shared/data above the repository root, searched upwards.</summary>
    public static string? DataRoot()
    {
        if (Environment.GetEnvironmentVariable("JANALYQ_SHARED_DATA") is { Length: > 0 } env && Directory.Exists(env)) return env;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(Path.Combine(candidate, "aeb"))) return candidate;
            }
        }
        return null;
    }

    public static List<AebPage> LoadAeb(string dataRoot)
    {
        var aeb = Path.Combine(dataRoot, "aeb");
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(aeb, "ground-truth.json")));
        var pages = new List<AebPage>();
        foreach (var p in truth.RootElement.EnumerateObject())
        {
            var gz = Path.Combine(aeb, "html", p.Name + ".html.gz");
            if (!File.Exists(gz)) continue;
            using var input = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            input.CopyTo(ms);
            pages.Add(new AebPage(p.Name, p.Value.GetProperty("url").GetString() ?? "", ms.ToArray(),
                p.Value.GetProperty("articleBody").GetString() ?? "", gz));
        }
        return pages.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
    }
}
