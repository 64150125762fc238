using System.Text.Json;

namespace Janalyq.Tests.Browser;

/// <summary>
/// axe-core (tests/browser-tools, installed by run-tests) in Chromium over every page type of every site version at
/// phone and desktop widths: no serious or critical violation.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string AxeScript = Path.Combine(RepositoryRoot(), "tests", "browser-tools", "node_modules", "axe-core", "axe.min.js");

    public static TheoryData<string, string, int> Pages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (string version in new[] { "", "/kk", "/en" })
            foreach (int width in new[] { 360, 1280 })
                foreach (string page in new[] { "home", "category", "story", "article", "search", "missing" })
                    data.Add(version, page, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_serious_or_critical_accessibility_violation(string version, string page, int width)
    {
        Assert.True(File.Exists(AxeScript), $"{AxeScript} is missing: run `npm ci` in tests/browser-tools (./run-tests does)");
        string path = version + await PathOfAsync(page);
        await using var tab = await browser.OpenAsync(width, injectTools: true);
        await tab.GoAsync(path);

        await tab.Page.AddScriptTagAsync(new Microsoft.Playwright.PageAddScriptTagOptions { Path = AxeScript });
        string json = await tab.Page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary.split('\n').slice(1, 2).join('')) })));
            }
            """);

        using var violations = JsonDocument.Parse(json);
        Assert.True(violations.RootElement.GetArrayLength() == 0, $"{path} at {width} px: {json}");
    }

    private async Task<string> PathOfAsync(string page)
    {
        var articles = await browser.Site.AllArticlesAsync();
        var article = articles.First(a => a.StoryId is not null);
        return page switch
        {
            "home" => "/",
            "category" => "/category/economy",
            "story" => $"/story/{article.StoryId}",
            "article" => $"/article/{article.Id}",
            "search" => "/search?q=" + Uri.EscapeDataString("Шымкент"),
            "missing" => "/no-such-page",
            _ => throw new ArgumentOutOfRangeException(nameof(page)),
        };
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Janalyq.slnx"))) return dir.FullName;
        throw new InvalidOperationException("the repository root (Janalyq.slnx) is not above " + AppContext.BaseDirectory);
    }
}
