using System.Text.Json;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Search;

/// <summary>`./janalyq search` and `reindex` as processes, on a data folder the demo corpus was imported into.</summary>
public sealed class SearchCommandTests
{
    [Fact]
    public async Task Prints_one_json_line_per_hit_with_the_contract_fields()
    {
        using var data = new TempFolder();
        Assert.Equal(0, (await CliProcess.RunAsync("import", "--demo", "--data", data.Path)).ExitCode);

        var (exit, stdout, stderr) = await CliProcess.RunAsync("search", "Тлеубердиеву", "--data", data.Path, "--limit", "3");
        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 1, 3);
        foreach (var line in lines)
        {
            using var hit = JsonDocument.Parse(line);
            var root = hit.RootElement;
            foreach (var field in new[] { "id", "url", "title", "language", "published", "story", "score", "snippet" })
                Assert.True(root.TryGetProperty(field, out _), $"{field} missing in {line}");
            Assert.Equal(JsonValueKind.String, root.GetProperty("id").ValueKind);
            Assert.Contains("Тлеубердиев", root.GetProperty("title").GetString() + root.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        }
        var scores = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);

        var kazakh = await CliProcess.RunAsync("search", "Өзбекстанмен", "--data", data.Path, "--language", "kk");
        Assert.All(kazakh.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            l => Assert.Equal("kk", JsonDocument.Parse(l).RootElement.GetProperty("language").GetString()));

        var malformed = await CliProcess.RunAsync("search", "\"OR -*", "--data", data.Path);
        Assert.Equal(0, malformed.ExitCode);

        Assert.Equal(4, (await CliProcess.RunAsync("search", "бокс", "--data", data.Path, "--limit", "0")).ExitCode);

        var reindex = await CliProcess.RunAsync("reindex", "--data", data.Path);
        Assert.True(reindex.ExitCode == 0, reindex.Stderr);
        Assert.Contains("index rebuilt", reindex.Stdout, StringComparison.Ordinal);
        var again = await CliProcess.RunAsync("search", "Тлеубердиеву", "--data", data.Path, "--limit", "3");
        static string Ids(string output) => string.Join(",", output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal(Ids(stdout), Ids(again.Stdout)); // the scores move with the clock (freshness); the hits do not
    }
}
