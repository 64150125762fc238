using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>Ұлт Ақпарат's head, cookie banner, header, sidebar and footer.</summary>
internal sealed partial class UltAqparatLayout
{
    private static void Head(StringBuilder sb, Page page)
    {
        var a = page.Article;
        sb.Line("<!DOCTYPE html>\n<html lang=\"kk\">\n<head>");
        sb.Line("<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, shrink-to-fit=no\">");
        sb.Line($"<title>{Html.Text(a.Title)} - Ұлт Ақпарат</title>");
        sb.Line($"<meta name=\"description\" content=\"{Html.Attr(a.Lead)}\">");
        sb.Line($"<meta name=\"keywords\" content=\"{Html.Attr(string.Join(", ", a.Tags))}\">");
        sb.Line($"<meta property=\"og:title\" content=\"{Html.Attr(a.Title)}\">\n<meta property=\"og:description\" content=\"{Html.Attr(a.Lead)}\">\n<meta property=\"og:type\" content=\"article\">");
        sb.Line($"<meta property=\"og:url\" content=\"{page.Url}\">\n<meta property=\"og:image\" content=\"{page.ImageUrl}\">\n<meta property=\"og:locale\" content=\"kk_KZ\">");
        sb.Line("<meta name=\"twitter:card\" content=\"summary_large_image\">");
        sb.Line($"<link rel=\"canonical\" href=\"{page.Url}\">");
        sb.Line("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Ұлт Ақпарат\" href=\"https://ultaqparat.kz/kk/rss\">");
        sb.Line("<link rel=\"icon\" type=\"image/png\" href=\"https://ultaqparat.kz/assets/img/favicon.png\">");
        sb.Line("<link rel=\"stylesheet\" href=\"https://ultaqparat.kz/assets/css/bootstrap.min.css\">\n<link rel=\"stylesheet\" href=\"https://ultaqparat.kz/assets/css/style.css?v=3.8.2\">");
        sb.Line("<style>" + Css + "</style>");
        sb.Line(Counters.Gtag("G-UA7K2M3QX1"));
        sb.Line("</head>");
    }

    private static void CookieBanner(StringBuilder sb) =>
        sb.Line("<div class=\"cookie-notice\" id=\"cookieNotice\" role=\"dialog\"><p>Біз сайттың жұмысын жақсарту үшін cookie файлдарын пайдаланамыз. Сайтты пайдалануды жалғастыра отырып, сіз <a href=\"/kk/privacy\">құпиялылық саясатымен</a> келісесіз.</p><button type=\"button\" id=\"cookieAccept\" class=\"btn btn-primary btn-sm\">Келісемін</button></div>");

    private static void Header(StringBuilder sb, Page page, Site site)
    {
        sb.Line("<div class=\"top-bar\"><div class=\"container d-flex\">");
        sb.Line("<div class=\"top-bar__lang\"><a class=\"active\" href=\"/kk\">ҚАЗ</a> <a href=\"/ru\">РУС</a> <a href=\"/en\">ENG</a></div>");
        sb.Line("<div class=\"top-bar__info\"><span>Астана -8°</span> <span>Алматы -2°</span> <span>USD 512.40</span> <span>EUR 541.15</span> <span>RUB 5.48</span></div>");
        sb.Line("<div class=\"top-bar__social\">" + string.Concat(SocialNetworks.Select(n => $"<a href=\"https://ultaqparat.kz/go/{n}\" aria-label=\"{n}\">{Icons.Svg(n, 16)}</a>")) + "</div>");
        sb.Line("</div></div>");
        sb.Line("<header class=\"header\"><div class=\"container d-flex align-items-center\">");
        sb.Line("<a class=\"header__logo\" href=\"/kk\"><img src=\"https://ultaqparat.kz/assets/img/logo.svg\" alt=\"Ұлт Ақпарат\" width=\"190\" height=\"44\"></a>");
        sb.Line("<nav class=\"header__nav\"><ul class=\"nav\">");
        foreach (var (category, name) in Sections.All("kk"))
            sb.Line($"<li class=\"nav-item\"><a class=\"nav-link{(category == page.Article.Category ? " active" : "")}\" href=\"/kk/{category}\">{name}</a></li>");
        sb.Line("<li class=\"nav-item\"><a class=\"nav-link\" href=\"/kk/interview\">Сұхбат</a></li><li class=\"nav-item\"><a class=\"nav-link\" href=\"/kk/video\">Видео</a></li>");
        sb.Line("</ul></nav>");
        sb.Line($"<form class=\"header__search\" action=\"/kk/search\"><input class=\"form-control\" type=\"search\" name=\"q\" placeholder=\"Іздеу...\"><button class=\"btn\" type=\"submit\">{Icons.Svg("search", 18)}</button></form>");
        sb.Line("</div></header>");
        var hot = site.Latest(page, 1)[0];
        sb.Line($"<div class=\"breaking\"><div class=\"container\"><span class=\"breaking__label\">Шұғыл</span> <a href=\"{hot.Url}\">{Html.Text(hot.Title)}</a></div></div>");
    }

