using Janalyq.Ingestion.Import;
using Janalyq.Stories;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Stories;

/// <summary>The demo corpus's articles (its manifest: the truth) as the clusterer sees them, in publication order.</summary>
internal static class DemoArticles
{
    public static async Task<IReadOnlyList<(DemoPage Page, StoryArticle Article)>> LoadAsync()
    {
        var corpus = await DemoCorpusFixture.LoadAsync();
        return corpus.Pages.OrderBy(p => p.Published).Select((p, i) => (p, new StoryArticle(i + 1, p.Published!.Value.ToUnixTimeMilliseconds(),
            p.Language!, p.Title!, p.Lead + "\n\n" + p.Text))).ToList();
    }
}
