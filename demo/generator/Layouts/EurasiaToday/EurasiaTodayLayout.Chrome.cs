using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>Евразия сегодня's head (OpenGraph, article times, JSON-LD), header, rail and footer.</summary>
internal sealed partial class EurasiaTodayLayout
{
    private static void Head(StringBuilder sb, Page page, Site site, EurasiaTodayWords w)
    {
        var a = page.Article;
        sb.Line($"<!DOCTYPE html>\n<html lang=\"{page.Lang}\">\n<head>");
        sb.Line("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Line($"<title>{Html.Text(a.Title)} - {w.Brand}, {(page.Lang == "en" ? "news" : "новости")} {a.Published.ToOffset(TimeSpan.FromHours(5)).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)}</title>");
        sb.Line($"<meta name=\"description\" content=\"{Html.Attr(a.Lead)}\">");
        if (a.Tags.Count > 0) sb.Line($"<meta name=\"keywords\" content=\"{Html.Attr(string.Join(", ", a.Tags))}\">");
        sb.Line($"<meta property=\"og:site_name\" content=\"{page.Outlet.Name}\">\n<meta property=\"og:type\" content=\"article\">");
        sb.Line($"<meta property=\"og:title\" content=\"{Html.Attr(a.Title)}\">\n<meta property=\"og:description\" content=\"{Html.Attr(a.Lead)}\">");
        sb.Line($"<meta property=\"og:url\" content=\"{page.Url}\">\n<meta property=\"og:image\" content=\"{page.ImageUrl}\">\n<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"675\">");
        sb.Line($"<meta property=\"og:locale\" content=\"{(page.Lang == "en" ? "en_US" : "ru_RU")}\">");
        sb.Line($"<meta property=\"article:published_time\" content=\"{TimeText.Iso(a.Published)}\">");
        if (a.Modified is { } m) sb.Line($"<meta property=\"article:modified_time\" content=\"{TimeText.Iso(m)}\">");
        sb.Line($"<meta property=\"article:section\" content=\"{Html.Attr(a.Section)}\">");
        if (a.Author is not null) sb.Line($"<meta property=\"article:author\" content=\"{Html.Attr(a.Author)}\">");
        sb.Line("<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:site\" content=\"@eurasiatoday_kz\">");
        sb.Line($"<link rel=\"canonical\" href=\"{page.Url}\">");
        sb.Line($"<link rel=\"alternate\" hreflang=\"{page.Lang}\" href=\"{page.Url}\">");
        foreach (var t in site.Translations(page)) sb.Line($"<link rel=\"alternate\" hreflang=\"{t.Lang}\" href=\"{t.Url}\">");
        sb.Line($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{w.Brand}\" href=\"https://eurasia-today.kz/export/atom.xml\">");
        sb.Line("<link rel=\"amphtml\" href=\"" + page.Url.Replace("https://eurasia-today.kz/", "https://eurasia-today.kz/amp/", StringComparison.Ordinal) + "\">");
        sb.Line("<link rel=\"preload\" href=\"https://cdnn.eurasia-today.kz/css/common.min.css?9a1e3f\" as=\"style\">\n<link rel=\"stylesheet\" href=\"https://cdnn.eurasia-today.kz/css/common.min.css?9a1e3f\">");
        sb.Line("<link rel=\"icon\" href=\"https://cdnn.eurasia-today.kz/i/favicon/favicon.svg\" type=\"image/svg+xml\">");
        sb.Line("<style>" + Css + "</style>");
        sb.Line(JsonLd.NewsArticle(page, page.Outlet.Name, "https://cdnn.eurasia-today.kz/i/logo/et-logo-600.png",
            [(w.Home, $"https://eurasia-today.kz/{page.Lang}/"), (a.Section, $"https://eurasia-today.kz/{page.Lang}/{a.Category}/")]));
        sb.Line("<script>window.ET = window.ET || {}; ET.page = {type: 'article', lang: '" + page.Lang + "', rubric: '" + a.Category + "', id: " + a.Id + ", comments: true, adfox: {p1: 'ctlxh', p2: 'ghkt'}};</script>");
        sb.Line(Counters.AdLoader());
        sb.Line("</head>");
    }

