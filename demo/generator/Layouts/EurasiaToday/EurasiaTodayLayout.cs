using System.Globalization;
using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>
/// Евразия сегодня: a regional agency (ru, en). JSON-LD and OpenGraph times plus visible "24.11.2026, 14:30 (UTC+5)";
/// every body block wrapped in its own div (no &lt;p&gt;), "read also" asides, comments, most read, cookie banner.
/// </summary>
internal sealed partial class EurasiaTodayLayout : IOutletLayout
{
    private static readonly BodyStyle Style = new()
    {
        Paragraph = "<div class=\"article__block\" data-type=\"text\"><div class=\"article__text\">{0}</div></div>",
        Heading2 = "<div class=\"article__block\" data-type=\"h2\"><h2 class=\"article__h2\">{0}</h2></div>",
        Heading3 = "<div class=\"article__block\" data-type=\"h3\"><h3 class=\"article__h3\">{0}</h3></div>",
        QuoteOpen = "<div class=\"article__block\" data-type=\"quote\"><div class=\"article__quote\"><div class=\"article__quote-bg\"></div>",
        QuoteLine = "<div class=\"article__quote-text\">{0}</div>",
        QuoteClose = "</div></div>",
        BulletList = "<div class=\"article__block\" data-type=\"list\"><ul class=\"article__list\">",
        NumberList = "<div class=\"article__block\" data-type=\"list\"><ol class=\"article__list\">",
        BulletListClose = "</ul></div>",
        NumberListClose = "</ol></div>",
        ListItem = "<li class=\"article__list-item\">{0}</li>",
        TableOpen = "<div class=\"article__block\" data-type=\"table\"><div class=\"article__table\"><table>",
        TableClose = "</table></div></div>",
    };

    /// <summary>In-body boilerplate of the Russian edition: the same closing paragraph on every story.</summary>
    internal const string TelegramPlea = "Оперативные новости Центральной Азии круглосуточно публикуются в нашем Telegram-канале «Евразия сегодня» — t.me/eurasia_today_news.";

    public string Render(Page page, Site site)
    {
        var w = EurasiaTodayWords.For(page.Lang);
        var sb = new StringBuilder(46_000);
        Head(sb, page, site, w);
        sb.Line($"<body class=\"body m-article m-{page.Lang}\">");
        Header(sb, page, site, w);
        sb.Line("<div class=\"layout-article\"><div class=\"layout-article__main\">");
        Article(sb, page, site, w);
        Comments(sb, page, w);
        sb.Line("</div>");
        Rail(sb, page, site, w);
        sb.Line("</div>");
        Footer(sb, page, w);
        sb.Line($"<div class=\"cookie-warning\" data-cookie=\"et_cookie_ok\"><div class=\"cookie-warning__text\">{w.Cookie} <a href=\"/{page.Lang}/docs/cookies.html\">{(page.Lang == "en" ? "Learn more" : "Подробнее")}</a></div><button class=\"cookie-warning__btn\" type=\"button\">{w.CookieOk}</button></div>");
        sb.Line(Counters.Metrika("52184301"));
        sb.Line(Counters.TopMailRu("3110257"));
        sb.Line("</body>\n</html>");
        return sb.ToString();
    }

