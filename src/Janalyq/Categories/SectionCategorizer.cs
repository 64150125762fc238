using Janalyq.Extraction;

namespace Janalyq.Categories;

/// <summary>
/// A first categorizer: maps the outlet's own rubric (section meta, breadcrumb) or a URL path
/// segment onto the site's categories, by rubric words in ru, kk and en. The understanding stage
/// replaces it with a text classifier; this stays as its strongest feature.
/// </summary>
public sealed class SectionCategorizer
{
    private static readonly (string Category, string[] Stems)[] Rubrics =
    [
        ("politics", ["polit", "полит", "саяса", "власт", "parliament", "election", "выбор", "мажилис", "сенат"]),
        ("economy", ["econom", "эконом", "business", "бизнес", "агро", "agro", "финанс", "finance", "market", "рынок", "қаржы", "money", "деньги", "kapital"]),
        ("society", ["societ", "обществ", "қоғам", "social", "город", "city", "citi", "қала", "образован", "education", "білім", "life"]),
        ("world", ["world", "мир", "әлем", "international", "междунар", "global", "зарубеж", "шетел"]),
        ("incidents", ["incident", "происшеств", "оқиға", "crime", "криминал", "accident", "авари", "emergenc", "чп", "төтенше"]),
        ("sports", ["sport", "спорт"]),
        ("technology", ["tech", "технол", "технол", "it", "digital", "цифр", "гаджет", "innovation", "инновац"]),
        ("science", ["scien", "наук", "ғылым", "research", "исследов"]),
        ("culture", ["cultur", "культур", "мәдени", "arts", "искусств", "өнер", "cinema", "кино", "entertain", "шоу", "music", "музык"]),
        ("health", ["health", "здоров", "здравоохр", "денсаулық", "medic", "медиц", "covid"]),
    ];

    /// <summary>The site category slug, or null when nothing names one.</summary>
    public string? Categorize(ExtractedArticle article, Uri? url)
    {
        if (Match(article.Section) is { } bySection) return bySection;
        if (url is null) return null;
        foreach (var segment in url.Segments)
        {
            if (Match(segment.Trim('/')) is { } bySegment) return bySegment;
        }
        return null;
    }

    private static string? Match(string? rubric)
    {
        if (string.IsNullOrWhiteSpace(rubric)) return null;
        var text = rubric.Trim().ToLowerInvariant();
        foreach (var (category, stems) in Rubrics)
        {
            foreach (var stem in stems)
            {
                var exactOnly = stem.Length <= 2;
                if (exactOnly ? text == stem : text.StartsWith(stem, StringComparison.Ordinal) || text.Contains(" " + stem, StringComparison.Ordinal))
                    return category;
            }
        }
        return null;
    }
}
