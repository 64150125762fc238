using Janalyq.Storage;

namespace Janalyq.Tests.Site;

/// <summary>An article stored from the feed's own text (its page could not be had) says so to the reader.</summary>
public class FeedOriginTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("", "анонс из ленты")]
    [InlineData("/kk", "таспасындағы анонс")]
    [InlineData("/en", "summary from the outlet's feed")]
    public async Task A_feed_text_article_is_labelled_and_a_page_article_is_not(string prefix, string label)
    {
        var fromFeed = await SaveAsync(ContentOrigin.Feed);
        var fromPage = await SaveAsync(ContentOrigin.Page);

        var feedPage = await site.Host.GetAsync($"{prefix}/article/{fromFeed}");
        var pagePage = await site.Host.GetAsync($"{prefix}/article/{fromPage}");

        Assert.Contains(label, feedPage.Text(".article__feed-note"), StringComparison.Ordinal);
        Assert.Null(pagePage.Document.QuerySelector(".article__feed-note"));
    }

    private async Task<long> SaveAsync(ContentOrigin origin)
    {
        var url = "https://example.kz/" + Guid.NewGuid();
        var saved = await site.Host.Articles.SaveAsync(new Article
        {
            Url = url,
            CanonicalUrl = url,
            Title = "Анонс",
            BodyHtml = "<p>Короткий анонс из ленты.</p>",
            BodyText = "Короткий анонс из ленты.",
            FetchedAt = SiteSampleData.Now,
            PublishedAt = SiteSampleData.Now.AddHours(-1),
            CategorySlug = "society",
            Language = "ru",
            ContentHash = Guid.NewGuid().ToString(),
            Origin = origin,
        }, TestContext.Current.CancellationToken);
        return saved.Id;
    }
}
