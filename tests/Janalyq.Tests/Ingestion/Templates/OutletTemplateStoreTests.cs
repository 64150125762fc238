using Janalyq.Extraction.Templates;
using Janalyq.Ingestion.Templates;
using Microsoft.Extensions.Options;

namespace Janalyq.Tests.Ingestion.Templates;

public sealed class OutletTemplateStoreTests
{
    private static OutletTemplateStore Store(int kept = 30, int minimum = 6) =>
        new(Options.Create(new OutletTemplateOptions { PagesKept = kept, MinimumPages = minimum }));

    private static void Record(OutletTemplateStore store, int from, int to, string? closing = OutletPages.Plea)
    {
        for (var n = from; n <= to; n++) store.Record("kokshe-news.kz", OutletPages.Url(n), PageBlocks.Read(OutletPages.Html(n, closing)));
    }

    [Fact]
    public void No_template_until_the_outlet_has_enough_other_pages()
    {
        var store = Store();
        Record(store, 1, 5);
        Assert.Null(store.For("kokshe-news.kz", OutletPages.Url(99)));
        // Its own earlier version is not a sibling: page 5 still sees four others only, after page 6 five.
        Record(store, 6, 6);
        Assert.True(store.For("kokshe-news.kz", OutletPages.Url(99))!.IsTemplate(OutletPages.Plea));
        Assert.Null(store.For("kokshe-news.kz", OutletPages.Url(6)));
        Record(store, 7, 7);
        Assert.True(store.For("kokshe-news.kz", OutletPages.Url(6))!.IsTemplate(OutletPages.Plea));
        Assert.Null(store.For("other.kz", OutletPages.Url(99)));
    }

    [Fact]
    public void A_line_quoted_on_a_few_pages_is_article_not_template()
    {
        var store = Store();
        const string statement = "В акимате напомнили, что ремонт дорог в городе финансируется из местного бюджета и продлится до конца года.";
        for (var n = 1; n <= 10; n++)
            store.Record("kokshe-news.kz", OutletPages.Url(n), PageBlocks.Read(OutletPages.Html(n, extra: n <= 5 ? statement : null)));
        var model = store.For("kokshe-news.kz", OutletPages.Url(11))!;
        Assert.True(model.IsTemplate(OutletPages.Plea));
        Assert.False(model.IsTemplate(statement)); // on 5 of 10 pages: under the share
        for (var n = 11; n <= 13; n++)
            store.Record("kokshe-news.kz", OutletPages.Url(n), PageBlocks.Read(OutletPages.Html(n, extra: statement)));
        Assert.True(store.For("kokshe-news.kz", OutletPages.Url(14))!.IsTemplate(statement)); // on 8 of 13 pages: over it
    }

    [Fact]
    public void Only_the_last_pages_are_kept_so_a_changed_template_is_learnt_again()
    {
        var store = Store(kept: 8, minimum: 6);
        Record(store, 1, 8);
        Assert.True(store.For("kokshe-news.kz", OutletPages.Url(99))!.IsTemplate(OutletPages.Plea));
        Record(store, 9, 16, closing: null); // the outlet dropped its plea
        Assert.Equal(8, store.PageCount("kokshe-news.kz"));
        Assert.False(store.For("kokshe-news.kz", OutletPages.Url(99))!.IsTemplate(OutletPages.Plea));
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
        Assert.Equal("kokshe-news.kz", OutletTemplateStore.OutletOf(new Uri("https://www.Kokshe-News.kz/a")));
        Assert.Equal("m.kokshe-news.kz", OutletTemplateStore.OutletOf(new Uri("https://m.kokshe-news.kz/a")));
        Assert.Null(OutletTemplateStore.OutletOf(new Uri("file:///tmp/a.html")));
        Assert.Null(OutletTemplateStore.OutletOf(null));
    }
}
