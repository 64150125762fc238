using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>Капитал Пресс's head, ticker, header, sidebar and footer (windows-1251: Russian-only boilerplate).</summary>
internal sealed partial class KapitalPressLayout
{
    private static void Head(StringBuilder sb, Page page)
    {
        var a = page.Article;
        sb.Line("<!DOCTYPE html>\n<html lang=\"ru\">\n<head>");
        sb.Line("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">");
        sb.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Line($"<title>{Html.Text(a.Title)} | Капитал Пресс</title>");
        sb.Line($"<meta name=\"description\" content=\"{Html.Attr(a.Lead)}\">");
        sb.Line("<meta property=\"og:site_name\" content=\"Капитал Пресс\">\n<meta property=\"og:type\" content=\"article\">");
        sb.Line($"<meta property=\"og:title\" content=\"{Html.Attr(a.Title)}\">");
        sb.Line($"<meta property=\"og:description\" content=\"{Html.Attr(a.Lead)}\">");
        sb.Line($"<meta property=\"og:url\" content=\"{page.Url}\">\n<meta property=\"og:image\" content=\"{page.ImageUrl}\">");
        sb.Line($"<meta property=\"article:published_time\" content=\"{TimeText.Iso(a.Published)}\">");
        if (a.Modified is { } m) sb.Line($"<meta property=\"article:modified_time\" content=\"{TimeText.Iso(m)}\">");
        sb.Line($"<meta property=\"article:section\" content=\"{Html.Attr(a.Section)}\">");
        if (a.Author is not null) sb.Line($"<meta property=\"article:author\" content=\"{Html.Attr(a.Author)}\">");
        foreach (var tag in a.Tags) sb.Line($"<meta property=\"article:tag\" content=\"{Html.Attr(tag)}\">");
        sb.Line($"<link rel=\"canonical\" href=\"{page.Url}\">");
        sb.Line("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Капитал Пресс — все материалы\" href=\"https://kapital-press.kz/rss/all.xml\">");
        sb.Line("<link rel=\"shortcut icon\" href=\"/favicon.ico\">\n<link rel=\"stylesheet\" href=\"/bitrix/templates/kapital/css/template_styles.css?1719\">");
        sb.Line("<style>" + Css + "</style>");
        sb.Line("<script>var KP_PAGE = {type: 'article', id: " + a.Id + ", rubric: '" + a.Category + "', paywall: {freeLimit: 3, teaser: true}, adfox: {owner: 224419}};</script>");
        sb.Line(Counters.AdLoader());
        sb.Line("</head>");
    }

    private static void Ticker(StringBuilder sb)
    {
        sb.Line("<div class=\"ticker\"><div class=\"ticker__inner\">");
        foreach (var (name, value, change) in Quotes)
            sb.Line($"<span class=\"ticker__item\"><span class=\"ticker__name\">{name}</span> <span class=\"ticker__value\">{value}</span> <span class=\"ticker__change {(change.StartsWith('-') ? "is-down" : "is-up")}\">{change}</span></span>");
        sb.Line("<a class=\"ticker__more\" href=\"/markets/\">Все котировки</a></div></div>");
    }

    private static void Header(StringBuilder sb, Page page)
    {
        sb.Line("<header class=\"site-header\"><div class=\"site-header__inner\">");
        sb.Line("<a class=\"site-header__logo\" href=\"/\"><img src=\"https://kapital-press.kz/local/img/kapital-logo.svg\" alt=\"Капитал Пресс\" width=\"210\" height=\"40\"></a>");
        sb.Line("<div class=\"site-header__tagline\">Деловая газета Казахстана</div>");
        sb.Line("<div class=\"site-header__user\"><a class=\"btn btn--accent\" href=\"/subscribe/\">Подписка</a> <a class=\"site-header__login\" href=\"/login/\">Войти</a></div>");
        sb.Line("</div><nav class=\"site-nav\"><ul>");
        foreach (var (slug, name) in Rubrics)
            sb.Line($"<li{(slug == page.Article.Category ? " class=\"is-active\"" : "")}><a href=\"/rubric/{slug}/\">{name}</a></li>");
        sb.Line("</ul><form class=\"site-nav__search\" action=\"/search/\"><input type=\"text\" name=\"q\" placeholder=\"Поиск\"><button type=\"submit\">Найти</button></form></nav></header>");
        sb.Line("<div class=\"subscribe-banner\"><span class=\"subscribe-banner__text\">Подписка на «Капитал Пресс»: все материалы сайта и PDF-версия газеты — 1 990 тенге в месяц.</span> <a class=\"subscribe-banner__btn\" href=\"/subscribe/?from=banner\">Оформить</a> <button class=\"subscribe-banner__close\" type=\"button\" aria-label=\"Закрыть\">x</button></div>");
    }

    private static void Sidebar(StringBuilder sb, Page page, Site site)
    {
        sb.Line("<aside class=\"l-side\">");
        sb.Line("<div class=\"w-markets\"><div class=\"w-title\">Рынки</div><table class=\"w-markets__table\">");
        foreach (var (name, value, change) in Quotes.Take(6))
            sb.Line($"<tr><td>{name}</td><td>{value}</td><td class=\"{(change.StartsWith('-') ? "is-down" : "is-up")}\">{change}</td></tr>");
        sb.Line("</table><div class=\"w-markets__note\">Данные: KASE, биржевые агентства, с задержкой 15 минут</div></div>");
        sb.Line(Counters.AdSlot("kp-side-" + page.Article.Id, "R-A-224419-2", "b-adv b-adv--240x400"));
        sb.Line("<div class=\"w-top\"><div class=\"w-title\">Главное за неделю</div><ol>");
        foreach (var t in site.MostRead(page, 7)) sb.Line($"<li><a href=\"{t.Url}\">{Html.Text(t.Title)}</a></li>");
        sb.Line("</ol></div>");
        sb.Line("<div class=\"w-opinions\"><div class=\"w-title\">Мнения</div>");
        foreach (var (who, title) in Opinions)
            sb.Line($"<div class=\"w-opinion\"><div class=\"w-opinion__who\">{who}</div><a href=\"/opinions/{Translit.Slug(title)}/\">{title}</a></div>");
        sb.Line("</div>");
        sb.Line("<div class=\"w-press\"><div class=\"w-title\">Пресс-релизы</div><ul>");
        foreach (var release in PressReleases)
            sb.Line($"<li><a href=\"/press/{Translit.Slug(release)}/\">{release}</a> <span class=\"w-press__label\">на правах рекламы</span></li>");
        sb.Line("</ul></div></aside>");
    }

    private static void Footer(StringBuilder sb)
    {
        sb.Line("<footer class=\"site-footer\"><div class=\"site-footer__cols\">");
        sb.Line("<ul><li><a href=\"/about/\">О газете</a></li><li><a href=\"/advert/\">Реклама</a></li><li><a href=\"/subscribe/\">Подписка</a></li><li><a href=\"/archive/\">Архив номеров</a></li><li><a href=\"/contacts/\">Контакты</a></li></ul>");
        sb.Line("<ul>" + string.Concat(Rubrics.Select(r => $"<li><a href=\"/rubric/{r.Slug}/\">{r.Name}</a></li>")) + "</ul>");
        sb.Line("</div><div class=\"site-footer__legal\">");
        sb.Line("<p>© 2003–2026 ТОО «Капитал Медиа Групп». Деловая газета «Капитал Пресс». Свидетельство о постановке на учёт периодического печатного издания и сетевого издания № 4512-Г выдано Министерством информации и общественного развития Республики Казахстан.</p>");
        sb.Line("<p>Адрес редакции: 050000, Алматы, ул. Жибек Жолы, 135, БЦ «Квартал», 7 этаж. Телефон: +7 (727) 250-19-19. Рекламный отдел: reklama@kapital-press.kz</p>");
        sb.Line("<p>Любое использование материалов допускается только с письменного разрешения редакции. Мнение редакции может не совпадать с мнением авторов. 18+</p>");
        sb.Line("</div></footer>");
    }

    private static readonly (string Name, string Value, string Change)[] Quotes =
    [
        ("USD/KZT", "512,40", "+0,35"), ("EUR/KZT", "541,15", "-1,20"), ("RUB/KZT", "5,48", "+0,02"), ("CNY/KZT", "70,91", "+0,11"),
        ("Brent", "78,62", "-0,44"), ("KASE", "5 612,08", "+0,81%"), ("Золото", "2 684,10", "+0,27%"), ("Медь", "9 412,00", "-0,36%"),
    ];

    private static readonly (string Slug, string Name)[] Rubrics =
    [
        ("economy", "Экономика"), ("finance", "Финансы"), ("companies", "Компании"), ("markets", "Рынки"), ("realty", "Недвижимость"),
        ("technology", "Технологии"), ("world", "В мире"), ("politics", "Политика"), ("society", "Общество"), ("health", "Здоровье"), ("opinions", "Мнения"),
    ];

    private static readonly (string Who, string Title)[] Opinions =
    [
        ("Аскар Ниязов, экономист", "Почему бизнес снова откладывает инвестиции"),
        ("Елена Шульга, финансовый аналитик", "Депозиты или облигации: что выбрать в декабре"),
        ("Тимур Оспанов, юрист", "Новый Налоговый кодекс: пять вопросов без ответа"),
    ];

    private static readonly string[] PressReleases =
    [
        "Банк «Шанырак Финанс» запустил депозит с капитализацией для МСБ",
        "Логистическая компания «Тулпар Карго» открыла терминал в Хоргосе",
        "Страховая компания «Береке Life» подвела итоги девяти месяцев",
        "«Алтын Дала Агро» инвестирует в переработку зерна в Костанайской области",
        "IT-хаб «Astana Code» объявил набор стартапов в акселератор",
    ];

    private const string Css =
        "body{margin:0;font:15px/1.5 Georgia,'Times New Roman',serif;color:#222;background:#fff}a{color:#8a1c1c}"
        + ".ticker{background:#1d1d1d;color:#eee;font:12px/28px Arial,sans-serif;overflow:hidden;white-space:nowrap}.ticker__item{margin:0 14px}"
        + ".ticker__name{color:#aaa}.is-up{color:#3cb371}.is-down{color:#e05050}.ticker__more{color:#fff;margin-left:20px}"
        + ".site-header__inner{display:flex;align-items:center;gap:24px;max-width:1180px;margin:0 auto;padding:16px 10px}"
        + ".site-header__tagline{font-style:italic;color:#666}.site-header__user{margin-left:auto;font-family:Arial,sans-serif}"
        + ".btn{display:inline-block;padding:6px 14px;border-radius:3px;font:600 13px Arial,sans-serif;text-decoration:none}.btn--accent{background:#8a1c1c;color:#fff}"
        + ".site-nav{border-top:3px solid #8a1c1c;border-bottom:1px solid #ddd;max-width:1180px;margin:0 auto;display:flex}"
        + ".site-nav ul{display:flex;list-style:none;margin:0;padding:0}.site-nav li a{display:block;padding:10px 12px;font:600 13px Arial,sans-serif;color:#222;text-transform:uppercase;text-decoration:none}"
        + ".site-nav li.is-active a{color:#8a1c1c}.site-nav__search{margin-left:auto;padding:6px}.subscribe-banner{background:#fff4e0;text-align:center;padding:10px;font-family:Arial,sans-serif}"
        + ".l-wrap{display:flex;gap:30px;max-width:1180px;margin:20px auto;padding:0 10px}.l-main{flex:1;min-width:0}.l-side{width:300px;font-family:Arial,sans-serif;font-size:13px}"
        + ".b-article__rubric a{font:700 12px Arial,sans-serif;text-transform:uppercase;text-decoration:none}.b-article__title{font-size:32px;line-height:1.2;margin:6px 0}"
        + ".b-article__meta{font:12px Arial,sans-serif;color:#888;display:flex;gap:14px}.b-article__announce{font-size:19px;font-style:italic;margin:14px 0;color:#333}"
        + ".b-article__photo img{width:100%;height:auto}.b-article__photo-caption{font:13px Arial,sans-serif;color:#555}.b-article__photo-copy{font:11px Arial,sans-serif;color:#999}"
        + ".b-article__author{font:600 13px Arial,sans-serif;margin:12px 0}.b-article__text p{margin:0 0 16px}.b-article__h{font-size:22px;margin:24px 0 10px}"
        + ".b-quote{margin:20px 0;padding:10px 24px;border-left:3px solid #8a1c1c;background:#faf6f0}.b-table{border-collapse:collapse;width:100%;font:13px Arial,sans-serif}"
        + ".b-table td,.b-table th{border:1px solid #ccc;padding:6px 8px}.b-table th{background:#f2ede4}.incut{border-top:2px solid #222;border-bottom:1px solid #ddd;padding:10px 0;margin:20px 0;font-family:Arial,sans-serif}"
        + ".incut__title{font-weight:700;text-transform:uppercase;font-size:12px}.incut__link{display:block;margin-top:6px;font-weight:600}"
        + ".paywall-teaser{background:#f7f3ec;border:1px solid #e3d8c6;padding:20px;margin:24px 0;font-family:Arial,sans-serif}.paywall-teaser__title{font-size:18px;font-weight:700}"
        + ".b-share{margin:16px 0;font:13px Arial,sans-serif}.b-share a{margin-right:10px}.b-more__grid{display:grid;grid-template-columns:repeat(3,1fr);gap:18px}"
        + ".b-card img{width:100%;height:auto}.b-card__rubric{font:700 11px Arial,sans-serif;text-transform:uppercase;color:#8a1c1c}.b-card__date{font:11px Arial,sans-serif;color:#999}"
        + ".w-title{font-weight:700;text-transform:uppercase;border-bottom:2px solid #222;margin:18px 0 8px}.w-markets__table{width:100%}.w-markets__note{color:#999;font-size:11px}"
        + ".site-footer{background:#f2f2f2;margin-top:40px;padding:24px 10px;font:12px Arial,sans-serif;color:#555}.site-footer__cols{display:flex;gap:40px;max-width:1180px;margin:0 auto}"
        + ".site-footer__cols ul{list-style:none;padding:0}.site-footer__legal{max-width:1180px;margin:0 auto}";
}
