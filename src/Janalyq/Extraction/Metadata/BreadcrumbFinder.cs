using AngleSharp.Dom;

namespace Janalyq.Extraction.Metadata;

/// <summary>
/// The outlet's rubric as its breadcrumb trail shows it ("Главная » Новости » Город"): the last
/// crumb that is neither the home page, a generic "news" level, nor the headline itself.
/// Read before cleaning, which removes breadcrumbs as boilerplate.
/// </summary>
internal static class BreadcrumbFinder
{
    private const string Trails =
        "[itemtype*='BreadcrumbList'], nav[aria-label*='breadcrumb' i], [class*='breadcrumb' i], [id*='breadcrumb' i], " +
        "[class*='crumbs' i], [class='path'], [class*='path ' i], [class$=' path' i], [class*='rubric-path' i]";

    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "главная", "новости", "все новости", "лента", "басты", "басты бет", "жаңалықтар", "home", "news", "main", "home page", "homepage",
    };

    public static string? Section(IDocument doc, string? title)
    {
        foreach (var trail in doc.QuerySelectorAll(Trails))
        {
            string? last = null;
            foreach (var link in trail.QuerySelectorAll("a, [itemprop='name']"))
            {
                var text = link.TextContent.Trim();
                if (text.Length is 0 or > 40 || Generic.Contains(text)) continue;
                if (title is not null && title.StartsWith(text, StringComparison.OrdinalIgnoreCase)) continue;
                last = text;
            }
            if (last is not null) return last;
        }
        return null;
    }
}
