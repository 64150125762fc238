using Janalyq.Markup;

namespace Janalyq.Extraction.Metadata;

/// <summary>
/// The outlet's rubric as its breadcrumb trail shows it ("Главная » Новости » Город"): the last
/// crumb that is neither the home page, a generic "news" level, nor the headline itself.
/// Read before cleaning, which removes breadcrumbs as boilerplate.
/// </summary>
internal static class BreadcrumbFinder
{
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "главная", "новости", "все новости", "лента", "басты", "басты бет", "жаңалықтар", "home", "news", "main", "home page", "homepage",
    };

    public static string? Section(PageIndex index, string? title)
    {
        foreach (var trail in index.Trails)
        {
            string? last = null;
            foreach (var link in trail.Descendants().Where(e => e.LocalName == "a" || e.GetAttribute("itemprop") == "name"))
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
