using System.ComponentModel.DataAnnotations;
using Janalyq.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Janalyq.Tests.Settings;

/// <summary>
/// The shared settings check: rules written on properties, nested groups, lists and maps, rules across properties,
/// and values the binder cannot read; each failure names the full key, the rule and the value given.
/// </summary>
public sealed class SettingsValidationTests
{
    /// <summary>Shaped like StorageOptions with its coming Storage:Sqlite subsection, plus a list and a map.</summary>
    private sealed class ShelfOptions : IValidatableObject
    {
        [Required]
        public string Name { get; set; } = "shelf";

        [Duration("1 s", "1 h")]
        public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(30);

        public int? Limit { get; set; }

        public SqliteShelf Sqlite { get; set; } = new();

        [Cidr]
        public List<string> Networks { get; set; } = [];

        public Dictionary<string, Rack> Racks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Sqlite.BusyTimeoutMs > 60_000 && Delay < TimeSpan.FromMinutes(1))
                yield return new("must be 1 min or more when Shelf:Sqlite:BusyTimeoutMs is above 60000", [nameof(Delay)]);
        }
    }

    private sealed class SqliteShelf
    {
        [Range(0, 600_000)]
        public int BusyTimeoutMs { get; set; } = 10_000;
    }

    private sealed class Rack
    {
        [TimeZoneId]
        public string? TimeZone { get; set; }

        [Range(1, 10)]
        public int Levels { get; set; } = 3;
    }

    private static List<string> Failures(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSettings<ShelfOptions>("Shelf", configuration);
        using var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<ShelfOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException e)
        {
            return e.Failures.ToList();
        }
    }

    [Fact]
    public void Good_settings_bind()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Shelf:Delay"] = "00:00:05",
            ["Shelf:Sqlite:BusyTimeoutMs"] = "500",
            ["Shelf:Networks:0"] = "10.0.0.0/8",
            ["Shelf:Racks:north:TimeZone"] = "Asia/Almaty",
            ["Shelf:Limit"] = "",
        }).Build();
        using var provider = new ServiceCollection().AddSettings<ShelfOptions>("Shelf", configuration).Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ShelfOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(5), options.Delay);
        Assert.Equal(500, options.Sqlite.BusyTimeoutMs);
        Assert.Equal(["10.0.0.0/8"], options.Networks);
        Assert.Equal("Asia/Almaty", options.Racks["north"].TimeZone);
        Assert.Null(options.Limit);
    }

    [Theory]
    [InlineData("Shelf:Delay", "00:00:00", "Shelf:Delay must be at least 1 s (got 00:00:00)")]
    [InlineData("Shelf:Delay", "02:00:00", "Shelf:Delay must be at most 1 h (got 02:00:00)")]
    [InlineData("Shelf:Delay", "soon", "Shelf:Delay must be a duration such as 00:00:30 ([d.]hh:mm:ss[.fff]) (got 'soon')")]
    [InlineData("Shelf:Name", "", "Shelf:Name must be set (got '')")]
    [InlineData("Shelf:Limit", "many", "Shelf:Limit must be a whole number (got 'many')")]
    [InlineData("Shelf:Sqlite:BusyTimeoutMs", "-1", "Shelf:Sqlite:BusyTimeoutMs must be at least 0 (got -1)")]
    [InlineData("Shelf:Sqlite:BusyTimeoutMs", "", "Shelf:Sqlite:BusyTimeoutMs must be a whole number (got '')")]
    [InlineData("Shelf:Sqlite:BusyTimeoutMs", "1e3", "Shelf:Sqlite:BusyTimeoutMs must be a whole number (got '1e3')")]
    [InlineData("Shelf:Networks:0", "localhost", "Shelf:Networks:0 must be a CIDR range such as 127.0.0.1/32 (got 'localhost')")]
    [InlineData("Shelf:Racks:north:TimeZone", "Asia/Nowhere", "Shelf:Racks:north:TimeZone must be an IANA time zone such as Asia/Almaty (got 'Asia/Nowhere')")]
    [InlineData("Shelf:Racks:north:Levels", "11", "Shelf:Racks:north:Levels must be at most 10 (got 11)")]
    [InlineData("Shelf:Racks:north:Levels", "ten", "Shelf:Racks:north:Levels must be a whole number (got 'ten')")]
    public void A_broken_rule_names_the_full_key_the_rule_and_the_value(string key, string value, string message)
    {
        Assert.Equal([message], Failures((key, value)));
    }

    [Fact]
    public void A_rule_across_settings_names_the_setting_it_is_written_for()
    {
        Assert.Equal(
            ["Shelf:Delay must be 1 min or more when Shelf:Sqlite:BusyTimeoutMs is above 60000 (got 00:00:30)"],
            Failures(("Shelf:Delay", "00:00:30"), ("Shelf:Sqlite:BusyTimeoutMs", "120000")));
    }

    [Fact]
    public void Rules_across_settings_wait_until_each_setting_keeps_its_own()
    {
        Assert.Equal(
            ["Shelf:Delay must be at least 1 s (got 00:00:00)"],
            Failures(("Shelf:Delay", "00:00:00"), ("Shelf:Sqlite:BusyTimeoutMs", "120000")));
    }

    [Fact]
    public void Every_failure_is_reported_at_once()
    {
        var failures = Failures(("Shelf:Delay", "00:00:00"), ("Shelf:Networks:0", "x"), ("Shelf:Networks:1", "10.1.0.0/16"), ("Shelf:Networks:2", "y"));

        Assert.Equal(["Shelf:Delay must be at least 1 s (got 00:00:00)", "Shelf:Networks:0 must be a CIDR range such as 127.0.0.1/32 (got 'x')",
            "Shelf:Networks:2 must be a CIDR range such as 127.0.0.1/32 (got 'y')"], failures);
    }

    [Fact]
    public void Unreadable_values_are_all_named_before_any_is_bound()
    {
        var failures = Failures(("Shelf:Delay", "soon"), ("Shelf:Racks:south:Levels", "many"));

        Assert.Equal(2, failures.Count);
        Assert.StartsWith("Shelf:Delay must be a duration", failures[0], StringComparison.Ordinal);
        Assert.StartsWith("Shelf:Racks:south:Levels must be a whole number", failures[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_a_section_twice_adds_its_check_once()
    {
        var services = new ServiceCollection();
        services.AddSettings<ShelfOptions>("Shelf", new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("Shelf:Delay", (string?)"0")]).Build());
        services.AddSettings<ShelfOptions>("Shelf");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ShelfOptions>>().Value);

        Assert.Single(error.Failures);
        Assert.Single(services, d => d.ServiceType == typeof(SettingsSection));
    }

    [Theory]
    [InlineData("00:00:00.5", "500 ms")]
    [InlineData("00:00:30", "30 s")]
    [InlineData("00:05:00", "5 min")]
    [InlineData("1.00:00:00", "24 h")]
    [InlineData("30.00:00:00", "30 d")]
    [InlineData("00:00:01.5", "00:00:01.5000000")]
    public void Durations_are_written_as_people_read_them(string value, string text)
    {
        var duration = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(text, SettingText.Duration(duration));
        Assert.Equal(duration, SettingText.ParseDuration(text));
    }
}
