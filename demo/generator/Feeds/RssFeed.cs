using System.Text;
using Janalyq.Demo.Generator.Outlets;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Feeds;

/// <summary>RSS 2.0 in the outlet's encoding; items newest first, description = lead.</summary>
internal static class RssFeed
{
    public static string Render(Outlet outlet, IReadOnlyList<Page> pages, IReadOnlyDictionary<string, int> imageSizes)
    {
        var x = Html.Attr;
        var sb = new StringBuilder();
        sb.Line($"<?xml version=\"1.0\" encoding=\"{outlet.Encoding}\"?>");
        sb.Line("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\">");
        sb.Line("<channel>");
        sb.Line($"<title>{x(outlet.Name)}</title>");
        sb.Line($"<link>{outlet.Home}/</link>");
        sb.Line($"<description>{x(Description(outlet.Slug))}</description>");
        sb.Line($"<language>{outlet.Languages[0]}</language>");
        sb.Line($"<copyright>© {x(outlet.Name)}</copyright>");
        if (pages.Count > 0) sb.Line($"<lastBuildDate>{TimeText.Rfc822(pages.Max(p => p.Article.Modified ?? p.Article.Published))}</lastBuildDate>");
        sb.Line($"<atom:link href=\"{outlet.FeedUrl}\" rel=\"self\" type=\"application/rss+xml\"/>");
        sb.Line($"<image><url>{outlet.Home}/static/img/rss-logo.png</url><title>{x(outlet.Name)}</title><link>{outlet.Home}/</link></image>");
        foreach (var page in pages)
        {
            var a = page.Article;
            sb.Line("<item>");
            sb.Line($"<title>{x(a.Title)}</title>");
            sb.Line($"<link>{page.Url}</link>");
            sb.Line(outlet.Slug == "dala-info"
                ? $"<guid isPermaLink=\"false\">{a.Id}</guid>"
                : $"<guid isPermaLink=\"true\">{page.Url}</guid>");
            sb.Line($"<pubDate>{TimeText.Rfc822(a.Published)}</pubDate>");
            sb.Line($"<description>{x(a.Lead)}</description>");
            sb.Line($"<category>{x(a.Section)}</category>");
            if (a.Author is not null) sb.Line($"<dc:creator>{x(a.Author)}</dc:creator>");
            sb.Line($"<enclosure url=\"{page.ImageUrl}\" type=\"image/svg+xml\" length=\"{imageSizes.GetValueOrDefault(page.ImageUrl)}\"/>");
            sb.Line($"<media:content url=\"{page.ImageUrl}\" medium=\"image\" width=\"1200\" height=\"675\"><media:description>{x(a.Caption)}</media:description><media:credit>{x(a.Credit)}</media:credit></media:content>");
            sb.Line("</item>");
        }
        sb.Line("</channel>");
        sb.Line("</rss>");
        return sb.ToString();
    }

    private static string Description(string slug) => slug switch
    {
        "dala-info" => "Новости Казахстана и мира / Қазақстан және әлем жаңалықтары",
        "kapital-press" => "Деловая газета: экономика, финансы, компании",
        "vecherniy-gorod" => "Новости Алматы: город, люди, события",
        "ult-aqparat" => "Ұлт Ақпарат — Қазақстан жаңалықтары",
        _ => slug,
    };
}
