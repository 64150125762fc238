namespace Janalyq.Tests.Extraction;

/// <summary>Where the extraction tests find their data: the repository root, ../shared/data beside it, testdata/extraction.</summary>
internal static class ExtractionPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds Janalyq.slnx.</summary>
    public static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Janalyq.slnx"))) return dir.FullName;
        return null;
    }

    /// <summary>../shared/data relative to the repository root (JANALYQ_SHARED_DATA overrides), or null when absent.</summary>
    public static string? SharedData()
    {
        if (Environment.GetEnvironmentVariable("JANALYQ_SHARED_DATA") is { Length: > 0 } env && Directory.Exists(env)) return env;
        var root = RepoRoot();
        if (root is null) return null;
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        return Directory.Exists(shared) ? shared : null;
    }

    /// <summary>../shared/data, or skips the test saying why.</summary>
    public static string SharedDataOrSkip()
    {
        var data = SharedData();
        if (data is null) Assert.Skip("../shared/data is absent (it sits beside the repository on the team's machines): skipped.");
        return data!;
    }

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "testdata", "extraction", name);

    public static readonly DateTimeOffset FetchedAt = new(2026, 11, 25, 12, 0, 0, TimeSpan.FromHours(5));
}
