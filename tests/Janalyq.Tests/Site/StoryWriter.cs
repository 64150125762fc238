using System.Globalization;
using Janalyq.Storage;

namespace Janalyq.Tests.Site;

/// <summary>
/// Fills a site's database through the repositories the way ingestion and understanding do: outlets, articles,
/// stories with their titles and earlier links, copies and the news flag. Times are hours before <see cref="SiteSampleData.Now"/>.
/// </summary>
internal sealed class StoryWriter(SiteHost host)
{
    private readonly Dictionary<string, long> _outlets = new(StringComparer.Ordinal);
    private int _n;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task OutletAsync(string slug, string name, string language) =>
        _outlets[slug] = await host.Sources.SaveAsync(
            new Source { Slug = slug, Name = name, HomeUrl = $"https://{slug}.kz/", Language = language }, Ct);

    /// <summary>Stores an article; <paramref name="copyOf"/> marks it a copy of that article, <paramref name="isNews"/> false marks it not news.</summary>
    public async Task<long> ArticleAsync(
        string outlet, string language, string title, double hoursAgo, string? category = "health", bool photo = false,
        long? copyOf = null, bool? isNews = true)
    {
        string n = (++_n).ToString(CultureInfo.InvariantCulture);
        string url = $"https://{outlet}.kz/news/{n}";
        var published = SiteSampleData.Now.AddHours(-hoursAgo);
        var saved = await host.Articles.SaveAsync(new Article
        {
            SourceId = _outlets[outlet],
            Url = url,
            CanonicalUrl = url,
            Title = title,
            Lead = title + ".",
            BodyHtml = $"<p>{System.Net.WebUtility.HtmlEncode(title)}.</p>",
            BodyText = title + ".",
            PublishedAt = published,
            FetchedAt = published.AddMinutes(2),
            Language = language,
            CategorySlug = category,
            ImageUrl = photo ? $"{host.Address.AbsoluteUri.TrimEnd('/')}/dev-media/photo-{n}.svg" : null,
            ContentHash = n,
        }, Ct);
        await host.Stories.SaveArticleUnderstandingAsync(saved.Id, copyOf, isNews, null, Ct);
        return saved.Id;
    }

    /// <summary>A story of <paramref name="articles"/>, spanning their times, with its <paramref name="titles"/> per language.</summary>
    public async Task<long> StoryAsync(string title, string? category, IReadOnlyDictionary<string, string>? titles, params long[] articles)
    {
        var times = new List<DateTimeOffset>();
        foreach (long id in articles) times.Add((await host.Articles.GetAsync(id, Ct))!.PublishedAt!.Value);
        long story = await host.Stories.SaveAsync(new Story
        {
            Title = title,
            CategorySlug = category,
            FirstPublishedAt = times.Min(),
            LastPublishedAt = times.Max(),
        }, Ct);
        foreach (long id in articles) await host.Stories.AssignAsync(id, story, Ct);
        if (titles is not null) await host.Stories.SaveTitlesAsync(story, titles, Ct);
        return story;
    }

    public Task RelatedAsync(long story, params (long Earlier, double Score)[] earlier) =>
        host.Stories.SaveRelatedAsync(story, earlier.Select(e => new EarlierStoryLink(e.Earlier, e.Score)).ToList(), Ct);
}
