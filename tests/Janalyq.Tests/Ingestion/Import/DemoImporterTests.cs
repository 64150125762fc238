using Janalyq.Ingestion.Import;
using Janalyq.Storage;
using Janalyq.Storage.Media;
using Janalyq.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Janalyq.Tests.Ingestion.Import;

public sealed class DemoImporterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Imports_every_page_as_a_fresh_looking_article_of_its_outlet_and_category()
    {
        var now = new DateTimeOffset(2027, 3, 8, 9, 0, 0, TimeSpan.Zero);
        await using var engine = await Engine.StartAsync(time: new FakeTimeProvider(now));
        var corpus = await DemoCorpusFixture.LoadAsync();

        var report = await engine.Get<DemoImporter>().ImportAsync(corpus, Ct);

        Assert.Empty(report.Skipped);
        Assert.Equal(corpus.Pages.Count, report.Inserted);
        var articles = engine.Get<IArticleRepository>();
        var newest = (await articles.LatestAsync(new ArticleQuery { Limit = 1 }, Ct))[0];
        Assert.Equal(now - DemoImporter.NewestAge, newest.PublishedAt!.Value, TimeSpan.FromMinutes(1));

        var listed = await engine.Get<ISourceRepository>().ListAsync(Ct);
        Assert.All(listed, s => Assert.False(s.Enabled)); // fictional outlets are never crawled
        var sources = listed.ToDictionary(s => s.Id, s => s.Slug);
        Assert.Equal(corpus.Outlets.Count, sources.Count);
        var shift = newest.PublishedAt!.Value - corpus.Pages.Max(p => p.Published)!.Value;
        var media = engine.Get<IMediaStore>();
        var sameCategory = 0;
        foreach (var page in corpus.Pages)
        {
            var article = await articles.FindByCanonicalUrlAsync(page.Canonical ?? page.Url, Ct);
            Assert.NotNull(article);
            Assert.Equal(page.Outlet, sources[article.SourceId!.Value]);
            if (page.Category == article.CategorySlug) sameCategory++;
            Assert.Equal(page.Published + shift, article.PublishedAt);
            Assert.NotNull(media.KeyFor(article.ImageUrl));
        }

        // The first categorizer reads only the outlet's rubric: "Мировая экономика" for a climate summit or
        // "Regions" for a snowstorm cannot be placed right without reading the text (the understanding issue).
        Assert.InRange(sameCategory, corpus.Pages.Count * 9 / 10, corpus.Pages.Count);

        var again = await engine.Get<DemoImporter>().ImportAsync(corpus, Ct);
        Assert.Equal(corpus.Pages.Count, again.Unchanged + again.Updated);
        Assert.Equal(corpus.Pages.Count, await articles.CountAsync(Ct));
    }
}
