using System.Text;
using Janalyq.Demo.Generator.Outlets;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Feeds;

/// <summary>Atom 1.0; entries newest first, summary = lead, updated = modified or published.</summary>
internal static class AtomFeed
{
    public static string Render(Outlet outlet, IReadOnlyList<Page> pages)
    {
        var x = Html.Attr;
        var host = new Uri(outlet.Home).Host;
        var sb = new StringBuilder();
        sb.Line($"<?xml version=\"1.0\" encoding=\"{outlet.Encoding}\"?>");
        sb.Line($"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{outlet.Languages[0]}\">");
        sb.Line($"<title>{x(outlet.Name)}</title>");
        sb.Line($"<subtitle>{x(outlet.Slug == "steppe-times" ? "News from Kazakhstan and Central Asia, in English" : "Новости Евразии / News of Eurasia")}</subtitle>");
        sb.Line($"<link rel=\"alternate\" type=\"text/html\" href=\"{outlet.Home}/\"/>");
        sb.Line($"<link rel=\"self\" type=\"application/atom+xml\" href=\"{outlet.FeedUrl}\"/>");
        sb.Line($"<id>{outlet.Home}/</id>");
        if (pages.Count > 0) sb.Line($"<updated>{TimeText.Iso(pages.Max(p => p.Article.Modified ?? p.Article.Published))}</updated>");
        sb.Line($"<author><name>{x(outlet.Name)}</name><uri>{outlet.Home}/</uri></author>");
        sb.Line($"<icon>{outlet.Home}/favicon.ico</icon>");
        sb.Line($"<rights>© 2026 {x(outlet.Name)}</rights>");
        foreach (var page in pages)
        {
            var a = page.Article;
            sb.Line(outlet.Languages.Count > 1 ? $"<entry xml:lang=\"{a.Language}\">" : "<entry>");
            sb.Line($"<title>{x(a.Title)}</title>");
            sb.Line($"<link rel=\"alternate\" type=\"text/html\" href=\"{page.Url}\"/>");
            sb.Line($"<id>tag:{host},{a.Published.Year}:{a.Id}</id>");
            sb.Line($"<published>{TimeText.Iso(a.Published)}</published>");
            sb.Line($"<updated>{TimeText.Iso(a.Modified ?? a.Published)}</updated>");
            if (a.Author is not null) sb.Line($"<author><name>{x(a.Author)}</name></author>");
            sb.Line($"<summary type=\"text\">{x(a.Lead)}</summary>");
            sb.Line($"<category term=\"{a.Category}\" label=\"{x(a.Section)}\"/>");
            sb.Line($"<link rel=\"enclosure\" type=\"image/svg+xml\" href=\"{page.ImageUrl}\"/>");
            sb.Line("</entry>");
        }
        sb.Line("</feed>");
        return sb.ToString();
    }
}
