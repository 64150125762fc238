using Janalyq.Extraction;
using Janalyq.Extraction.Templates;
using Janalyq.Ingestion.Templates;
using Janalyq.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Extraction;

/// <summary>
/// Per-host rules, configured as an operator would (section "Extraction:HostRules"), on every outlet of the demo
/// corpus: the body container named by a selector, in-body inserts dropped. The text stays exactly the truth (with the
/// outlet's template, as the demo import applies it: in-body boilerplate in the article's own markup has no selector).
/// </summary>
public sealed class HostRulesOnDemoOutletsTests
{
    private static readonly Dictionary<string, string?> Rules = new()
    {
        ["Extraction:HostRules:dala-info.kz:Body"] = ".article__body",
        ["Extraction:HostRules:dala-info.kz:Drop:0"] = ".read-also-inline",
        ["Extraction:HostRules:eurasia-today.kz:Body"] = ".article__body",
        ["Extraction:HostRules:ultaqparat.kz:Body"] = ".news-single__text",
        ["Extraction:HostRules:ultaqparat.kz:Drop:0"] = ".read-more-block",
        ["Extraction:HostRules:vgorod.kz:Body"] = ".news-text",
        ["Extraction:HostRules:kapital-press.kz:Body"] = ".b-article__text",
        ["Extraction:HostRules:steppetimes.com:Body"] = ".st-story__body",
        ["Extraction:HostRules:steppetimes.com:Drop:0"] = ".st-readmore",
    };

    [Fact]
    public async Task Every_demo_outlet_extracts_exactly_under_its_host_rule()
    {
        var corpus = await DemoCorpusFixture.LoadAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Rules).Build();
        await using var services = new ServiceCollection().AddExtraction(configuration).BuildServiceProvider();
        var extractor = services.GetRequiredService<IArticleExtractor>();

        var ruled = corpus.Pages.Select(p => new Uri(p.Url).Host).Distinct().ToList();
        Assert.Equal(6, ruled.Count);
        var siblings = new SiblingTemplates(new OutletTemplateOptions());
        foreach (var page in corpus.Pages)
            siblings.Add(page.Outlet, page.File, await File.ReadAllBytesAsync(Path.Combine(corpus.Folder, page.File), TestContext.Current.CancellationToken));
        foreach (var page in corpus.Pages)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(corpus.Folder, page.File), TestContext.Current.CancellationToken);
            var template = siblings.For(page.Outlet, page.File) ?? TemplateModel.Empty;
            var article = extractor.Extract(new RawPage(bytes, new Uri(page.Url), null, ExtractionPaths.FetchedAt) { Template = template }, TestContext.Current.CancellationToken);
            Assert.True(page.Text == article.Text, $"{page.File}: the text differs under the host rule");
        }
    }

    [Fact]
    public async Task A_selector_the_extractor_cannot_read_fails_the_start_with_the_setting_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Extraction:HostRules:vgorod.kz:Body"] = ".news-text",
            ["Extraction:HostRules:vgorod.kz:Drop:0"] = "a:hover",
        }).Build();
        await using var services = new ServiceCollection().AddExtraction(configuration).BuildServiceProvider();
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ExtractionOptions>>().Value);
        Assert.Contains("Extraction:HostRules:vgorod.kz:Drop:0", error.Message, StringComparison.Ordinal);
        Assert.Contains(":hover", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_that_names_the_wrong_container_is_visible_in_the_result()
    {
        var corpus = await DemoCorpusFixture.LoadAsync();
        var page = corpus.Pages.First(p => p.Outlet == "kapital-press");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Extraction:HostRules:kapital-press.kz:Body"] = ".b-article__announce", // the lead, not the body
        }).Build();
        await using var services = new ServiceCollection().AddExtraction(configuration).BuildServiceProvider();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(corpus.Folder, page.File), TestContext.Current.CancellationToken);

        var article = services.GetRequiredService<IArticleExtractor>().Extract(new RawPage(bytes, new Uri(page.Url), null, ExtractionPaths.FetchedAt), TestContext.Current.CancellationToken);

        Assert.NotEqual(page.Text, article.Text);
    }
}