    private static void Article(StringBuilder sb, Page page, Site site, EurasiaTodayWords w)
    {
        var a = page.Article;
        sb.Line($"<div class=\"article m-{a.Category}\" data-article-id=\"{a.Id}\" data-article-type=\"article\">");
        sb.Line("<div class=\"article__header\">");
        sb.Append(CultureInfo.InvariantCulture, $"<div class=\"article__info\"><div class=\"article__info-date\"><a href=\"/{page.Lang}/{a.Category}/\" class=\"article__info-rubric\">{Html.Text(a.Section)}</a> <span class=\"article__info-time\">{TimeText.Agency(a.Published)}</span>");
        if (a.Modified is { } m) sb.Append(CultureInfo.InvariantCulture, $" <span class=\"article__info-date-modified\">({w.Updated} {TimeText.Agency(m)})</span>");
        sb.Line("</div></div>");
        sb.Line($"<h1 class=\"article__title\">{Html.Text(a.Title)}</h1>");
        sb.Line($"<div class=\"article__announce-text\">{Html.Text(a.Lead)}</div>");
        sb.Line("<div class=\"article__announce\"><div class=\"media\" data-media-type=\"ar16x9\"><div class=\"media__size\"><picture>");
        sb.Line($"<source media=\"(max-width: 767px)\" srcset=\"{page.ImageUrl}?w=640 640w\">");
        sb.Line($"<img loading=\"lazy\" src=\"{page.ImageUrl}\" srcset=\"{page.ImageUrl}?w=800 800w, {page.ImageUrl} 1200w\" sizes=\"(max-width: 1023px) 100vw, 800px\" width=\"1200\" height=\"675\" alt=\"{Html.Attr(a.Caption)}\" title=\"{Html.Attr(a.Caption)}\">");
        sb.Line($"</picture></div><div class=\"media__copyright\"><div class=\"media__copyright-item m-copyright\">© {Html.Text(a.Credit)}</div></div></div>");
        sb.Line($"<div class=\"media__caption\">{Html.Text(a.Caption)}</div></div>");
        if (a.Author is not null)
            sb.Line($"<div class=\"article__author\"><span class=\"article__author-label\">{w.Author}</span> <a class=\"article__author-name\" href=\"/{page.Lang}/authors/{Translit.Slug(a.Author)}/\">{Html.Text(a.Author)}</a></div>");
        sb.Line("</div>");

        var related = site.Related(page, 4);
        var points = BodyRenderer.InsertPoints(a.Body, 2);
        sb.Line("<div class=\"article__body js-mediator-article mia-analytics\">");
        sb.Append(BodyRenderer.Render(a.Body, Style, i =>
        {
            var k = points.IndexOf(i);
            if (k < 0) return null;
            var pair = related.Skip(k * 2).Take(2);
            return $"<div class=\"article__block\" data-type=\"article\"><aside class=\"article__article\"><div class=\"article__article-title\">{w.ReadAlso}</div>"
                + string.Concat(pair.Select(t => $"<a class=\"article__article-link\" href=\"{t.Url}\"><span class=\"article__article-info\">{TimeText.HourMinute(t.Time)}</span> {Html.Text(t.Title)}</a>"))
                + "</aside></div>";
        }));
        // The Russian edition closes every story with its Telegram plea, in the body's own paragraph markup (not part of the truth text).
        if (page.Lang == "ru") sb.Line(Style.Paragraph.Replace("{0}", TelegramPlea, StringComparison.Ordinal));
        sb.Line("</div>");
        if (a.OriginalUrl is { } original)
            sb.Line($"<div class=\"article__source\">{(page.Lang == "en" ? "Source" : "Источник")}: <a href=\"{Html.Attr(original)}\" target=\"_blank\" rel=\"nofollow\">{Html.Text(page.OriginalOutlet?.Name ?? original)}</a></div>");
        var tags = a.Tags.Count > 0 ? a.Tags : [a.Section];
        sb.Line("<div class=\"article__tags\"><ul class=\"article__tags-list\">" + string.Concat(tags.Select(t => $"<li class=\"article__tags-item\"><a href=\"/{page.Lang}/keyword_{Translit.Slug(t)}/\">{Html.Text(t)}</a></li>")) + "</ul></div>");
        var u = Uri.EscapeDataString(page.Url);
        sb.Line($"<div class=\"article__share\"><span class=\"article__share-title\">{w.Share}</span>");
        foreach (var (net, href) in new[] { ("telegram", $"https://t.me/share/url?url={u}"), ("whatsapp", $"https://wa.me/?text={u}"), ("vk", $"https://vk.com/share.php?url={u}"), ("x", $"https://twitter.com/intent/tweet?url={u}") })
            sb.Line($"<a class=\"share__item m-{net}\" href=\"{href}\" target=\"_blank\" rel=\"noopener\">{Icons.Svg(net, 20)}</a>");
        sb.Line("</div>");
        sb.Line("</div>");
    }

    private static void Comments(StringBuilder sb, Page page, EurasiaTodayWords w)
    {
        var list = Stable.Pick(Boilerplate.Comments.For(page.Lang), page.Seed >> 7, Stable.Number(page.Seed >> 2, 2, 3));
        sb.Line($"<section class=\"comments\" id=\"comments\"><h3 class=\"comments__title\">{w.Comments} <span class=\"comments__count\">{list.Count}</span></h3><ul class=\"comments__list\">");
        for (var i = 0; i < list.Count; i++)
        {
            var when = page.Article.Published.AddMinutes(24 + (i * 67) + (int)(page.Seed % 31));
            sb.Line($"<li class=\"comment\"><div class=\"comment__avatar\">{list[i].Name[..1]}</div><div class=\"comment__content\"><div class=\"comment__head\"><span class=\"comment__author\">{Html.Text(list[i].Name)}</span> <span class=\"comment__time\">{TimeText.Agency(when)[..17]}</span></div>");
            sb.Line($"<div class=\"comment__text\">{Html.Text(list[i].Text)}</div><div class=\"comment__actions\"><button type=\"button\" class=\"comment__like\">+{Stable.Number(page.Seed >> i, 0, 14)}</button></div></div></li>");
        }
        sb.Line($"</ul><div class=\"comments__login\">{w.LoginToComment}</div></section>");
    }
}
