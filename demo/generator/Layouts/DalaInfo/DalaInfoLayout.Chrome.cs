using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>Dala Info's head, header, sidebar and footer.</summary>
internal sealed partial class DalaInfoLayout
{
    private static void Head(StringBuilder sb, Page page, Site site)
    {
        var a = page.Article;
        sb.Line("<!DOCTYPE html>");
        sb.Line($"<html lang=\"{page.Lang}\" prefix=\"og: https://ogp.me/ns#\">");
        sb.Line("<head>");
        sb.Line("<meta charset=\"utf-8\">");
        sb.Line("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">");
        sb.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, maximum-scale=5\">");
        sb.Line($"<title>{Html.Text(a.Title)} - Dala Info</title>");
        sb.Line($"<meta name=\"description\" content=\"{Html.Attr(a.Lead)}\">");
        if (a.Tags.Count > 0) sb.Line($"<meta name=\"keywords\" content=\"{Html.Attr(string.Join(", ", a.Tags))}\">");
        sb.Line($"<meta property=\"og:type\" content=\"article\">");
        sb.Line($"<meta property=\"og:title\" content=\"{Html.Attr(a.Title)}\">");
        sb.Line($"<meta property=\"og:description\" content=\"{Html.Attr(a.Lead)}\">");
        sb.Line($"<meta property=\"og:url\" content=\"{page.Url}\">");
        sb.Line($"<meta property=\"og:image\" content=\"{page.ImageUrl}\">");
        sb.Line("<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"675\">");
        sb.Line($"<meta property=\"og:locale\" content=\"{(page.Lang == "kk" ? "kk_KZ" : "ru_RU")}\">");
        sb.Line("<meta name=\"twitter:card\" content=\"summary_large_image\">");
        sb.Line($"<meta name=\"twitter:title\" content=\"{Html.Attr(a.Title)}\">");
        sb.Line($"<meta name=\"twitter:image\" content=\"{page.ImageUrl}\">");
        sb.Line($"<link rel=\"canonical\" href=\"{page.Url}\">");
        sb.Line($"<link rel=\"alternate\" hreflang=\"{page.Lang}\" href=\"{page.Url}\">");
        foreach (var t in site.Translations(page)) sb.Line($"<link rel=\"alternate\" hreflang=\"{t.Lang}\" href=\"{t.Url}\">");
        sb.Line("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Dala Info\" href=\"https://dala-info.kz/rss.xml\">");
        sb.Line("<link rel=\"icon\" href=\"https://dala-info.kz/favicon.ico\" sizes=\"any\">\n<link rel=\"icon\" href=\"https://dala-info.kz/static/img/favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"apple-touch-icon\" href=\"https://dala-info.kz/static/img/apple-touch-icon.png\">");
        sb.Line("<link rel=\"preconnect\" href=\"https://cdn.dala-info.kz\" crossorigin>\n<link rel=\"preload\" href=\"https://cdn.dala-info.kz/static/fonts/golos-text-v4.woff2\" as=\"font\" type=\"font/woff2\" crossorigin>");
        sb.Line("<link rel=\"stylesheet\" href=\"https://cdn.dala-info.kz/static/css/main.7c1e02f4.css\">");
        sb.Line("<style>" + Css + "</style>");
        sb.Line("<script>window.__DALA_CONFIG__={\"lang\":\"" + page.Lang + "\",\"section\":\"" + a.Category + "\",\"articleId\":" + a.Id
            + ",\"ads\":{\"enabled\":true,\"provider\":\"yandex\",\"inread\":true},\"comments\":false,\"push\":{\"vapid\":\"BPl6x9Qe3Kd0LzA7r8Zs1m\"}};</script>");
        sb.Line(Counters.AdLoader());
        sb.Line("</head>");
    }