    private static void Sidebar(StringBuilder sb, Page page, Site site)
    {
        sb.Line("<div class=\"col-lg-4\"><aside class=\"sidebar\">");
        sb.Line("<div class=\"sidebar-block\"><h4 class=\"sidebar-block__title\">Соңғы жаңалықтар</h4><ul class=\"last-news\">");
        foreach (var t in site.Latest(page, 12))
            sb.Line($"<li class=\"last-news__item\"><span class=\"last-news__time\">{TimeText.HourMinute(t.Time)}</span><a href=\"{t.Url}\">{Html.Text(t.Title)}</a></li>");
        sb.Line("</ul><a class=\"sidebar-block__more\" href=\"/kk/news\">Барлық жаңалықтар</a></div>");
        sb.Line(Counters.AdSlot("ua-side-" + page.Article.Id, "R-A-2047711-1", "sidebar-adv"));
        sb.Line("<div class=\"sidebar-block\"><h4 class=\"sidebar-block__title\">Көп оқылған</h4><ol class=\"popular\">");
        foreach (var t in site.MostRead(page, 5)) sb.Line($"<li><a href=\"{t.Url}\">{Html.Text(t.Title)}</a></li>");
        sb.Line("</ol></div>");
        sb.Line("<div class=\"sidebar-block sidebar-block--quote\"><h4 class=\"sidebar-block__title\">Күн дәйексөзі</h4><blockquote>«Білімдіден шыққан сөз, талаптыға болсын кез».</blockquote><cite>Абай</cite></div>");
        sb.Line("</aside></div>");
    }

    private static void Footer(StringBuilder sb)
    {
        sb.Line("<footer class=\"footer\"><div class=\"container\"><div class=\"row\">");
        sb.Line("<div class=\"col-md-4\"><img src=\"https://ultaqparat.kz/assets/img/logo-white.svg\" alt=\"Ұлт Ақпарат\" width=\"160\"><p class=\"footer__about\">«Ұлт Ақпарат» — Қазақстан мен әлем жаңалықтарын қазақ тілінде жеткізетін ақпараттық портал.</p></div>");
        sb.Line("<div class=\"col-md-4\"><ul class=\"footer__menu\">" + string.Concat(Sections.All("kk").Select(s => $"<li><a href=\"/kk/{s.Category}\">{s.Name}</a></li>")) + "</ul></div>");
        sb.Line("<div class=\"col-md-4\"><ul class=\"footer__menu\"><li><a href=\"/kk/about\">Біз туралы</a></li><li><a href=\"/kk/advert\">Жарнама</a></li><li><a href=\"/kk/contacts\">Байланыс</a></li><li><a href=\"/kk/privacy\">Құпиялылық саясаты</a></li></ul></div>");
        sb.Line("</div>");
        sb.Line("<p class=\"footer__legal\">© 2026 «Ұлт Ақпарат» ақпараттық порталы. Барлық құқықтар қорғалған. Бұқаралық ақпарат құралын есепке қою туралы куәлік № KZ12VPY00054321 берген Қазақстан Республикасы Мәдениет және ақпарат министрлігі.</p>");
        sb.Line("<p class=\"footer__legal\">Мекенжайы: Астана, Қабанбай батыр даңғылы, 11/5, 8-қабат. Тел.: +7 (7172) 79-20-20. Материалдарды көшіріп басқанда сілтеме міндетті. 16+</p>");
        sb.Line("</div></footer>");
    }

