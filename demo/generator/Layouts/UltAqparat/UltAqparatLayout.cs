using System.Globalization;
using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>
/// Ұлт Ақпарат: a Kazakh-language site (Bootstrap-like grid) with a cookie banner, &lt;time datetime&gt; plus
/// visible "24 қараша 2026, 14:30", "Тағы оқыңыз" inserts in two forms, WYSIWYG-styled paragraphs, lazy images.
/// </summary>
internal sealed partial class UltAqparatLayout : IOutletLayout
{
    private static readonly BodyStyle Style = new()
    {
        Paragraph = "<p style=\"text-align: justify;\">{0}</p>",
        Heading2 = "<h2 style=\"text-align: justify;\"><strong>{0}</strong></h2>",
        Heading3 = "<h3 style=\"text-align: justify;\">{0}</h3>",
        QuoteOpen = "<blockquote class=\"blockquote\">",
        QuoteLine = "<p style=\"text-align: justify;\"><em>{0}</em></p>",
        TableOpen = "<div class=\"table-responsive\"><table class=\"table table-bordered\">",
        TableClose = "</table></div>",
    };

    /// <summary>In-body boilerplate: a standing promo paragraph after the first block, in the article's paragraph markup (not part of the truth text).</summary>
    internal const string PromoText = "Ұлт Ақпарат жаңалықтарын енді Telegram арнамыздан да оқи аласыз: күн сайын ең маңызды оқиғалар бір жерде жиналады.";

    private static string? WithPromo(int block, string? insert) =>
        block != 0 ? insert : Style.Paragraph.Replace("{0}", PromoText, StringComparison.Ordinal) + (insert is null ? "" : "\n" + insert);

    public string Render(Page page, Site site)
    {
        var sb = new StringBuilder(44_000);
        Head(sb, page);
        sb.Line("<body class=\"single-news\">");
        CookieBanner(sb);
        Header(sb, page, site);
        sb.Line("<main class=\"main\"><div class=\"container\"><div class=\"row\">");
        sb.Line("<div class=\"col-lg-8\">");
        Article(sb, page, site);
        Similar(sb, page, site);
        sb.Line("</div>");
        Sidebar(sb, page, site);
        sb.Line("</div></div></main>");
        Footer(sb);
        sb.Line(Counters.Metrika("90411277"));
        sb.Line("<script src=\"https://ultaqparat.kz/assets/js/bootstrap.bundle.min.js\"></script>\n<script src=\"https://ultaqparat.kz/assets/js/lazyload.min.js\"></script>");
        sb.Line("<script>var lazy = new LazyLoad({ elements_selector: \".lazy\" }); document.getElementById('cookieAccept').onclick = function () { document.cookie = 'cookie_ok=1; path=/; max-age=31536000'; document.getElementById('cookieNotice').remove(); };</script>");
        sb.Line("</body>\n</html>");
        return sb.ToString();
    }

