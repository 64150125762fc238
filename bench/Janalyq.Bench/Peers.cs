using System.Diagnostics;
using System.Text.Json;

namespace Janalyq.Bench;

/// <summary>What one extractor made of one page, reduced to the fields the harness scores.</summary>
public sealed record PeerOutput(string Text, string? Title = null, string? Byline = null, string? Excerpt = null, string? SiteName = null, string? Published = null);

/// <summary>SmartReader (the .NET port of Readability), in process.</summary>
public static class SmartReaderPeer
{
    public static PeerOutput Run(string url, string html)
    {
        try
        {
            var article = new SmartReader.Reader(string.IsNullOrEmpty(url) ? "https://example.invalid/" : url, html).GetArticle();
            return new PeerOutput(article.TextContent ?? "", article.Title, article.Byline ?? article.Author, article.Excerpt, article.SiteName,
                article.PublicationDate is { } d ? d.ToString("o", System.Globalization.CultureInfo.InvariantCulture) : null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new PeerOutput("");
        }
    }
}

/// <summary>@mozilla/readability with jsdom under Node, one process for the whole batch.</summary>
public static class ReadabilityJsPeer
{
    public sealed record Batch(Dictionary<string, PeerOutput> Pages, double Seconds, long PeakRssBytes);

    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "peers", "readability");
            if (File.Exists(Path.Combine(candidate, "run.mjs"))) return candidate;
        }
        throw new InvalidOperationException("bench/peers/readability not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs the batch; installs the npm packages first when node_modules is missing.</summary>
    public static Batch? Run(IEnumerable<(string Id, string Path, string Url)> jobs)
    {
        var folder = Folder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            Console.Error.WriteLine("readability.js: installing with npm ci in " + folder);
            if (RunProcess("npm", "ci --no-audit --no-fund", folder, null, out _) != 0) { Console.Error.WriteLine("readability.js: npm ci failed; peer skipped"); return null; }
        }
        var input = JsonSerializer.Serialize(jobs.Select(j => new { id = j.Id, path = j.Path, url = j.Url }));
        if (RunProcess("node", "--max-old-space-size=4096 run.mjs", folder, input, out var output) != 0) { Console.Error.WriteLine("readability.js: node failed; peer skipped"); return null; }
        var pages = new Dictionary<string, PeerOutput>();
        double seconds = 0;
        long rss = 0;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (r.TryGetProperty("summary", out _)) { seconds = r.GetProperty("seconds").GetDouble(); rss = r.GetProperty("peakRssBytes").GetInt64(); continue; }
            string? S(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            pages[S("id")!] = new PeerOutput(S("text") ?? "", S("title"), S("byline"), S("excerpt"), S("siteName"), S("publishedTime"));
        }
        return new Batch(pages, seconds, rss);
    }

    private static int RunProcess(string file, string args, string cwd, string? stdin, out string stdout)
    {
        var psi = new ProcessStartInfo(file, args) { WorkingDirectory = cwd, RedirectStandardInput = stdin is not null, RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        var read = p.StandardOutput.ReadToEndAsync();
        if (stdin is not null) { p.StandardInput.Write(stdin); p.StandardInput.Close(); }
        p.WaitForExit();
        stdout = read.GetAwaiter().GetResult();
        return p.ExitCode;
    }
}