    private static void Header(StringBuilder sb, Page page, Site site, EurasiaTodayWords w)
    {
        var other = page.Lang == "en" ? "ru" : "en";
        var otherUrl = site.Translations(page).FirstOrDefault(t => t.Lang == other)?.Url ?? $"https://eurasia-today.kz/{other}/";
        sb.Line("<header class=\"header\"><div class=\"header__top\">");
        sb.Line($"<a class=\"header__logo\" href=\"/{page.Lang}/\"><img src=\"https://cdnn.eurasia-today.kz/i/logo/et-logo-{page.Lang}.svg\" alt=\"{w.Brand}\" width=\"220\" height=\"40\"></a>");
        sb.Line($"<div class=\"header__lang\"><span class=\"header__lang-item m-active\">{page.Lang.ToUpperInvariant()}</span> <a class=\"header__lang-item\" href=\"{otherUrl}\">{other.ToUpperInvariant()}</a></div>");
        sb.Line($"<a class=\"header__feed\" href=\"/{page.Lang}/lenta/\">{w.Feed}</a>");
        sb.Line($"<form class=\"header__search\" action=\"/{page.Lang}/search/\"><input type=\"text\" name=\"query\" placeholder=\"{w.Search}\"><button type=\"submit\">{Icons.Svg("search", 18)}</button></form>");
        sb.Line("</div><nav class=\"header__nav\"><ul class=\"nav\">");
        foreach (var (category, name) in Sections.All(page.Lang))
            sb.Line($"<li class=\"nav__item{(category == page.Article.Category ? " m-active" : "")}\"><a class=\"nav__link\" href=\"/{page.Lang}/{category}/\">{name}</a></li>");
        sb.Line("</ul></nav></header>");
        sb.Line(Counters.AdSlot("et-billboard-" + page.Article.Id, "R-A-3301210-1", "banner m-billboard"));
    }

    private static void Rail(StringBuilder sb, Page page, Site site, EurasiaTodayWords w)
    {
        sb.Line("<div class=\"layout-article__rail\">");
        sb.Line($"<div class=\"rail-block m-most-read\"><div class=\"rail-block__title\">{w.MostRead}</div><ol class=\"rail-list\">");
        foreach (var t in site.MostRead(page, 5)) sb.Line($"<li class=\"rail-list__item\"><a href=\"{t.Url}\">{Html.Text(t.Title)}</a></li>");
        sb.Line("</ol></div>");
        sb.Line($"<div class=\"rail-block m-lenta\"><div class=\"rail-block__title\">{w.Feed}</div><div class=\"lenta\">");
        foreach (var t in site.Latest(page, 10))
            sb.Line($"<div class=\"lenta__item\"><span class=\"lenta__item-date\">{TimeText.HourMinute(t.Time)}</span> <a class=\"lenta__item-text\" href=\"{t.Url}\">{Html.Text(t.Title)}</a></div>");
        sb.Line($"</div><a class=\"rail-block__more\" href=\"/{page.Lang}/lenta/\">{w.AllNews}</a></div>");
        sb.Line(Counters.AdSlot("et-rail-" + page.Article.Id, "R-A-3301210-3", "banner m-240x400"));
        sb.Line($"<div class=\"rail-block m-subscribe\"><a href=\"/{page.Lang}/subscribe/\">{w.Subscribe}</a></div>");
        sb.Line("</div>");
    }

    private static void Footer(StringBuilder sb, Page page, EurasiaTodayWords w)
    {
        sb.Line("<footer class=\"footer\"><div class=\"footer__nav\">" + string.Concat(Sections.All(page.Lang).Select(s => $"<a href=\"/{page.Lang}/{s.Category}/\">{s.Name}</a>")) + "</div>");
        sb.Line("<div class=\"footer__social\">" + string.Concat(SocialNetworks.Select(n => $"<a href=\"https://eurasia-today.kz/go/{n}/\" aria-label=\"{n}\">{Icons.Svg(n, 22)}</a>")) + "</div>");
        sb.Line($"<div class=\"footer__legal\"><p>{w.Legal}</p><p>{w.Address}</p><p class=\"footer__age\">18+</p></div>");
        sb.Line("</footer>");
    }

    private static readonly string[] SocialNetworks = ["telegram", "youtube", "x", "vk"];

