using System.Globalization;
using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>
/// Капитал Пресс: a business paper in windows-1251 with a market ticker, subscription banner and paywall
/// teaser; times in article:published_time meta and visibly as "24.11.2026 14:30"; "Источник:" for reprints.
/// </summary>
internal sealed partial class KapitalPressLayout : IOutletLayout
{
    private static readonly BodyStyle Style = new()
    {
        Heading2 = "<h2 class=\"b-article__h\">{0}</h2>",
        Heading3 = "<h3 class=\"b-article__h b-article__h--small\">{0}</h3>",
        QuoteOpen = "<blockquote class=\"b-quote\">",
        QuoteLine = "<p class=\"b-quote__text\">{0}</p>",
        TableOpen = "<div class=\"b-table-wrap\"><table class=\"b-table\" cellspacing=\"0\">",
        TableClose = "</table></div>",
    };

    public string Render(Page page, Site site)
    {
        var sb = new StringBuilder(44_000);
        Head(sb, page);
        sb.Line("<body class=\"p-article\">");
        Ticker(sb);
        Header(sb, page);
        sb.Line("<div class=\"l-wrap\">");
        sb.Line("<div class=\"l-main\">");
        Article(sb, page, site);
        More(sb, page, site);
        sb.Line("</div>");
        Sidebar(sb, page, site);
        sb.Line("</div>");
        Footer(sb);
        sb.Line(Counters.LiveInternet());
        sb.Line(Counters.Metrika("49011772"));
        sb.Line("</body>\n</html>");
        return sb.ToString();
    }

    private static void Article(StringBuilder sb, Page page, Site site)
    {
        var a = page.Article;
        sb.Line($"<article class=\"b-article\" data-id=\"{a.Id}\">");
        sb.Line($"<div class=\"b-article__rubric\"><a href=\"/rubric/{a.Category}/\">{Html.Text(a.Section)}</a></div>");
        sb.Line($"<h1 class=\"b-article__title\">{Html.Text(a.Title)}</h1>");
        sb.Append("<div class=\"b-article__meta\">");
        sb.Append(CultureInfo.InvariantCulture, $"<span class=\"b-article__date\">{TimeText.Numeric(a.Published)}</span>");
        if (a.Modified is { } m) sb.Append(CultureInfo.InvariantCulture, $" <span class=\"b-article__upd\">Обновлено: {TimeText.Numeric(m)}</span>");
        sb.Line($" <span class=\"b-article__views\">просмотров: {Stable.Number(page.Seed, 300, 9000)}</span> <a class=\"b-article__print\" href=\"{page.Url}?print=1\" rel=\"nofollow\">Версия для печати</a></div>");
        sb.Line($"<div class=\"b-article__announce\">{Html.Text(a.Lead)}</div>");
        sb.Line("<div class=\"b-article__photo\">");
        sb.Line($"<img src=\"{page.ImageUrl}\" width=\"1200\" height=\"675\" alt=\"{Html.Attr(a.Caption)}\" title=\"{Html.Attr(a.Caption)}\">");
        sb.Line($"<div class=\"b-article__photo-caption\">{Html.Text(a.Caption)}</div>");
        sb.Line($"<div class=\"b-article__photo-copy\">Фото © {Html.Text(a.Credit)}</div>");
        sb.Line("</div>");
        if (a.Author is not null)
            sb.Line($"<div class=\"b-article__author\">Текст: <a href=\"/authors/{Translit.Slug(a.Author)}/\">{Html.Text(a.Author)}</a></div>");

        var related = site.Related(page, 3);
        var points = BodyRenderer.InsertPoints(a.Body, 2);
        sb.Line("<div class=\"b-article__text js-mediator-article\">");
        sb.Append(BodyRenderer.Render(a.Body, Style, i =>
            points.Count > 0 && i == points[0]
                ? $"<div class=\"incut incut--related\"><div class=\"incut__title\">По теме</div><a class=\"incut__link\" href=\"{related[0].Url}\">{Html.Text(related[0].Title)}</a><a class=\"incut__link\" href=\"{related[1].Url}\">{Html.Text(related[1].Title)}</a></div>"
            : points.Count > 1 && i == points[1] ? Counters.AdSlot("kp-inpage-" + a.Id, "R-A-224419-7", "b-adv b-adv--inpage") : null));
        sb.Line("</div>");
        if (a.OriginalUrl is { } original)
            sb.Line($"<p class=\"b-article__source\">Источник: <a href=\"{Html.Attr(original)}\" target=\"_blank\" rel=\"nofollow\">{Html.Text(page.OriginalOutlet?.Name ?? original)}</a></p>");
        sb.Line("<div class=\"paywall-teaser\"><div class=\"paywall-teaser__title\">Понравился материал?</div>");
        sb.Line("<p class=\"paywall-teaser__text\">Оформите подписку на «Капитал Пресс» и читайте аналитику, рейтинги и отчётность компаний без ограничений. Первый месяц — 99 тенге.</p>");
        sb.Line("<a class=\"btn btn--accent\" href=\"/subscribe/?utm_source=paywall&amp;utm_medium=article\">Подписаться</a> <a class=\"btn btn--link\" href=\"/login/\">Я уже подписчик</a></div>");
        var tags = a.Tags.Count > 0 ? a.Tags : [a.Section];
        sb.Append("<div class=\"b-article__tags\">Теги: ");
        sb.Append(string.Join(", ", tags.Select(t => $"<a href=\"/tags/{Translit.Slug(t)}/\">{Html.Text(t)}</a>")));
        sb.Line("</div>");
        var u = Uri.EscapeDataString(page.Url);
        sb.Line($"<div class=\"b-share\"><span class=\"b-share__label\">Поделиться</span> <a class=\"b-share__wa\" href=\"https://wa.me/?text={u}\" rel=\"nofollow\">WhatsApp</a> <a class=\"b-share__tg\" href=\"https://t.me/share/url?url={u}\" rel=\"nofollow\">Telegram</a> <a class=\"b-share__fb\" href=\"https://www.facebook.com/sharer.php?u={u}\" rel=\"nofollow\">Facebook</a> <a class=\"b-share__in\" href=\"https://www.linkedin.com/shareArticle?url={u}\" rel=\"nofollow\">LinkedIn</a></div>");
        sb.Line("</article>");
    }

    private static void More(StringBuilder sb, Page page, Site site)
    {
        sb.Line("<section class=\"b-more\"><h2 class=\"b-more__title\">Читайте также</h2><div class=\"b-more__grid\">");
        foreach (var t in site.Related(page, 9).Skip(3))
        {
            sb.Line($"<div class=\"b-card\"><a class=\"b-card__img\" href=\"{t.Url}\"><img src=\"https://kapital-press.kz/upload/resize/{Translit.Slug(t.Title, 3)}-360x200.jpg\" alt=\"\" loading=\"lazy\"></a>");
            sb.Line($"<div class=\"b-card__rubric\">{Sections.Name(t.Category, "ru")}</div><a class=\"b-card__title\" href=\"{t.Url}\">{Html.Text(t.Title)}</a><div class=\"b-card__date\">{TimeText.Numeric(t.Time)}</div></div>");
        }
        sb.Line("</div></section>");
    }
}
