using Janalyq.Extraction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Janalyq.Tests.Extraction;

public class ExtractionRegistrationTests
{
    [Fact]
    public void AddExtraction_binds_options_and_registers_one_extractor()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Extraction:DefaultTimeZone"] = "Europe/Moscow",
            ["Extraction:MaxPageBytes"] = "1000000",
        }).Build();
        using var provider = new ServiceCollection().AddExtraction(config).BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<ExtractionOptions>>().Value;
        Assert.Equal("Europe/Moscow", options.DefaultTimeZone);
        Assert.Equal(1_000_000, options.MaxPageBytes);
        Assert.Same(provider.GetRequiredService<IArticleExtractor>(), provider.GetRequiredService<IArticleExtractor>());
    }

    [Fact]
    public void An_unknown_zone_fails_validation()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Extraction:DefaultTimeZone"] = "Mars/Olympus" }).Build();
        using var provider = new ServiceCollection().AddExtraction(config).BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ExtractionOptions>>().Value);
    }
}
