namespace Janalyq.Categories;

/// <summary>
/// What the text model tells apart: the site's categories, "other" news (weather, esoteric, oddities) and the kinds
/// of text that are not news. Each kind has one site category (<see cref="News.Category.All"/>) and one category of the
/// Telegram Data Clustering Contest; the mapping is documented in README.md beside this file.
/// </summary>
public sealed record ArticleKind(string Name, bool IsNews, string SiteCategory, string ContestCategory)
{
    /// <summary>Every kind, news first. Labels of training/categories/*.tsv are these names.</summary>
    public static readonly IReadOnlyList<ArticleKind> All =
    [
        new("politics", true, "politics", ContestCategories.Society),
        new("economy", true, "economy", ContestCategories.Economy),
        new("society", true, "society", ContestCategories.Society),
        new("world", true, "world", ContestCategories.Society),
        new("incidents", true, "incidents", ContestCategories.Society),
        new("sports", true, "sports", ContestCategories.Sports),
        new("technology", true, "technology", ContestCategories.Technology),
        new("science", true, "science", ContestCategories.Science),
        new("culture", true, "culture", ContestCategories.Entertainment),
        new("health", true, "health", ContestCategories.Science),
        // Weather forecasts, esoteric and odd items: news to the contest ("other"), society on the site.
        new("other", true, "society", ContestCategories.Other),
        // Not news. The contest counts horoscopes, ads and lottery draws as "other" news; the site does not.
        new("horoscope", false, "culture", ContestCategories.Other),
        new("advert", false, "economy", ContestCategories.Other),
        new("lottery", false, "society", ContestCategories.Other),
        new("recipe", false, "culture", ContestCategories.NotNews),
        new("howto", false, "technology", ContestCategories.NotNews),
        new("quiz", false, "culture", ContestCategories.NotNews),
        new("tvguide", false, "culture", ContestCategories.NotNews),
        new("essay", false, "society", ContestCategories.NotNews),
    ];

    private static readonly Dictionary<string, ArticleKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public static ArticleKind? Find(string? name) => name is not null && ByName.TryGetValue(name, out var kind) ? kind : null;
}

/// <summary>The Telegram Data Clustering Contest's categories, and the site category each one is closest to.</summary>
public static class ContestCategories
{
    public const string Society = "society";
    public const string Economy = "economy";
    public const string Technology = "technology";
    public const string Sports = "sports";
    public const string Entertainment = "entertainment";
    public const string Science = "science";
    public const string Other = "other";
    public const string NotNews = "not_news";

    /// <summary>The seven, then not_news.</summary>
    public static readonly IReadOnlyList<string> All = [Society, Economy, Technology, Sports, Entertainment, Science, Other, NotNews];

    /// <summary>The contest category of a news article filed under a site category (politics, world and incidents are society; health is science).</summary>
    public static string FromSite(string slug) => slug switch
    {
        "economy" => Economy,
        "sports" => Sports,
        "technology" => Technology,
        "science" or "health" => Science,
        "culture" => Entertainment,
        _ => Society,
    };
}
