using Janalyq.Demo.Generator.Boilerplate;

namespace Janalyq.Demo.Generator.Pages;

/// <summary>All pages of the corpus; gives each page the teasers its boilerplate lists show.</summary>
internal sealed class Site(IReadOnlyList<Page> pages)
{
    public IReadOnlyList<Page> Pages { get; } = pages;

    /// <summary>Other pages of the same outlet and language: same category first, then nearest in time.</summary>
    public IReadOnlyList<Teaser> Related(Page page, int count)
    {
        var own = Siblings(page)
            .OrderBy(p => p.Article.Category == page.Article.Category ? 0 : 1)
            .ThenBy(p => Math.Abs((p.Article.Published - page.Article.Published).TotalMinutes))
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .Select(ToTeaser);
        return own.Concat(Filler(page, count, 11)).Take(count).ToList();
    }

    /// <summary>A latest-news list as it stood when the page was published: newest first.</summary>
    public IReadOnlyList<Teaser> Latest(Page page, int count)
    {
        var own = Siblings(page).Select(ToTeaser);
        return own.Concat(Filler(page, count, 3))
            .OrderByDescending(t => t.Time).ThenBy(t => t.Url, StringComparer.Ordinal)
            .Take(count).ToList();
    }

    /// <summary>Most read: a mix of the outlet's pages and filler, in a seed-dependent order.</summary>
    public IReadOnlyList<Teaser> MostRead(Page page, int count)
    {
        var mixed = Siblings(page).Select(ToTeaser).Concat(Filler(page, count, 29)).ToList();
        return Stable.Pick(mixed, page.Seed >> 3, count);
    }

    /// <summary>The same outlet's page on the same event in another language (for hreflang links).</summary>
    public IReadOnlyList<Page> Translations(Page page) =>
        Pages.Where(p => p.Outlet.Slug == page.Outlet.Slug && p.Article.Event == page.Article.Event && p.Lang != page.Lang).ToList();

    /// <summary>The same outlet's earlier pages in the same language: a page cannot link to what was not yet published.</summary>
    private IEnumerable<Page> Siblings(Page page) =>
        Pages.Where(p => p.Outlet.Slug == page.Outlet.Slug && p.Lang == page.Lang && p.Url != page.Url
            && p.Article.Published < page.Article.Published);

    private static Teaser ToTeaser(Page p) => new(p.Article.Title, p.Url, p.Article.Published, p.Article.Category);

    /// <summary>Fictional headlines with made-up URLs in the outlet's scheme, timed before the page.</summary>
    private static IEnumerable<Teaser> Filler(Page page, int count, uint salt)
    {
        var bank = Headlines.For(page.Lang);
        var picks = Stable.Pick(bank, page.Seed + salt, count);
        for (var i = 0; i < picks.Count; i++)
        {
            var (category, title) = picks[i];
            var id = 1_700_000 + (int)(Stable.Mixed(title) % 180_000);
            var time = page.Article.Published.AddMinutes(-(23 + (i * 41) + (int)(salt % 17)));
            yield return new Teaser(title, FakeUrl(page, category, id, Translit.Slug(title)), time, category);
        }
    }

    private static string FakeUrl(Page page, string category, int id, string slug)
    {
        var home = page.Outlet.Home;
        var lang = page.Lang;
        return page.Outlet.Slug switch
        {
            "dala-info" => $"{home}/{(lang == "kk" ? "kz" : lang)}/news/{category}/{id}-{slug}",
            "kapital-press" => $"{home}/articles/{id}/{slug}.html",
            "vecherniy-gorod" => $"{home}/news/{id}/{slug}/",
            "steppe-times" => $"{home}/news/{slug}-{id}",
            "ult-aqparat" => $"{home}/kk/{category}/{slug}-{id}",
            _ => $"{home}/{lang}/{category}/{slug}-{id}.html",
        };
    }
}
