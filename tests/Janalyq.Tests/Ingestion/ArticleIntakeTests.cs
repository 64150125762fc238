using System.Text;
using Janalyq.Extraction;
using Janalyq.Ingestion;
using Janalyq.Storage;
using Janalyq.Tests.Ingestion.Import;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Ingestion;

public sealed class ArticleIntakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static RawPage Fetched(string url, int n = 7) =>
        new(Encoding.UTF8.GetBytes(FolderImporterTests.Page(n).Replace("https://test.kz/news/" + n, url.Split('?')[0], StringComparison.Ordinal)),
            new Uri(url), "text/html; charset=utf-8", new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(5)));

    [Fact]
    public async Task Url_variants_of_one_article_are_stored_once_under_its_canonical_address()
    {
        await using var engine = await Engine.StartAsync();
        var intake = engine.Get<IArticleIntake>();

        var first = await intake.AcceptAsync(Fetched("https://test.kz/news/7?utm_source=tg"), null, null, Ct);
        var second = await intake.AcceptAsync(Fetched("https://m.test.kz/news/7#comments"), null, null, Ct);

        Assert.Equal(SaveOutcome.Inserted, first.Outcome);
        Assert.Equal(SaveOutcome.Unchanged, second.Outcome);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal("https://test.kz/news/7", (await engine.Get<IArticleRepository>().GetAsync(first.ArticleId!.Value, Ct))!.CanonicalUrl);
    }

    [Fact]
    public async Task A_page_that_is_not_an_article_is_rejected_with_a_reason()
    {
        await using var engine = await Engine.StartAsync();
        var page = new RawPage(Encoding.UTF8.GetBytes("<html><head><title>Вход</title></head><body><form>Логин</form></body></html>"),
            new Uri("https://test.kz/login"), null, DateTimeOffset.UnixEpoch);

        var result = await engine.Get<IArticleIntake>().AcceptAsync(page, null, null, Ct);

        Assert.False(result.Stored);
        Assert.Contains("not an article", result.RejectedBecause, StringComparison.Ordinal);
        Assert.Equal(0, await engine.Get<IArticleRepository>().CountAsync(Ct));
    }
}