    private static void Header(StringBuilder sb, Page page, Site site, DalaInfoWords w)
    {
        var prefix = page.Lang == "kk" ? "/kz" : "/ru";
        var ru = page.Lang == "ru" ? page.Url : site.Translations(page).FirstOrDefault(t => t.Lang == "ru")?.Url ?? "https://dala-info.kz/ru/";
        var kz = page.Lang == "kk" ? page.Url : site.Translations(page).FirstOrDefault(t => t.Lang == "kk")?.Url ?? "https://dala-info.kz/kz/";
        sb.Line("<header class=\"layout-header\">");
        sb.Line("<div class=\"layout-header__top container\">");
        sb.Line($"<a class=\"logo\" href=\"{prefix}/\"><img src=\"https://dala-info.kz/static/img/logo-dala.svg\" width=\"148\" height=\"36\" alt=\"Dala Info\"></a>");
        sb.Line($"<div class=\"site-version\"><span class=\"site-version__label\">{w.Version}</span>");
        sb.Line($"<a class=\"site-version__link{(page.Lang == "ru" ? " is-active" : "")}\" href=\"{ru}\">ru</a> <a class=\"site-version__link{(page.Lang == "kk" ? " is-active" : "")}\" href=\"{kz}\">kz</a></div>");
        sb.Line("<div class=\"currency-mini\"><span>" + w.Currency + "</span> <span class=\"currency-mini__item\">USD 512.40</span> <span class=\"currency-mini__item\">EUR 541.15</span> <span class=\"currency-mini__item\">RUB 5.48</span></div>");
        sb.Line($"<form class=\"search-form\" action=\"{prefix}/search/\" method=\"get\"><input type=\"search\" name=\"q\" placeholder=\"{w.Search}\" aria-label=\"{w.Search}\"><button type=\"submit\">{Icons.Svg("search")}</button></form>");
        sb.Line("</div>");
        sb.Line("<nav class=\"main-menu container\"><ul class=\"main-menu__list\">");
        foreach (var (category, name) in Sections.All(page.Lang))
            sb.Line($"<li class=\"main-menu__item{(category == page.Article.Category ? " main-menu__item--active" : "")}\"><a href=\"{prefix}/news/{category}/\">{name}</a></li>");
        sb.Line($"<li class=\"main-menu__item main-menu__item--all\"><button class=\"js-all-categories\" type=\"button\">{Icons.Svg("menu")} {w.AllCategories}</button></li>");
        sb.Line("</ul></nav>");
        sb.Line("<div class=\"all-categories js-all-categories-panel\" hidden><ul>");
        foreach (var (category, name) in Sections.All(page.Lang))
            sb.Line($"<li><a href=\"{prefix}/news/{category}/\">{name}</a></li>");
        foreach (var extra in page.Lang == "kk" ? ExtraKk : ExtraRu)
            sb.Line($"<li><a href=\"{prefix}/{Translit.Slug(extra)}/\">{extra}</a></li>");
        sb.Line("</ul></div>");
        sb.Line($"<section class=\"actual-bar container\"><h2 class=\"actual-bar__title\">{w.Actual}</h2><ul class=\"actual-bar__list\">");
        foreach (var t in site.MostRead(page, 5))
            sb.Line($"<li class=\"actual-bar__item\"><a href=\"{t.Url}\">{Html.Text(t.Title)}</a></li>");
        sb.Line("</ul></section>");
        sb.Line("</header>");
    }

    private static void Aside(StringBuilder sb, Page page, Site site, DalaInfoWords w)
    {
        sb.Line("<aside class=\"layout-content__aside\">");
        sb.Line($"<section class=\"latest-news\"><h2 class=\"block-title\">{w.Latest}</h2><ul class=\"latest-news__list\">");
        foreach (var t in site.Latest(page, 14))
            sb.Line($"<li class=\"latest-news__item\"><span class=\"latest-news__time\">{TimeText.HourMinute(t.Time)}</span> <a href=\"{t.Url}\">{Html.Text(t.Title)}</a></li>");
        sb.Line("</ul></section>");
        sb.Line(Counters.AdSlot("sidebar-" + page.Article.Id, "R-A-1735520-2", "aside-ad aside-ad--300x600"));
        sb.Line($"<section class=\"popular-news\"><h2 class=\"block-title\">{w.Popular}</h2><ol class=\"popular-news__list\">");
        foreach (var t in site.MostRead(page, 6))
            sb.Line($"<li><a href=\"{t.Url}\">{Html.Text(t.Title)}</a></li>");
        sb.Line("</ol></section>");
        sb.Line("</aside>");
    }

