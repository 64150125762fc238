using System.Globalization;
using Janalyq.Ranking;
using Janalyq.Storage;

namespace Janalyq.Web.Site.Pages;

/// <summary>An article at "/article/42-its-title-in-latin"; the id alone or a wrong title part redirects (301) to it.</summary>
internal static class ArticleEndpoint
{
    private const int EarlierSize = 5;

    public static async Task<IResult> HandleAsync(
        HttpContext http, string key, IArticleRepository articles, ISourceRepository sources, IStoryFeed feed,
        TrendingLoader trending, CancellationToken cancellationToken)
    {
        int dash = key.IndexOf('-', StringComparison.Ordinal);
        string idPart = dash < 0 ? key : key[..dash];
        if (!long.TryParse(idPart, NumberStyles.None, CultureInfo.InvariantCulture, out long id)) return SitePage.NotFound(http);
        var article = await articles.GetAsync(id, cancellationToken);
        if (article is null) return SitePage.NotFound(http);

        var context = SitePage.Context(http);
        string canonicalPath = context.Links.Article(article.Id, article.Title);
        if (!string.Equals(http.Request.Path.Value, canonicalPath, StringComparison.Ordinal))
            return Results.Redirect(canonicalPath, permanent: true);

        string language = context.Language.Code;
        // The story the article counts in: its own, else (in no story yet) its original's story of one.
        var story = article.StoryId is long storyId ? StoryKey.OfStory(storyId) : StoryKey.OfArticle(article.DuplicateOfId ?? article.Id);
        var source = article.SourceId is long sourceId ? await sources.GetAsync(sourceId, cancellationToken) : null;
        var card = article.StoryId is null ? null : (await feed.CardsAsync([story], language, cancellationToken)) is [var only, ..] ? only : null;
        var otherLanguages = (await feed.OtherLanguagesAsync(article.Id, cancellationToken))
            .Where(m => SiteLanguage.Find(m.Language) is not null)
            .ToList();
        var model = new ArticleModel(
            article,
            source?.Name ?? article.SiteName,
            await OriginAsync(article, articles, sources, cancellationToken),
            card,
            await feed.AlsoPublishedAsync(article.Id, cancellationToken),
            otherLanguages,
            await feed.EarlierAsync(article.Id, language, EarlierSize, cancellationToken),
            await trending.LoadAsync(language, cancellationToken, story));
        return SitePage.Render<ArticlePage>(http, new { Ctx = context, Model = model }, SitePage.ArticleCache);
    }

    /// <summary>Names the outlet of a republication's original: our copy of it if we have one, else the outlet by host.</summary>
    private static async Task<ArticleOrigin?> OriginAsync(
        Article article, IArticleRepository articles, ISourceRepository sources, CancellationToken cancellationToken)
    {
        if (SiteLinks.Outlet(article.OriginalUrl) is not { } original) return null;
        var originalUrl = new Uri(original);

        var copy = await articles.FindByCanonicalUrlAsync(originalUrl.AbsoluteUri, cancellationToken);
        string? name = copy?.SourceId is long sourceId ? (await sources.GetAsync(sourceId, cancellationToken))?.Name : null;
        name ??= copy?.SiteName;
        if (name is null)
        {
            var all = await sources.ListAsync(cancellationToken);
            name = all.FirstOrDefault(s => SameHost(s.HomeUrl, originalUrl))?.Name;
        }
        return new ArticleOrigin(name ?? HostOf(originalUrl), originalUrl.AbsoluteUri, copy?.Id, copy?.Title);
    }

    private static bool SameHost(string homeUrl, Uri url) =>
        Uri.TryCreate(homeUrl, UriKind.Absolute, out var home) && string.Equals(HostOf(home), HostOf(url), StringComparison.OrdinalIgnoreCase);

    private static string HostOf(Uri url) =>
        url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
}

/// <summary>The original of a republication: who published it, where, and our own copy when we have it.</summary>
public sealed record ArticleOrigin(string SourceName, string Url, long? LocalId, string? LocalTitle);

/// <param name="Story">The article's story as a card (its outlets and languages); null when it is in no story.</param>
/// <param name="AlsoPublished">Its copy family: the original and the original's other copies ("also published by").</param>
/// <param name="OtherLanguages">The same story in the site's other languages, one article each.</param>
/// <param name="Earlier">"Ранее…": earlier stories linked to its story.</param>
public sealed record ArticleModel(
    Article Article,
    string? SourceName,
    ArticleOrigin? Origin,
    StoryCard? Story,
    IReadOnlyList<ArticleMention> AlsoPublished,
    IReadOnlyList<ArticleMention> OtherLanguages,
    IReadOnlyList<StoryCard> Earlier,
    IReadOnlyList<TrendingItem> Trending);