    private const string Css =
        "body{margin:0;font:16px/1.5 'PT Sans',Arial,sans-serif;color:#1a1a1a;background:#fff}.header__top{display:flex;align-items:center;gap:24px;padding:12px 32px;background:#0d2c54;color:#fff}"
        + ".header__lang-item{color:#9fb3c8;margin-right:6px;text-decoration:none}.header__lang-item.m-active{color:#fff;font-weight:700}.header__feed{color:#fff;margin-left:auto}"
        + ".header__search input{border:0;border-radius:2px;padding:6px 10px}.header__nav .nav{display:flex;gap:20px;list-style:none;margin:0;padding:10px 32px;border-bottom:1px solid #e2e2e2}"
        + ".nav__link{color:#1a1a1a;text-decoration:none;font-weight:700;font-size:14px;text-transform:uppercase}.nav__item.m-active .nav__link{color:#d0021b}"
        + ".banner{text-align:center;margin:16px auto}.m-billboard{min-height:250px;max-width:970px}.layout-article{display:flex;gap:40px;max-width:1200px;margin:24px auto;padding:0 20px}"
        + ".layout-article__main{flex:1;min-width:0}.layout-article__rail{width:300px}.article__info{font-size:13px;color:#888}.article__info-rubric{color:#d0021b;text-transform:uppercase;font-weight:700;text-decoration:none;margin-right:10px}"
        + ".article__title{font-size:36px;line-height:1.15;margin:10px 0}.article__announce-text{font-size:20px;font-weight:700;margin:0 0 16px}.media{position:relative}.media img{width:100%;height:auto;display:block}"
        + ".media__copyright{position:absolute;right:8px;bottom:8px;font-size:11px;color:#fff;background:rgba(0,0,0,.5);padding:2px 6px}.media__caption{font-size:13px;color:#666;padding:6px 0 16px}"
        + ".article__author{font-size:14px;font-weight:700;margin-bottom:16px}.article__text{font-size:18px;line-height:1.6;margin-bottom:18px}.article__h2{font-size:24px;margin:24px 0 12px}"
        + ".article__quote{position:relative;margin:24px 0;padding:16px 24px;background:#f3f6fa;font-style:italic}.article__quote-text{margin-bottom:8px}.article__list{margin:0 0 18px;padding-left:24px}"
        + ".article__table table{border-collapse:collapse;width:100%;margin-bottom:18px}.article__table td,.article__table th{border:1px solid #ddd;padding:6px 10px}"
        + ".article__article{border-top:3px solid #d0021b;background:#fafafa;padding:12px 16px;margin:0 0 18px}.article__article-title{font-size:12px;font-weight:700;text-transform:uppercase;color:#d0021b}"
        + ".article__article-link{display:block;color:#1a1a1a;font-weight:700;margin-top:8px;text-decoration:none}.article__article-info{color:#888;font-weight:400;margin-right:6px}"
        + ".article__tags-list{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0}.article__tags-item a{background:#eef2f7;padding:4px 10px;border-radius:3px;font-size:13px;color:#0d2c54;text-decoration:none}"
        + ".article__share{display:flex;gap:10px;align-items:center;margin:16px 0}.share__item{color:#0d2c54}.comments{border-top:1px solid #e2e2e2;margin-top:24px;padding-top:16px}.comments__list{list-style:none;padding:0}"
        + ".comment{display:flex;gap:12px;margin-bottom:14px}.comment__avatar{width:36px;height:36px;border-radius:50%;background:#0d2c54;color:#fff;display:flex;align-items:center;justify-content:center}"
        + ".comment__author{font-weight:700}.comment__time{color:#888;font-size:12px}.comments__login{background:#f3f6fa;padding:12px;font-size:14px}"
        + ".rail-block{margin-bottom:24px}.rail-block__title{font-weight:700;text-transform:uppercase;border-bottom:2px solid #0d2c54;padding-bottom:6px;margin-bottom:10px}"
        + ".rail-list{padding-left:20px}.rail-list__item{margin-bottom:10px}.rail-list__item a,.lenta__item-text{color:#1a1a1a;text-decoration:none}.lenta__item{padding:8px 0;border-bottom:1px solid #eee;font-size:14px}"
        + ".lenta__item-date{color:#d0021b;font-weight:700;margin-right:6px}.footer{background:#0d2c54;color:#c5d2e0;padding:32px;font-size:13px}.footer a{color:#fff;margin-right:14px}"
        + ".cookie-warning{position:fixed;left:0;right:0;bottom:0;display:flex;gap:16px;align-items:center;padding:12px 24px;background:rgba(13,44,84,.95);color:#fff;font-size:14px;z-index:99}"
        + ".cookie-warning a{color:#9fd0ff}.cookie-warning__btn{background:#d0021b;color:#fff;border:0;padding:8px 18px;cursor:pointer}";
}
