using System.Reflection;

namespace Janalyq.Tests;

/// <summary>The README documents every setting that the options classes declare.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public async Task Every_option_is_in_the_configuration_table()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "README.md"), TestContext.Current.CancellationToken);
        var assemblies = new[] { typeof(Janalyq.News.Article).Assembly, typeof(Janalyq.Web.Cli.JanalyqCli).Assembly };
        var missing = new List<string>();
        var checkedOptions = 0;
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal)))
        {
            var section = type.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
                ?? type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
            if (section is null) continue;
            Check(type, section);
        }
        Assert.Empty(missing);
        Assert.True(checkedOptions > 40, $"only {checkedOptions} options found: is reflection finding the options classes?");

        // A property whose type is itself an options class is a subsection (Storage:Sqlite:BusyTimeoutMs).
        void Check(Type type, string section)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                if (property.PropertyType.IsClass && property.PropertyType.Name.EndsWith("Options", StringComparison.Ordinal))
                {
                    Check(property.PropertyType, $"{section}:{property.Name}");
                    continue;
                }
                checkedOptions++;
                if (!readme.Contains($"`{section}:{property.Name}`", StringComparison.Ordinal)) missing.Add($"{section}:{property.Name}");
            }
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Janalyq.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
