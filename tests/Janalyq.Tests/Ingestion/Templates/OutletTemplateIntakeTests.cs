using System.Text;
using Janalyq.Extraction;
using Janalyq.Ingestion;
using Janalyq.Ingestion.Templates;
using Janalyq.Storage;
using Janalyq.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Ingestion.Templates;

/// <summary>The intake learns each outlet's template from the pages it stores and cleans the outlet's articles with it.</summary>
public sealed class OutletTemplateIntakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> StoredTextAsync(Engine engine, int n) =>
        (await engine.Get<IArticleRepository>().FindByCanonicalUrlAsync(OutletPages.Url(n), Ct))!.BodyText;

    [Fact]
    public async Task The_first_pages_of_a_new_outlet_are_cleaned_again_once_its_template_is_known()
    {
        await using var engine = await Engine.StartAsync();
        var intake = engine.Get<IArticleIntake>();
        for (var n = 1; n <= 6; n++) Assert.True((await intake.AcceptAsync(OutletPages.Raw(n), null, null, Ct)).Stored);

        // Six pages: each was stored while fewer than six others were known, so as it came, and is held.
        Assert.Contains(OutletPages.Plea, await StoredTextAsync(engine, 1), StringComparison.Ordinal);
        Assert.Equal(6, engine.Get<HeldPages>().Count);

        await intake.AcceptAsync(OutletPages.Raw(7), null, null, Ct);

        Assert.Equal(0, engine.Get<HeldPages>().Count);
        for (var n = 1; n <= 7; n++)
        {
            var text = await StoredTextAsync(engine, n);
            Assert.DoesNotContain(OutletPages.Plea, text, StringComparison.Ordinal);
            Assert.Contains($"Третий абзац материала номер {n}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_of_a_new_outlet_arriving_all_at_once_are_all_cleaned()
    {
        await using var engine = await Engine.StartAsync();
        var intake = engine.Get<IArticleIntake>();

        // Ten pages in flight together (the crawler fetches several per host): most see no template when they start.
        await Task.WhenAll(Enumerable.Range(1, 10).Select(n => Task.Run(() => intake.AcceptAsync(OutletPages.Raw(n), null, null, Ct), Ct)));

        for (var n = 1; n <= 10; n++) Assert.DoesNotContain(OutletPages.Plea, await StoredTextAsync(engine, n), StringComparison.Ordinal);
        Assert.Equal(0, engine.Get<HeldPages>().Count);
    }

    [Fact]
    public async Task A_line_the_outlet_prints_once_stays_in_the_article()
    {
        await using var engine = await Engine.StartAsync();
        var intake = engine.Get<IArticleIntake>();
        for (var n = 1; n <= 8; n++) await intake.AcceptAsync(OutletPages.Raw(n), null, null, Ct);
        const string statement = "В акимате напомнили, что ремонт дорог в городе финансируется из местного бюджета и продлится до конца года.";

        await intake.AcceptAsync(OutletPages.Raw(9, extra: statement), null, null, Ct);

        var text = await StoredTextAsync(engine, 9);
        Assert.Contains(statement, text, StringComparison.Ordinal);
        Assert.DoesNotContain(OutletPages.Plea, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_whose_only_text_is_on_its_siblings_keeps_it()
    {
        const string standing = "Редакция «Көкше ньюс» напоминает: перепечатка материалов сайта возможна только с письменного разрешения редакции и с активной ссылкой на источник. Мнение авторов колонок может не совпадать с позицией редакции, а за содержание рекламы отвечает рекламодатель.";
        await using var engine = await Engine.StartAsync();
        var intake = engine.Get<IArticleIntake>();
        for (var n = 1; n <= 8; n++) await intake.AcceptAsync(OutletPages.Raw(n, closing: standing), null, null, Ct);
        var notice = $"""
            <html><head><meta charset="utf-8"><title>Обращение редакции — Көкше ньюс</title><link rel="canonical" href="{OutletPages.Url(50)}"></head>
            <body><nav><a href="/">Главная</a> <a href="/city">Город</a></nav><article><h1>Обращение редакции</h1><p>{standing}</p></article><footer>© Көкше ньюс</footer></body></html>
            """;

        var result = await intake.AcceptAsync(new RawPage(Encoding.UTF8.GetBytes(notice), new Uri(OutletPages.Url(50)), null, DateTimeOffset.UnixEpoch), null, null, Ct);

        Assert.True(result.Stored, result.RejectedBecause);
        Assert.Contains(standing, await StoredTextAsync(engine, 50), StringComparison.Ordinal);
        Assert.DoesNotContain(standing, await StoredTextAsync(engine, 8), StringComparison.Ordinal); // where it is template, it goes
    }

    [Fact]
    public async Task Templates_switched_off_leave_every_page_as_it_comes()
    {
        await using var engine = await Engine.StartAsync(configure: s => s.Configure<OutletTemplateOptions>(o => o.Enabled = false));
        var intake = engine.Get<IArticleIntake>();
        for (var n = 1; n <= 9; n++) await intake.AcceptAsync(OutletPages.Raw(n), null, null, Ct);

        Assert.Contains(OutletPages.Plea, await StoredTextAsync(engine, 9), StringComparison.Ordinal);
        Assert.Equal(0, engine.Get<HeldPages>().Count);
    }
}
