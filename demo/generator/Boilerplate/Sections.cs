using Janalyq.Demo.Generator.Content;

namespace Janalyq.Demo.Generator.Boilerplate;

/// <summary>Menu names of the ten categories in each language (menus, not the article's own rubric).</summary>
internal static class Sections
{
    private static readonly string[] Ru =
        ["Политика", "Экономика", "Общество", "В мире", "Происшествия", "Спорт", "Технологии", "Наука", "Культура", "Здоровье"];

    private static readonly string[] Kk =
        ["Саясат", "Экономика", "Қоғам", "Әлем", "Оқиға", "Спорт", "Технология", "Ғылым", "Мәдениет", "Денсаулық"];

    private static readonly string[] En =
        ["Politics", "Economy", "Society", "World", "Incidents", "Sports", "Technology", "Science", "Culture", "Health"];

    public static IReadOnlyList<(string Category, string Name)> All(string lang)
    {
        var names = lang switch { "kk" => Kk, "en" => En, _ => Ru };
        return Article.Categories.Select((c, i) => (c, names[i])).ToList();
    }

    public static string Name(string category, string lang) => All(lang).First(s => s.Category == category).Name;
}
