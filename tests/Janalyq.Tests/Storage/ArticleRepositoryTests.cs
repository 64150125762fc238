using Janalyq.Storage;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Storage;

/// <summary>The article repository through its interface, on every configured database (DatabaseData).</summary>
public sealed class ArticleRepositoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Almaty = new(2026, 11, 24, 14, 30, 0, TimeSpan.FromHours(5));

    internal static Article Sample(string url, string title = "Заголовок", string body = "Текст статьи.", DateTimeOffset? published = null, string? category = "politics") => new()
    {
        Url = url,
        CanonicalUrl = url,
        Title = title,
        BodyHtml = $"<p>{body}</p>",
        BodyText = body,
        PublishedAt = published ?? Almaty,
        FetchedAt = (published ?? Almaty).AddMinutes(5),
        CategorySlug = category,
        Language = "ru",
        ContentHash = ContentHash.Of(title, body),
    };

    [Theory, DatabaseData]
    public async Task Saves_once_per_canonical_url_and_keeps_revisions(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var articles = engine.Get<IArticleRepository>();

        var first = await articles.SaveAsync(Sample("https://a.kz/1"), Ct);
        var again = await articles.SaveAsync(Sample("https://a.kz/1"), Ct);
        var changed = await articles.SaveAsync(Sample("https://a.kz/1", body: "Исправленный текст."), Ct);

        Assert.Equal(SaveOutcome.Inserted, first.Outcome);
        Assert.Equal(SaveOutcome.Unchanged, again.Outcome);
        Assert.Equal(SaveOutcome.Updated, changed.Outcome);
        Assert.Equal(first.Id, changed.Id);
        Assert.Equal(1, await articles.CountAsync(Ct));
        Assert.Equal("Исправленный текст.", (await articles.GetAsync(first.Id, Ct))!.BodyText);
        Assert.Equal(["Текст статьи."], await articles.EarlierBodiesAsync(first.Id, Ct));
    }

    [Theory, DatabaseData]
    public async Task Keeps_every_field_and_the_outlets_offset(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var articles = engine.Get<IArticleRepository>();
        var article = Sample("https://a.kz/2") with
        {
            Lead = "Лид",
            ModifiedAt = Almaty.AddHours(1),
            Author = "Айгерим Сапарова",
            ImageUrl = "https://a.kz/photo.jpg",
            ImageCaption = "Подпись",
            ImageCredit = "kremlin.ru",
            OriginalUrl = "https://b.kz/original",
            SiteName = "A",
            Origin = ContentOrigin.Feed,
        };

        var saved = await articles.SaveAsync(article, Ct);
        var read = await articles.GetAsync(saved.Id, Ct);

        Assert.Equal(article with { Id = saved.Id }, read);
        Assert.Equal(TimeSpan.FromHours(5), read!.PublishedAt!.Value.Offset);
        Assert.Equal(read, await articles.FindByCanonicalUrlAsync("https://a.kz/2", Ct));
    }

    [Theory, DatabaseData]
    public async Task Lists_newest_first_by_category_with_paging(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var articles = engine.Get<IArticleRepository>();
        for (var i = 0; i < 5; i++)
            await articles.SaveAsync(Sample($"https://a.kz/p{i}", $"Политика {i}", published: Almaty.AddHours(i)), Ct);
        // Same instant written in another offset sorts by the instant, not the text.
        await articles.SaveAsync(Sample("https://a.kz/s", "Спорт", published: Almaty.AddHours(10).ToOffset(TimeSpan.FromHours(-5)), category: "sports"), Ct);

        var politics = await articles.LatestAsync(new ArticleQuery { CategorySlug = "politics", Limit = 2, Offset = 1 }, Ct);
        var all = await articles.LatestAsync(new ArticleQuery { Limit = 10 }, Ct);

        Assert.Equal(["Политика 3", "Политика 2"], politics.Select(a => a.Title));
        Assert.Equal("Спорт", all[0].Title);
        Assert.Equal(6, all.Count);
    }
}
