using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>
/// Dala Info, modelled on ../shared/seed: "Версия сайта ru kz", "Актуальное", "Все категории", Top.Mail.Ru,
/// "Опубликовано:" date line, a "Читайте также:" div inside the body, "Оригинал статьи:" for republications.
/// It never writes a machine-readable date: no meta times, no JSON-LD, no &lt;time&gt;.
/// </summary>
internal sealed partial class DalaInfoLayout : IOutletLayout
{
    private static readonly BodyStyle Style = new()
    {
        Heading2 = "<h2 class=\"formatted-body__heading\">{0}</h2>",
        Heading3 = "<h3 class=\"formatted-body__subheading\">{0}</h3>",
        QuoteOpen = "<blockquote class=\"formatted-body__quote\">",
        BulletList = "<ul class=\"formatted-body__list\">",
        NumberList = "<ol class=\"formatted-body__list formatted-body__list--ordered\">",
        TableOpen = "<div class=\"formatted-body__table\"><table class=\"table table--striped\">",
        TableClose = "</table></div>",
    };

    public string Render(Page page, Site site)
    {
        var w = DalaInfoWords.For(page.Lang);
        var sb = new StringBuilder(48_000);
        Head(sb, page, site);
        sb.Line("<body class=\"page page--article\" data-lang=\"" + page.Lang + "\">");
        sb.Line(Counters.TopMailRu("3296614"));
        Header(sb, page, site, w);
        sb.Line("<main class=\"layout-content\">");
        sb.Line("<div class=\"layout-content__main\">");
        Article(sb, page, site, w);
        RelatedBlock(sb, page, site, w);
        sb.Line("</div>");
        Aside(sb, page, site, w);
        sb.Line("</main>");
        Footer(sb, page, w);
        sb.Line(Counters.Metrika("86211934"));
        sb.Line("</body>");
        sb.Line("</html>");
        return sb.ToString();
    }

    private static void Article(StringBuilder sb, Page page, Site site, DalaInfoWords w)
    {
        var a = page.Article;
        var prefix = page.Lang == "kk" ? "/kz" : "/ru";
        sb.Line("<div class=\"js-article article-container\" data-article-id=\"" + a.Id + "\">");
        sb.Line("<ul class=\"breadcrumbs\">");
        sb.Line($"<li class=\"breadcrumbs__item\"><a href=\"{prefix}/\">{w.Home}</a></li>");
        sb.Line($"<li class=\"breadcrumbs__item\"><a href=\"{prefix}/news/\">{w.News}</a></li>");
        sb.Line($"<li class=\"breadcrumbs__item\"><a href=\"{prefix}/news/{a.Category}/\">{Html.Text(a.Section)}</a></li>");
        sb.Line("</ul>");
        sb.Line($"<h1 class=\"article__title\">{Html.Text(a.Title)}</h1>");
        sb.Line("<div class=\"article__info\">");
        sb.Line($"<div class=\"article__date-line\"><span class=\"article__label\">{w.Published}</span> <span class=\"article__value\">{Date(a.Published, page.Lang)}</span></div>");
        if (a.Modified is { } m)
            sb.Line($"<div class=\"article__date-line article__date-line--upd\"><span class=\"article__label\">{w.Updated}</span> <span class=\"article__value\">{Date(m, page.Lang)}</span></div>");
        sb.Line($"<div class=\"article__views\"><svg width=\"16\" height=\"16\" aria-hidden=\"true\"><use href=\"#icon-eye\"></use></svg> {Stable.Number(page.Seed, 1200, 48000)}</div>");
        sb.Line("</div>");
        if (a.Author is not null)
            sb.Line($"<div class=\"article__author\"><span class=\"article__author-label\">{w.Author}</span> <a class=\"article__author-name\" href=\"{prefix}/author/{Translit.Slug(a.Author)}/\">{Html.Text(a.Author)}</a></div>");
        sb.Line($"<div class=\"article__intro\"><p>{Html.Text(a.Lead)}</p></div>");
        sb.Line("<div class=\"article__image\">");
        sb.Line("<figure class=\"article-image\">");
        sb.Line($"<img class=\"article-image__img\" src=\"{page.ImageUrl}\" width=\"1200\" height=\"675\" alt=\"{Html.Attr(a.Caption)}\">");
        sb.Line($"<figcaption class=\"article-image__caption\">{Html.Text(WithStop(a.Caption))} {w.Photo} {Html.Text(a.Credit)}</figcaption>");
        sb.Line("</figure>");
        sb.Line("</div>");

        var related = site.Related(page, 1);
        var points = BodyRenderer.InsertPoints(a.Body, 2);
        sb.Line("<div class=\"article__body formatted-body js-article-body\">");
        sb.Append(BodyRenderer.Render(a.Body, Style, i =>
            points.Count > 0 && i == points[0] ? ReadAlso(related[0], w)
            : points.Count > 1 && i == points[1] ? Counters.AdSlot("inread-" + a.Id, "R-A-1735520-4", "inread-ad") : null));
        // "Ранее …" (seed habit) is written by the authors as the body's last paragraph, so it is truth, not added here.
        sb.Line("</div>");
        if (a.OriginalUrl is { } original)
            sb.Line($"<p class=\"article__source\">{w.Original} <a href=\"{Html.Attr(original)}\" target=\"_blank\" rel=\"nofollow noopener\">{Html.Text(original)}</a></p>");
        Tags(sb, page, w, prefix);
        Share(sb, page, w);
        sb.Line("<div class=\"promo-telegram\"><a href=\"https://t.me/dalainfo_kz\" target=\"_blank\" rel=\"noopener\">" + Icons.Svg("telegram", 24) + "<span>" + w.Telegram + "</span></a></div>");
        sb.Line("</div>");
    }