    private static void Footer(StringBuilder sb, Page page, DalaInfoWords w)
    {
        var prefix = page.Lang == "kk" ? "/kz" : "/ru";
        sb.Line("<footer class=\"layout-footer\"><div class=\"container\">");
        sb.Line("<div class=\"layout-footer__menu\"><ul>");
        foreach (var (category, name) in Sections.All(page.Lang)) sb.Line($"<li><a href=\"{prefix}/news/{category}/\">{name}</a></li>");
        sb.Line("</ul><ul>");
        sb.Line($"<li><a href=\"{prefix}/about/\">{w.About}</a></li><li><a href=\"{prefix}/advertising/\">{w.Advertising}</a></li><li><a href=\"{prefix}/contacts/\">{w.Contacts}</a></li><li><a href=\"{prefix}/rules/\">{w.Rules}</a></li>");
        sb.Line("</ul></div>");
        sb.Line("<div class=\"layout-footer__social\">");
        foreach (var (net, href) in new[] { ("telegram", "https://t.me/dalainfo_kz"), ("instagram", "https://instagram.com/dalainfo.kz"), ("youtube", "https://youtube.com/@dalainfo"), ("facebook", "https://facebook.com/dalainfo.kz") })
            sb.Line($"<a href=\"{href}\" target=\"_blank\" rel=\"noopener\" aria-label=\"{net}\">{Icons.Svg(net, 24)}</a>");
        sb.Line("</div>");
        sb.Line($"<p class=\"layout-footer__legal\">{w.Footer}</p>");
        sb.Line($"<p class=\"layout-footer__legal\">{w.Rights}</p>");
        sb.Line($"<p class=\"layout-footer__address\">{w.Address}</p>");
        sb.Line($"<p class=\"layout-footer__age\"><span class=\"age-badge\">16+</span> {w.Age}</p>");
        sb.Line("<p class=\"layout-footer__copy\">© 2014–2026 Dala Info</p>");
        sb.Line("</div></footer>");
        sb.Line("<script src=\"https://cdn.dala-info.kz/static/js/vendor.3b9d1a.js\" defer></script>\n<script src=\"https://cdn.dala-info.kz/static/js/article.f02c77.js\" defer></script>");
    }

    private static readonly string[] ExtraRu = ["Курсы валют", "Погода", "Авто", "Недвижимость", "Образование", "Спецпроекты", "Мнения", "Фото", "Видео", "Тесты"];
    private static readonly string[] ExtraKk = ["Валюта бағамы", "Ауа райы", "Авто", "Жылжымайтын мүлік", "Білім", "Арнайы жобалар", "Пікір", "Фото", "Видео", "Тесттер"];

