using System.Reflection;
using System.Text.RegularExpressions;
using Janalyq.Tests.Extraction;
using Janalyq.Web.Cli;

namespace Janalyq.Tests.Cli;

/// <summary>The exit codes are declared once (<see cref="ExitCodes"/>) and the README's "Exit codes" line lists exactly them.</summary>
public partial class ExitCodesTests
{
    [Fact]
    public void The_README_lists_every_declared_exit_code_and_no_other()
    {
        var readme = File.ReadAllText(Path.Combine(ExtractionPaths.RepoRoot() ?? throw new InvalidOperationException("no repository root"), "README.md"));
        var start = readme.IndexOf("Exit codes: ", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no \"Exit codes: \" line");
        var end = readme.IndexOf("\n\n", start, StringComparison.Ordinal);
        var paragraph = readme[start..end].Replace('\n', ' ');
        var listed = Listed().Matches(paragraph).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var declared = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
            .Select(f => (int)f.GetRawConstantValue()!).Order().ToList();
        Assert.Equal(declared, listed);
    }

    /// <summary>"Exit codes: 0 done; 1 some inputs failed …": a number after the colon or a semicolon.</summary>
    [GeneratedRegex(@"(?:Exit codes:|;) (\d+) ")]
    private static partial Regex Listed();
}