    private static readonly string[] SocialNetworks = ["facebook", "instagram", "telegram", "youtube"];

    private const string Css =
        "body{font-family:'Montserrat',Arial,sans-serif;color:#212529;background:#f8f9fa}.cookie-notice{position:fixed;bottom:0;left:0;right:0;z-index:1000;background:#263238;color:#fff;padding:12px 20px;display:flex;gap:16px;align-items:center}"
        + ".cookie-notice p{margin:0;font-size:14px}.cookie-notice a{color:#80cbc4}.top-bar{background:#00695c;color:#fff;font-size:13px;padding:4px 0}.top-bar a{color:#fff;margin-right:8px}"
        + ".top-bar__lang .active{font-weight:700;text-decoration:underline}.top-bar__info{margin:0 auto}.top-bar__info span{margin-right:14px}.header{background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.08);padding:12px 0}"
        + ".header__nav .nav-link{color:#212529;font-weight:600;font-size:14px;padding:8px 10px}.header__nav .nav-link.active{color:#00897b}.header__search{margin-left:auto;display:flex}"
        + ".breaking{background:#fff3e0;padding:8px 0;font-size:14px}.breaking__label{background:#e53935;color:#fff;padding:2px 8px;border-radius:3px;margin-right:8px;font-weight:700;text-transform:uppercase}"
        + ".main{padding:24px 0}.breadcrumb{background:none;padding:0;font-size:13px}.news-single{background:#fff;padding:24px;border-radius:6px}.news-single__title{font-size:30px;font-weight:700;line-height:1.25}"
        + ".news-single__meta{color:#6c757d;font-size:13px;display:flex;gap:14px;margin:10px 0}.news-single__author{font-size:14px;margin-bottom:10px}.news-single__lead{font-size:18px;margin:14px 0}"
        + ".news-single__img img{width:100%;height:auto;border-radius:4px}.news-single__caption{font-size:13px;color:#6c757d;margin-top:6px}.credit{font-style:italic}"
        + ".news-single__text{font-size:17px;line-height:1.7}.news-single__text h2{font-size:22px;margin:22px 0 10px}.blockquote{border-left:4px solid #00897b;padding-left:16px;margin:20px 0}"
        + ".read-more-block{background:#e0f2f1;padding:12px 16px;margin:18px 0;border-radius:4px;font-weight:600}.read-more-block__label{color:#00695c;margin-right:6px}"
        + ".news-single__tags .badge{background:#eceff1;color:#37474f;padding:5px 10px;margin:0 4px 4px 0;font-weight:500;border-radius:12px;text-decoration:none}"
        + ".news-single__share a{display:inline-flex;width:34px;height:34px;align-items:center;justify-content:center;border-radius:50%;background:#eceff1;margin-right:6px;color:#37474f}"
        + ".news-single__subscribe{margin-top:18px;padding:14px;background:#f1f8e9;border-radius:4px;font-size:14px}.similar-news{margin-top:24px}.news-card{background:#fff;border-radius:6px;overflow:hidden;margin-bottom:16px}"
        + ".news-card img{width:100%;aspect-ratio:16/9;object-fit:cover}.news-card__body{padding:10px}.news-card__date{display:block;font-size:12px;color:#6c757d}.news-card__title{font-weight:600;color:#212529}"
        + ".sidebar-block{background:#fff;padding:16px;border-radius:6px;margin-bottom:20px}.sidebar-block__title{font-size:16px;font-weight:700;border-bottom:2px solid #00897b;padding-bottom:6px}"
        + ".last-news{list-style:none;padding:0;margin:0}.last-news__item{display:flex;gap:10px;padding:8px 0;border-bottom:1px solid #eee;font-size:14px}.last-news__time{color:#00897b;font-weight:700}"
        + ".sidebar-adv{min-height:300px;margin-bottom:20px}.footer{background:#263238;color:#b0bec5;padding:32px 0;font-size:13px}.footer a{color:#eceff1}.footer__menu{list-style:none;padding:0}";
}
