namespace Janalyq.Demo.Generator;

/// <summary>Finds the repository's demo/ folder, wherever the generator is started from.</summary>
internal static class DemoFolder
{
    public static string? Locate()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (IsDemo(dir.FullName)) return dir.FullName;
                var nested = Path.Combine(dir.FullName, "demo");
                if (IsDemo(nested)) return nested;
            }
        }
        return null;
    }

    private static bool IsDemo(string dir) =>
        File.Exists(Path.Combine(dir, "README.md"))
        && Directory.Exists(Path.Combine(dir, "content"))
        && Directory.Exists(Path.Combine(dir, "generator"));
}
