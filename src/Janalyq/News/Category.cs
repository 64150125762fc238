namespace Janalyq.News;

/// <summary>A section of the site. Display names come from the localization resources (key "Category.{Slug}").</summary>
public sealed record Category(string Slug, int Position)
{
    /// <summary>The site's categories in menu order: the one list (the database's categories table is written from it at start).</summary>
    public static readonly IReadOnlyList<Category> All =
    [
        new("politics", 1),
        new("economy", 2),
        new("society", 3),
        new("world", 4),
        new("incidents", 5),
        new("sports", 6),
        new("technology", 7),
        new("science", 8),
        new("culture", 9),
        new("health", 10),
    ];

    public static bool IsKnown(string? slug) => slug is not null && All.Any(c => c.Slug == slug);
}
