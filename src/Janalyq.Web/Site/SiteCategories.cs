using Janalyq.Storage;

namespace Janalyq.Web.Site;

/// <summary>
/// The site's listed places: the categories (<see cref="Category.All"/>) and "other", where an article no category
/// claims yet is listed (it must not vanish from every list while the classifier has not given it one).
/// </summary>
public static class SiteCategories
{
    public const string Other = "other";

    /// <summary>Home sections and category pages, in menu order; "other" last.</summary>
    public static IReadOnlyList<string> Listed { get; } =
        [.. Category.All.Select(c => c.Slug), .. Category.IsKnown(Other) ? Array.Empty<string>() : [Other]];

    public static bool IsListed(string slug) => Listed.Contains(slug, StringComparer.Ordinal);

    /// <summary>The cards of one place; "other" lists the stories with an article that has no category (or "other").</summary>
    public static StoryListQuery Query(string slug, string language, int limit, int offset = 0) => new()
    {
        Language = language,
        CategorySlug = slug == Other ? null : slug,
        Uncategorised = slug == Other,
        Limit = limit,
        Offset = offset,
    };
}