    private static void Article(StringBuilder sb, Page page, Site site)
    {
        var a = page.Article;
        sb.Line("<nav aria-label=\"breadcrumb\"><ol class=\"breadcrumb\">");
        sb.Line($"<li class=\"breadcrumb-item\"><a href=\"/kk\">Басты бет</a></li><li class=\"breadcrumb-item\"><a href=\"/kk/{a.Category}\">{Html.Text(a.Section)}</a></li>");
        sb.Line("</ol></nav>");
        sb.Line($"<div class=\"news-single\" data-id=\"{a.Id}\">");
        sb.Line($"<h1 class=\"news-single__title\">{Html.Text(a.Title)}</h1>");
        sb.Append(CultureInfo.InvariantCulture, $"<div class=\"news-single__meta\"><time class=\"news-single__date\" datetime=\"{TimeText.Iso(a.Published)}\">{TimeText.KkLong(a.Published)}</time>");
        if (a.Modified is { } m)
            sb.Append(CultureInfo.InvariantCulture, $" <span class=\"news-single__upd\">Жаңартылды: <time datetime=\"{TimeText.Iso(m)}\">{TimeText.KkLong(m)}</time></span>");
        sb.Line($" <span class=\"news-single__views\"><i class=\"icon-eye\"></i> {Stable.Number(page.Seed, 400, 25000)}</span></div>");
        if (a.Author is not null)
            sb.Line($"<div class=\"news-single__author\">Дайындаған: <a href=\"/kk/author/{Translit.Slug(a.Author)}\">{Html.Text(a.Author)}</a></div>");
        sb.Line($"<div class=\"news-single__lead\"><strong>{Html.Text(a.Lead)}</strong></div>");
        sb.Line("<div class=\"news-single__img\">");
        sb.Line($"<img class=\"lazy img-fluid\" src=\"https://ultaqparat.kz/assets/img/blank.gif\" data-src=\"{page.ImageUrl}\" data-srcset=\"{page.ImageUrl} 1200w\" width=\"1200\" height=\"675\" alt=\"{Html.Attr(a.Caption)}\">");
        sb.Line($"<noscript><img src=\"{page.ImageUrl}\" alt=\"{Html.Attr(a.Caption)}\"></noscript>");
        sb.Line($"<p class=\"news-single__caption\">{Html.Text(a.Caption)} <span class=\"credit\">Фото: {Html.Text(a.Credit)}</span></p>");
        sb.Line("</div>");

        var related = site.Related(page, 2);
        var points = BodyRenderer.InsertPoints(a.Body, 2);
        sb.Line("<div class=\"news-single__text\">");
        sb.Append(BodyRenderer.Render(a.Body, Style, i => WithPromo(i,
            (points.Count > 0 && i == points[0]
                ? $"<div class=\"read-more-block\"><span class=\"read-more-block__label\">Тағы оқыңыз:</span> <a href=\"{related[0].Url}\">{Html.Text(related[0].Title)}</a></div>"
            : points.Count > 1 && i == points[1]
                ? $"<p style=\"text-align: justify;\"><strong>Тағы оқыңыз: <a href=\"{related[1].Url}\">{Html.Text(related[1].Title)}</a></strong></p>" : null))));
        sb.Line("</div>");
        if (a.OriginalUrl is { } original)
            sb.Line($"<p class=\"news-single__source\">Дереккөз: <a href=\"{Html.Attr(original)}\" target=\"_blank\" rel=\"nofollow\">{Html.Text(page.OriginalOutlet?.Name ?? original)}</a></p>");
        var tags = a.Tags.Count > 0 ? a.Tags : [a.Section];
        sb.Line("<div class=\"news-single__tags\"><span>Тегтер:</span> " + string.Concat(tags.Select(t => $"<a class=\"badge\" href=\"/kk/tag/{Translit.Slug(t)}\">#{Html.Text(t)}</a> ")) + "</div>");
        var u = Uri.EscapeDataString(page.Url);
        sb.Line("<div class=\"news-single__share\"><span>Бөлісу:</span>");
        foreach (var (net, href) in new[] { ("facebook", $"https://www.facebook.com/sharer/sharer.php?u={u}"), ("whatsapp", $"https://api.whatsapp.com/send?text={u}"), ("telegram", $"https://t.me/share/url?url={u}"), ("vk", $"https://vk.com/share.php?url={u}") })
            sb.Line($"<a class=\"share-{net}\" href=\"{href}\" target=\"_blank\" rel=\"noopener\">{Icons.Svg(net, 18)}</a>");
        sb.Line("</div>");
        sb.Line("<div class=\"news-single__subscribe\">Жаңалықтарды бірінші болып оқығыңыз келе ме? <a href=\"https://t.me/ultaqparat\" target=\"_blank\">Telegram-арнамызға</a> және <a href=\"https://instagram.com/ultaqparat\" target=\"_blank\">Instagram</a> парақшамызға жазылыңыз.</div>");
        sb.Line("</div>");
    }

    private static void Similar(StringBuilder sb, Page page, Site site)
    {
        sb.Line("<section class=\"similar-news\"><h3 class=\"section-title\">Ұқсас жаңалықтар</h3><div class=\"row\">");
        foreach (var t in site.Related(page, 8).Skip(2))
        {
            sb.Line($"<div class=\"col-md-4\"><div class=\"news-card\"><a href=\"{t.Url}\"><img class=\"lazy\" src=\"https://ultaqparat.kz/assets/img/blank.gif\" data-src=\"https://ultaqparat.kz/storage/thumbs/{Translit.Slug(t.Title, 3)}.webp\" alt=\"\"></a>");
            sb.Line($"<div class=\"news-card__body\"><span class=\"news-card__date\">{TimeText.KkDay(t.Time)}, {TimeText.HourMinute(t.Time)}</span><a class=\"news-card__title\" href=\"{t.Url}\">{Html.Text(t.Title)}</a></div></div></div>");
        }
        sb.Line("</div></section>");
    }
}
