using Janalyq.Web.Hosting;

namespace Janalyq.Tests.Hosting;

/// <summary>The README's configuration table is the one generated from the options classes.</summary>
public sealed class SettingsTableTests
{
    [Fact]
    public async Task The_readme_table_matches_the_options_classes()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(ReadmeTests.RepositoryRoot(), "README.md"), TestContext.Current.CancellationToken);

        // On a failure: run scripts/settings-table, or fix the doc comment it names.
        Assert.Equal(SettingsTable.Markdown(), SettingsTable.Current(readme));
    }

    [Fact]
    public void The_table_has_a_row_per_setting_nested_ones_included()
    {
        var rows = SettingsTable.Markdown().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("| `Crawler:IdleDelay` | 30 s | Longest sleep of the background crawler between rounds when nothing is due. |", rows);
        Assert.Contains("| `Fetching:MaxBodyBytes` | 8 MiB | Largest body accepted, counted after decompression (compression bombs stop here). |", rows);
        Assert.Contains(rows, r => r.StartsWith("| `Extraction:HostRules:<key>:Drop` | none | ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| `Ingestion:Templates:Share` | 0.6 | ", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("default", StringComparison.Ordinal) && r.Contains("; default", StringComparison.Ordinal));
    }
}
