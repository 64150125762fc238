namespace Janalyq.Demo.Generator.Outlets;

/// <summary>A fictional outlet of the demo corpus, as the README's outlet table defines it.</summary>
internal sealed record Outlet(
    string Slug,
    string Name,
    string Home,
    IReadOnlyList<string> Languages,
    string Encoding,
    string FeedKind,
    string FeedUrl)
{
    public bool IsWindows1251 => Encoding == "windows-1251";

    public string MediaUrl(string image) => $"{Home}/media/{image}.svg";
}

internal static class OutletCatalog
{
    public static readonly IReadOnlyList<Outlet> All =
    [
        new("dala-info", "Dala Info", "https://dala-info.kz", ["ru", "kk"], "utf-8", "rss", "https://dala-info.kz/rss.xml"),
        new("eurasia-today", "Евразия сегодня", "https://eurasia-today.kz", ["ru", "en"], "utf-8", "atom", "https://eurasia-today.kz/export/atom.xml"),
        new("kapital-press", "Капитал Пресс", "https://kapital-press.kz", ["ru"], "windows-1251", "rss", "https://kapital-press.kz/rss/all.xml"),
        new("steppe-times", "The Steppe Times", "https://steppetimes.com", ["en"], "utf-8", "atom", "https://steppetimes.com/feed/atom"),
        new("ult-aqparat", "Ұлт Ақпарат", "https://ultaqparat.kz", ["kk"], "utf-8", "rss", "https://ultaqparat.kz/kk/rss"),
        new("vecherniy-gorod", "Вечерний город", "https://vgorod.kz", ["ru"], "windows-1251", "rss", "https://vgorod.kz/rss.xml"),
    ];

    public static Outlet? Find(string slug) => All.FirstOrDefault(o => o.Slug == slug);

    public static Outlet Get(string slug) => Find(slug) ?? throw new ArgumentException($"unknown outlet {slug}", nameof(slug));

    /// <summary>The outlet whose host serves this URL, for "Источник: Outlet" lines.</summary>
    public static Outlet? ByUrl(string url) =>
        All.FirstOrDefault(o => url.StartsWith(o.Home + "/", StringComparison.OrdinalIgnoreCase));
}