    private static string ReadAlso(Teaser t, DalaInfoWords w) =>
        $"<div class=\"read-also-inline\"><span class=\"read-also-inline__label\">{w.ReadAlso}</span> <a class=\"read-also-inline__link\" href=\"{t.Url}\">{Html.Text(t.Title)}</a></div>";

    private static void Tags(StringBuilder sb, Page page, DalaInfoWords w, string prefix)
    {
        var tags = page.Article.Tags.Count > 0 ? page.Article.Tags : [page.Article.Section];
        sb.Line($"<div class=\"article__tags\"><span class=\"article__tags-label\">{w.Tags}</span>");
        foreach (var tag in tags)
            sb.Line($"<a class=\"tag\" href=\"{prefix}/tags/{Translit.Slug(tag)}/\">{Html.Text(tag)}</a>");
        sb.Line("</div>");
    }

    private static void Share(StringBuilder sb, Page page, DalaInfoWords w)
    {
        var u = Uri.EscapeDataString(page.Url);
        sb.Line($"<div class=\"share-block\"><span class=\"share-block__label\">{w.Share}</span>");
        sb.Line($"<a class=\"share-block__btn share-block__btn--fb\" href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" target=\"_blank\" rel=\"noopener\" aria-label=\"Facebook\">{Icons.Svg("facebook")}</a>");
        sb.Line($"<a class=\"share-block__btn share-block__btn--tg\" href=\"https://t.me/share/url?url={u}\" target=\"_blank\" rel=\"noopener\" aria-label=\"Telegram\">{Icons.Svg("telegram")}</a>");
        sb.Line($"<a class=\"share-block__btn share-block__btn--wa\" href=\"https://wa.me/?text={u}\" target=\"_blank\" rel=\"noopener\" aria-label=\"WhatsApp\">{Icons.Svg("whatsapp")}</a>");
        sb.Line($"<a class=\"share-block__btn share-block__btn--vk\" href=\"https://vk.com/share.php?url={u}\" target=\"_blank\" rel=\"noopener\" aria-label=\"VK\">{Icons.Svg("vk")}</a>");
        sb.Line($"<button class=\"share-block__btn share-block__btn--copy js-copy-link\" type=\"button\" aria-label=\"Copy\">{Icons.Svg("link")}</button>");
        sb.Line("</div>");
    }

    private static void RelatedBlock(StringBuilder sb, Page page, Site site, DalaInfoWords w)
    {
        sb.Line($"<section class=\"related-news\"><h2 class=\"block-title\">{w.Related}</h2><ul class=\"related-news__list\">");
        foreach (var t in site.Related(page, 8).Skip(2))
            sb.Line($"<li class=\"related-news__item\"><a href=\"{t.Url}\"><img src=\"{page.Outlet.Home}/static/img/placeholder-16x9.png\" data-src=\"{page.Outlet.Home}/media/thumbs/{Translit.Slug(t.Title, 3)}.jpg\" class=\"lazy\" alt=\"\"><span class=\"related-news__title\">{Html.Text(t.Title)}</span></a></li>");
        sb.Line("</ul></section>");
    }

    private static string Date(DateTimeOffset t, string lang) => lang == "kk" ? TimeText.KkLong(t) : TimeText.RuLong(t);

    private static string WithStop(string caption) => caption.EndsWith('.') || caption.EndsWith('!') || caption.EndsWith('?') ? caption : caption + ".";
}
