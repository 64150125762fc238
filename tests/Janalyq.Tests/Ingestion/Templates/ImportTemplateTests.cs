using Janalyq.Ingestion.Import;
using Janalyq.Storage;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Ingestion.Templates;

/// <summary>Both imports learn each outlet's template from their own batch first, so every page goes in clean.</summary>
public sealed class ImportTemplateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The demo outlets' in-body boilerplate (demo/generator: SteppeTimesLayout, UltAqparatLayout, EurasiaTodayLayout).
    private static readonly Dictionary<string, string> Boilerplate = new(StringComparer.Ordinal)
    {
        ["steppe-times"] = "The Steppe Times is an independent newsroom: the views of the people quoted",
        ["ult-aqparat"] = "Ұлт Ақпарат жаңалықтарын енді Telegram арнамыздан да оқи аласыз",
        ["eurasia-today"] = "Оперативные новости Центральной Азии круглосуточно публикуются в нашем Telegram-канале",
    };

    [Fact]
    public async Task The_portal_stores_demo_articles_free_of_their_outlets_in_body_boilerplate()
    {
        await using var engine = await Engine.StartAsync();
        var corpus = await DemoCorpusFixture.LoadAsync();

        await engine.Get<DemoImporter>().ImportAsync(corpus, Ct);

        var articles = engine.Get<IArticleRepository>();
        var checkedPages = 0;
        foreach (var page in corpus.Pages)
        {
            var html = await File.ReadAllTextAsync(Path.Combine(corpus.Folder, page.File), Ct);
            var stored = await articles.FindByCanonicalUrlAsync(page.Canonical ?? page.Url, Ct);
            Assert.NotNull(stored);
            Assert.Equal(page.Text, stored.BodyText);
            if (!Boilerplate.TryGetValue(page.Outlet, out var line) || !html.Contains(line, StringComparison.Ordinal)) continue;
            checkedPages++;
            Assert.DoesNotContain(line, stored.BodyText, StringComparison.Ordinal);
            Assert.DoesNotContain(line, stored.BodyHtml, StringComparison.Ordinal);
        }
        Assert.Equal(28, checkedPages); // 8 Steppe Times, 11 Ұлт Ақпарат, 9 Russian Евразия сегодня pages carry it
    }

    [Fact]
    public async Task A_folder_of_one_outlets_saved_pages_is_imported_with_its_template()
    {
        using var folder = new TempFolder();
        for (var n = 1; n <= 7; n++) await File.WriteAllTextAsync(folder.File($"page-{n}.html"), OutletPages.Html(n), Ct);
        await using var engine = await Engine.StartAsync();

        var report = await engine.Get<FolderImporter>().ImportAsync(folder.Path, null, null, null, Ct);

        Assert.Equal(7, report.Inserted);
        for (var n = 1; n <= 7; n++)
        {
            var text = (await engine.Get<IArticleRepository>().FindByCanonicalUrlAsync(OutletPages.Url(n), Ct))!.BodyText;
            Assert.DoesNotContain(OutletPages.Plea, text, StringComparison.Ordinal);
            Assert.Contains($"Третий абзац материала номер {n}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_folder_with_too_few_pages_of_an_outlet_is_imported_as_it_is()
    {
        using var folder = new TempFolder();
        for (var n = 1; n <= 6; n++) await File.WriteAllTextAsync(folder.File($"page-{n}.html"), OutletPages.Html(n), Ct);
        await using var engine = await Engine.StartAsync();

        await engine.Get<FolderImporter>().ImportAsync(folder.Path, null, null, null, Ct);

        // Five siblings per page, under the six a template needs: the plea stays (no template is better than a guessed one).
        var text = (await engine.Get<IArticleRepository>().FindByCanonicalUrlAsync(OutletPages.Url(1), Ct))!.BodyText;
        Assert.Contains(OutletPages.Plea, text, StringComparison.Ordinal);
    }
}
