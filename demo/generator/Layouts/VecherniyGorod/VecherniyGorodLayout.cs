using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>
/// Вечерний город: an old-school city paper (XHTML, windows-1251, id-based layout). Times only as visible
/// text "24 ноября 2026 г. в 14:30"; "Читайте также:" paragraphs inside the text; comments; "Источник:".
/// </summary>
internal sealed partial class VecherniyGorodLayout : IOutletLayout
{
    private static readonly BodyStyle Style = new()
    {
        Heading2 = "<p class=\"subtitle\"><strong>{0}</strong></p>",
        Heading3 = "<p class=\"subtitle2\"><b><i>{0}</i></b></p>",
        QuoteOpen = "<blockquote class=\"citata\">",
        QuoteLine = "<p><i>{0}</i></p>",
        BulletList = "<ul class=\"spisok\">",
        NumberList = "<ol class=\"spisok\">",
        TableOpen = "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\" class=\"tbl\">",
    };

    public string Render(Page page, Site site)
    {
        var sb = new StringBuilder(40_000);
        Head(sb, page);
        sb.Line("<body>");
        sb.Line(Counters.TopMailRu("1187430"));
        sb.Line("<div id=\"wrapper\">");
        TopLine(sb);
        Header(sb, page);
        sb.Line("<div id=\"content\">");
        LeftColumn(sb, page, site);
        sb.Line("<div id=\"center\">");
        Article(sb, page, site);
        Comments(sb, page);
        OtherNews(sb, page, site);
        Widgets(sb, page);
        sb.Line("</div>");
        sb.Line("<div class=\"clear\"></div>\n</div>");
        Footer(sb);
        sb.Line("</div>");
        sb.Line("<div id=\"counters\">" + Counters.LiveInternet() + "</div>");
        sb.Line("</body>\n</html>");
        return sb.ToString();
    }

    private static void Article(StringBuilder sb, Page page, Site site)
    {
        var a = page.Article;
        sb.Line($"<div class=\"path\"><a href=\"/\">Главная</a> &raquo; <a href=\"/news/\">Новости</a> &raquo; <a href=\"/news/{a.Category}/\">{Html.Text(a.Section)}</a></div>");
        sb.Line("<div class=\"news-full\">");
        sb.Line($"<h1>{Html.Text(a.Title)}</h1>");
        sb.Line($"<div class=\"news-date\">{TimeText.RuCity(a.Published)}</div>");
        if (a.Modified is { } m) sb.Line($"<div class=\"news-date news-date-upd\">Обновлено: {TimeText.RuCity(m)}</div>");
        if (a.Author is not null) sb.Line($"<div class=\"news-author\">Автор: <b>{Html.Text(a.Author)}</b></div>");
        sb.Line($"<div class=\"news-lead\"><b>{Html.Text(a.Lead)}</b></div>");
        sb.Line("<div class=\"news-photo\">");
        sb.Line($"<img src=\"{page.ImageUrl}\" width=\"600\" height=\"338\" alt=\"{Html.Attr(a.Caption)}\" title=\"{Html.Attr(a.Caption)}\" border=\"0\" />");
        sb.Line($"<div class=\"podpis\">{Html.Text(a.Caption)}</div>");
        sb.Line($"<div class=\"foto-avtor\">Фото: {Html.Text(a.Credit)}</div>");
        sb.Line("</div>");

        var related = site.Related(page, 2);
        var points = BodyRenderer.InsertPoints(a.Body, 2);
        sb.Line("<div class=\"news-text\">");
        sb.Append(BodyRenderer.Render(a.Body, Style, i =>
        {
            var k = points.IndexOf(i);
            return k < 0 ? null : $"<p><b>Читайте также:</b> <a href=\"{related[k].Url}\">{Html.Text(related[k].Title)}</a></p>";
        }));
        sb.Line("</div>");
        if (a.OriginalUrl is { } original)
            sb.Line($"<p class=\"istochnik\">Источник: <a href=\"{Html.Attr(original)}\" target=\"_blank\">{Html.Text(page.OriginalOutlet?.Name ?? original)}</a></p>");
        var tags = a.Tags.Count > 0 ? a.Tags : [a.Section];
        sb.Line("<div class=\"news-tags\">Метки: " + string.Join(", ", tags.Select(t => $"<a href=\"/tags/{Translit.Slug(t)}/\">{Html.Text(t)}</a>")) + "</div>");
        var u = Uri.EscapeDataString(page.Url);
        sb.Line("<div class=\"share\">Поделиться: ");
        sb.Line($"<a href=\"https://vk.com/share.php?url={u}\" target=\"_blank\" class=\"sh-vk\">ВКонтакте</a> | <a href=\"https://connect.ok.ru/offer?url={u}\" target=\"_blank\" class=\"sh-ok\">Одноклассники</a> | <a href=\"https://www.facebook.com/sharer.php?u={u}\" target=\"_blank\" class=\"sh-fb\">Facebook</a> | <a href=\"https://t.me/share/url?url={u}\" target=\"_blank\" class=\"sh-tg\">Telegram</a> | <a href=\"https://wa.me/?text={u}\" target=\"_blank\" class=\"sh-wa\">WhatsApp</a>");
        sb.Line("</div>");
        sb.Line("<div class=\"news-error\">Нашли ошибку? Выделите её и нажмите Ctrl+Enter</div>");
        sb.Line("</div>");
    }

    private static void Comments(StringBuilder sb, Page page)
    {
        var list = Stable.Pick(Boilerplate.Comments.For("ru"), page.Seed >> 5, Stable.Number(page.Seed, 2, 4));
        sb.Line($"<div id=\"comments\"><h3>Комментарии ({list.Count})</h3>");
        for (var i = 0; i < list.Count; i++)
        {
            var when = page.Article.Published.AddMinutes(17 + (i * 53) + (int)(page.Seed % 29));
            sb.Line($"<div class=\"comment\" id=\"c{page.Article.Id}{i}\"><div class=\"c-head\"><b>{Html.Text(list[i].Name)}</b> <span class=\"c-date\">{TimeText.RuCity(when)}</span></div>");
            sb.Line($"<div class=\"c-text\">{Html.Text(list[i].Text)}</div><div class=\"c-foot\"><a href=\"#\" class=\"c-reply\">Ответить</a></div></div>");
        }
        sb.Line("<form class=\"c-form\" method=\"post\" action=\"/comments/add/\"><h4>Добавить комментарий</h4>");
        sb.Line("<p><label>Ваше имя:<br /><input type=\"text\" name=\"name\" size=\"40\" /></label></p>");
        sb.Line("<p><label>Комментарий:<br /><textarea name=\"text\" rows=\"5\" cols=\"60\"></textarea></label></p>");
        sb.Line($"<input type=\"hidden\" name=\"news_id\" value=\"{page.Article.Id}\" /><p><input type=\"submit\" value=\"Отправить\" /></p>");
        sb.Line("<p class=\"c-rules\">Комментарии публикуются после проверки модератором. Оскорбления и реклама удаляются.</p></form></div>");
    }

    private static void OtherNews(StringBuilder sb, Page page, Site site)
    {
        sb.Line("<div class=\"more-news\"><h3>Другие новости раздела</h3><ul>");
        foreach (var t in site.Related(page, 8).Skip(2))
            sb.Line($"<li><span class=\"mn-date\">{TimeText.RuDay(t.Time)}, {TimeText.HourMinute(t.Time)}</span> <a href=\"{t.Url}\">{Html.Text(t.Title)}</a></li>");
        sb.Line("</ul></div>");
    }
}
