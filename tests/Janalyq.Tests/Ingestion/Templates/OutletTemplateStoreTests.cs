using Janalyq.Storage;
using Janalyq.Extraction.Templates;
using Janalyq.Ingestion.Templates;
using Janalyq.Storage.Sqlite;
using Janalyq.Tests.Support;
using Microsoft.Extensions.Options;

namespace Janalyq.Tests.Ingestion.Templates;

public sealed class OutletTemplateStoreTests
{
    private const string Outlet = "kokshe-news.kz";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OutletTemplateStore Store(int kept = 30, int minimum = 6, IOutletTemplateRepository? repository = null) =>
        new(Options.Create(new OutletTemplateOptions { PagesKept = kept, MinimumPages = minimum }), repository);

    private static async Task RecordAsync(OutletTemplateStore store, int from, int to, string? closing = OutletPages.Plea, string? extra = null)
    {
        for (var n = from; n <= to; n++) await store.RecordAsync(Outlet, OutletPages.Url(n), PageBlocks.Read(OutletPages.Html(n, closing, extra)), Ct);
    }

    private static Task<TemplateModel?> ForAsync(OutletTemplateStore store, int n, string outlet = Outlet) => store.ForAsync(outlet, OutletPages.Url(n), Ct);

    [Fact]
    public async Task No_template_until_the_outlet_has_enough_other_pages()
    {
        var store = Store();
        await RecordAsync(store, 1, 5);
        Assert.Null(await ForAsync(store, 99));
        // Its own earlier version is not a sibling: after page 6, page 6 still sees five others only.
        await RecordAsync(store, 6, 6);
        Assert.True((await ForAsync(store, 99))!.IsTemplate(OutletPages.Plea));
        Assert.Null(await ForAsync(store, 6));
        await RecordAsync(store, 7, 7);
        Assert.True((await ForAsync(store, 6))!.IsTemplate(OutletPages.Plea));
        Assert.Null(await ForAsync(store, 99, "other.kz"));
    }

    [Fact]
    public async Task A_line_quoted_on_a_few_pages_is_article_not_template()
    {
        var store = Store();
        const string statement = "В акимате напомнили, что ремонт дорог в городе финансируется из местного бюджета и продлится до конца года.";
        await RecordAsync(store, 1, 5, extra: statement);
        await RecordAsync(store, 6, 10);
        var model = (await ForAsync(store, 11))!;
        Assert.True(model.IsTemplate(OutletPages.Plea));
        Assert.False(model.IsTemplate(statement)); // on 5 of 10 pages: under the share
        await RecordAsync(store, 11, 13, extra: statement);
        Assert.True((await ForAsync(store, 14))!.IsTemplate(statement)); // on 8 of 13 pages: over it
    }

    [Fact]
    public async Task Only_the_last_pages_are_kept_so_a_changed_template_is_learnt_again()
    {
        var store = Store(kept: 8, minimum: 6);
        await RecordAsync(store, 1, 8);
        Assert.True((await ForAsync(store, 99))!.IsTemplate(OutletPages.Plea));
        await RecordAsync(store, 9, 16, closing: null); // the outlet dropped its plea
        Assert.Equal(8, await store.PageCountAsync(Outlet, Ct));
        Assert.False((await ForAsync(store, 99))!.IsTemplate(OutletPages.Plea));
    }

    [Fact]
    public async Task The_template_survives_a_restart_in_the_database()
    {
        await using var engine = await Engine.StartAsync();
        var repository = new OutletTemplateRepository(engine.Get<SqliteConnectionFactory>());
        await RecordAsync(Store(kept: 8, repository: repository), 1, 12);

        var restarted = Store(kept: 8, repository: repository);

        Assert.Equal(8, await restarted.PageCountAsync(Outlet, Ct));
        Assert.True((await ForAsync(restarted, 99))!.IsTemplate(OutletPages.Plea));
        Assert.Equal(["https://kokshe-news.kz/news/5", "https://kokshe-news.kz/news/12"],
            new[] { (await repository.LoadAsync(Outlet, Ct))[0].Page, (await repository.LoadAsync(Outlet, Ct))[^1].Page });
        Assert.Null(await ForAsync(Store(repository: repository), 1, "other.kz"));
    }

    [Fact]
    public void The_share_is_a_share_of_the_pages_even_where_floating_point_rounds_up()
    {
        // 10 × 0.6 is 6.000000000000001: a block on exactly 6 of 10 pages is on 60% of them.
        var pages = Enumerable.Range(1, 10).Select(n => PageBlocks.Read(OutletPages.Html(n, n <= 6 ? OutletPages.Plea : null))).ToList();
        Assert.True(TemplateModel.FromSiblings(pages, 0.6, 6).IsTemplate(OutletPages.Plea));
        Assert.False(TemplateModel.FromSiblings(pages, 0.7, 6).IsTemplate(OutletPages.Plea));
    }

    [Fact]
    public void The_outlet_is_the_host_without_www_and_files_have_none()
    {
        Assert.Equal(Outlet, OutletTemplateStore.OutletOf(new Uri("https://www.Kokshe-News.kz/a")));
        Assert.Equal("m.kokshe-news.kz", OutletTemplateStore.OutletOf(new Uri("https://m.kokshe-news.kz/a")));
        Assert.Null(OutletTemplateStore.OutletOf(new Uri("file:///tmp/a.html")));
        Assert.Null(OutletTemplateStore.OutletOf(null));
    }
}
