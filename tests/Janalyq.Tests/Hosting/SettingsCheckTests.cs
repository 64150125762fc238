using System.Reflection;
using Janalyq.Web.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Janalyq.Tests.Hosting;

/// <summary>Every verb's host checks every setting when it is built, not when (or whether) it is started.</summary>
public sealed class SettingsCheckTests
{
    [Fact]
    public void A_tool_host_with_a_bad_setting_fails_to_build_with_the_setting_named()
    {
        var builder = JanalyqToolHost.CreateBuilder(Path.Combine(Path.GetTempPath(), "janalyq-never-" + Guid.NewGuid().ToString("N")));
        builder.Configuration["Crawler:IdleDelay"] = "00:00:00";
        builder.Configuration["Site:TimeZone"] = "Mars/Olympus";

        var error = Assert.Throws<OptionsValidationException>(() => builder.Build());

        Assert.Equal(["Crawler:IdleDelay must be at least 1 s (got 00:00:00)", "Site:TimeZone must be an IANA time zone such as Asia/Almaty (got 'Mars/Olympus')"],
            error.Failures.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_defaults_keep_every_rule()
    {
        using var host = JanalyqToolHost.Build(Path.Combine(Path.GetTempPath(), "janalyq-never-" + Guid.NewGuid().ToString("N")));
        Assert.NotNull(host);
    }

    [Fact]
    public void Every_options_class_is_registered_with_its_section()
    {
        var registered = SettingsTable.Sections().ToDictionary(s => s.OptionsType, s => s.Section);
        var assemblies = new[] { typeof(Janalyq.Settings.SettingsSection).Assembly, typeof(JanalyqToolHost).Assembly };
        var declared = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Select(t => (Type: t, Section: (t.GetField("Section", BindingFlags.Public | BindingFlags.Static) ?? t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static))?.GetRawConstantValue() as string))
            .Where(t => t.Section is not null)
            .ToList();

        Assert.True(declared.Count >= 9, $"only {declared.Count} options classes found");
        foreach (var (type, section) in declared)
        {
            Assert.True(registered.TryGetValue(type, out var bound), $"{type.Name} is not registered with AddSettings in AddJanalyqCore: it is neither checked at start nor in the README");
            Assert.Equal(section, bound);
        }
    }
}