    private const string Css =
        ":root{--brand:#0a7d5a;--brand-dark:#075c42;--text:#1b1f23;--muted:#6b7280;--line:#e5e7eb;--bg:#f6f7f8}"
        + "*{box-sizing:border-box}body{margin:0;font:16px/1.55 'Golos Text',Arial,sans-serif;color:var(--text);background:#fff}"
        + ".container{max-width:1240px;margin:0 auto;padding:0 16px}.layout-header{border-bottom:1px solid var(--line);background:#fff;position:sticky;top:0;z-index:50}"
        + ".layout-header__top{display:flex;align-items:center;gap:24px;height:64px}.logo img{display:block}"
        + ".site-version{display:flex;gap:6px;font-size:13px;color:var(--muted)}.site-version__link{color:var(--muted);text-transform:uppercase;text-decoration:none}"
        + ".site-version__link.is-active{color:var(--brand);font-weight:700}.currency-mini{font-size:13px;color:var(--muted);margin-left:auto}.currency-mini__item{margin-left:8px}"
        + ".search-form{display:flex}.search-form input{border:1px solid var(--line);border-radius:20px;padding:6px 14px;width:220px}.search-form button{border:0;background:none;color:var(--muted)}"
        + ".main-menu__list{display:flex;flex-wrap:wrap;gap:18px;list-style:none;margin:0;padding:10px 0}.main-menu__item a{color:var(--text);text-decoration:none;font-weight:500}"
        + ".main-menu__item--active a{color:var(--brand)}.main-menu__item--all button{border:0;background:none;font:inherit;display:flex;gap:6px;align-items:center;cursor:pointer}"
        + ".all-categories ul{columns:4;list-style:none;padding:16px}.actual-bar{display:flex;gap:16px;align-items:center;padding:8px 16px;background:var(--bg);overflow:hidden}"
        + ".actual-bar__title{font-size:13px;text-transform:uppercase;color:var(--brand);margin:0;white-space:nowrap}.actual-bar__list{display:flex;gap:20px;list-style:none;margin:0;padding:0;white-space:nowrap}"
        + ".actual-bar__item a{color:var(--text);font-size:14px;text-decoration:none}.layout-content{display:grid;grid-template-columns:1fr 320px;gap:32px;max-width:1240px;margin:24px auto;padding:0 16px}"
        + ".breadcrumbs{display:flex;gap:8px;list-style:none;padding:0;font-size:13px}.breadcrumbs__item+.breadcrumbs__item:before{content:'/';margin-right:8px;color:var(--muted)}"
        + ".breadcrumbs a{color:var(--muted);text-decoration:none}.article__title{font-size:34px;line-height:1.2;margin:8px 0 12px}"
        + ".article__info{display:flex;gap:16px;color:var(--muted);font-size:14px}.article__views{margin-left:auto}.article__author{font-size:14px;margin:8px 0}"
        + ".article__intro{font-size:19px;font-weight:500;margin:16px 0}.article-image{margin:0 0 20px}.article-image__img{width:100%;height:auto;border-radius:8px}"
        + ".article-image__caption{font-size:13px;color:var(--muted);margin-top:6px}.formatted-body p{margin:0 0 18px}.formatted-body__quote{border-left:4px solid var(--brand);margin:24px 0;padding:4px 20px;font-style:italic}"
        + ".formatted-body__table{overflow-x:auto}.table{border-collapse:collapse;width:100%}.table td,.table th{border:1px solid var(--line);padding:8px}.table--striped tr:nth-child(2n){background:var(--bg)}"
        + ".read-also-inline{background:var(--bg);border-radius:8px;padding:12px 16px;margin:20px 0;font-weight:500}.read-also-inline__label{color:var(--brand);margin-right:6px}"
        + ".inread-ad{min-height:250px;margin:24px 0;background:#fafafa}.article__source{font-size:14px;color:var(--muted)}.article__tags{display:flex;flex-wrap:wrap;gap:8px;margin:20px 0}"
        + ".tag{border:1px solid var(--line);border-radius:16px;padding:4px 12px;font-size:13px;color:var(--text);text-decoration:none}.share-block{display:flex;gap:10px;align-items:center}"
        + ".share-block__btn{display:inline-flex;width:36px;height:36px;border-radius:50%;align-items:center;justify-content:center;background:var(--bg);color:var(--text);border:0}"
        + ".promo-telegram a{display:flex;gap:12px;align-items:center;margin:24px 0;padding:16px;border-radius:8px;background:#e8f4fd;color:#0b5394;text-decoration:none}"
        + ".block-title{font-size:20px;margin:0 0 12px}.related-news__list{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;list-style:none;padding:0}"
        + ".related-news__item img{width:100%;aspect-ratio:16/9;object-fit:cover;border-radius:6px}.latest-news__list{list-style:none;padding:0;margin:0}"
        + ".latest-news__item{padding:10px 0;border-bottom:1px solid var(--line);font-size:14px}.latest-news__time{color:var(--brand);font-weight:700;margin-right:6px}"
        + ".aside-ad{margin:24px 0;min-height:600px}.popular-news__list{padding-left:20px}.layout-footer{background:#111827;color:#d1d5db;padding:32px 0;font-size:13px}"
        + ".layout-footer a{color:#d1d5db;text-decoration:none}.layout-footer__menu ul{display:flex;flex-wrap:wrap;gap:16px;list-style:none;padding:0}.age-badge{border:1px solid #d1d5db;padding:0 4px;margin-right:6px}"
        + "@media (max-width:960px){.layout-content{grid-template-columns:1fr}.layout-content__aside{display:none}.related-news__list{grid-template-columns:1fr 1fr}.article__title{font-size:26px}}";
}
