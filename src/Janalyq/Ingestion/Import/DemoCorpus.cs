using System.Text.Json;

namespace Janalyq.Ingestion.Import;

/// <summary>
/// The bundled demo corpus (demo/corpus in the repository): outlets.json and manifest.json, read as
/// the generator writes them (demo/README.md).
/// </summary>
public sealed class DemoCorpus
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private DemoCorpus(string folder, IReadOnlyList<DemoOutlet> outlets, IReadOnlyList<DemoPage> pages)
    {
        Folder = folder;
        Outlets = outlets;
        Pages = pages;
    }

    public string Folder { get; }
    public IReadOnlyList<DemoOutlet> Outlets { get; }
    public IReadOnlyList<DemoPage> Pages { get; }

    /// <summary>Reads the corpus in a folder; throws <see cref="FileNotFoundException"/> with a clear message when absent.</summary>
    public static async Task<DemoCorpus> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(folder, "manifest.json");
        var outletsPath = Path.Combine(folder, "outlets.json");
        if (!File.Exists(manifestPath) || !File.Exists(outletsPath))
            throw new FileNotFoundException($"No demo corpus in {folder} (manifest.json and outlets.json expected).", manifestPath);
        await using var outletsStream = File.OpenRead(outletsPath);
        var outlets = await JsonSerializer.DeserializeAsync<List<DemoOutlet>>(outletsStream, Json, cancellationToken) ?? [];
        await using var manifestStream = File.OpenRead(manifestPath);
        var pages = await JsonSerializer.DeserializeAsync<List<DemoPage>>(manifestStream, Json, cancellationToken) ?? [];
        return new DemoCorpus(folder, outlets, pages);
    }

    /// <summary>Finds the corpus: next to the program (copied at build), else in the source tree above it.</summary>
    public static string? Locate(string? configured)
    {
        if (!string.IsNullOrEmpty(configured)) return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "demo", "corpus");
            if (File.Exists(Path.Combine(candidate, "manifest.json"))) return candidate;
        }
        return null;
    }
}

/// <summary>An outlet of the demo corpus.</summary>
public sealed record DemoOutlet
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string HomeUrl { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? Encoding { get; init; }
    public string? TimeZone { get; init; }
    public DemoFeed? Feed { get; init; }
}

/// <summary>An outlet's feed: its file in the corpus and its public URL.</summary>
public sealed record DemoFeed(string? File, string Url, string Kind);

/// <summary>One page and the truth about it.</summary>
public sealed record DemoPage
{
    public required string File { get; init; }
    public required string Url { get; init; }
    public required string Outlet { get; init; }
    public string? Event { get; init; }
    public string? Language { get; init; }
    public string? Category { get; init; }
    public string? Section { get; init; }
    public string? Title { get; init; }
    public string? Lead { get; init; }
    public string? Text { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Author { get; init; }
    public string? Image { get; init; }
    public string? Caption { get; init; }
    public string? Credit { get; init; }
    public string? Canonical { get; init; }
    public string? Site { get; init; }
    public string? OriginalUrl { get; init; }
    public string? Encoding { get; init; }
}
