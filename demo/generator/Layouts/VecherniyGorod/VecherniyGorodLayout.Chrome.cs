using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>Вечерний город's head, top line with weather, header, left column and footer.</summary>
internal sealed partial class VecherniyGorodLayout
{
    private static void Head(StringBuilder sb, Page page)
    {
        var a = page.Article;
        sb.Line("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">");
        sb.Line("<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"ru\" lang=\"ru\">\n<head>");
        sb.Line("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\" />");
        sb.Line($"<title>{Html.Text(a.Title)} - Вечерний город - новости Алматы</title>");
        sb.Line($"<meta name=\"keywords\" content=\"{Html.Attr(string.Join(", ", a.Tags.Append("Алматы").Append("новости Алматы")))}\" />");
        sb.Line($"<meta name=\"description\" content=\"{Html.Attr(a.Lead)}\" />");
        sb.Line($"<meta property=\"og:title\" content=\"{Html.Attr(a.Title)}\" />\n<meta property=\"og:image\" content=\"{page.ImageUrl}\" />\n<meta property=\"og:url\" content=\"{page.Url}\" />");
        sb.Line($"<link rel=\"canonical\" href=\"{page.Url}\" />");
        sb.Line("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Вечерний город: новости\" href=\"https://vgorod.kz/rss.xml\" />");
        sb.Line("<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/style.css?v=218\" />\n<link rel=\"icon\" href=\"/favicon.ico\" type=\"image/x-icon\" />");
        sb.Line("<style type=\"text/css\">" + Css + "</style>");
        sb.Line("<script type=\"text/javascript\" src=\"/js/jquery-1.12.4.min.js\"></script>");
        sb.Line("<script type=\"text/javascript\">\n$(function(){\n  $('.weather-toggle').click(function(){ $('.weather-more').toggle(); return false; });\n  $(document).keydown(function(e){ if (e.ctrlKey && e.keyCode == 13) { var s = window.getSelection().toString(); if (s) { $.post('/ajax/typo/', {text: s, url: location.href}); alert('Спасибо! Ошибка отправлена в редакцию.'); } } });\n});\n</script>");
        sb.Line("</head>");
    }

    private static void TopLine(StringBuilder sb)
    {
        sb.Line("<div id=\"top-line\">");
        sb.Line("<div class=\"weather-widget\"><span class=\"w-city\">Алматы</span> <span class=\"w-temp\">-3 °C</span> <span class=\"w-desc\">облачно, небольшой снег</span> <a href=\"#\" class=\"weather-toggle\">подробнее</a>");
        sb.Line("<div class=\"weather-more\" style=\"display:none\">Ночью -8 °C, днём -2 °C. Ветер юго-западный, 2 м/с. Давление 702 мм рт. ст. Влажность 81%.</div></div>");
        sb.Line("<div class=\"rates\">USD <b>512.40</b> &nbsp; EUR <b>541.15</b> &nbsp; RUB <b>5.48</b></div>");
        sb.Line("<div class=\"top-links\"><a href=\"/rss.xml\">RSS</a> | <a href=\"/archive/\">Архив номеров</a> | <a href=\"/reklama/\">Реклама</a></div>");
        sb.Line("</div>");
    }

    private static void Header(StringBuilder sb, Page page)
    {
        sb.Line("<div id=\"header\"><a href=\"/\" id=\"logo\"><img src=\"https://vgorod.kz/i/logo.gif\" alt=\"Вечерний город\" width=\"280\" height=\"60\" border=\"0\" /></a>");
        sb.Line("<div id=\"slogan\">Городская газета Алматы с 1998 года</div>");
        sb.Line("<form id=\"search\" action=\"/search/\" method=\"get\"><input type=\"text\" name=\"q\" value=\"поиск по сайту\" onfocus=\"if(this.value=='поиск по сайту')this.value='';\" /> <input type=\"submit\" value=\"Найти\" /></form></div>");
        sb.Line("<ul id=\"menu\">");
        foreach (var (href, name) in Menu)
            sb.Line($"<li{(href.Contains(page.Article.Category, StringComparison.Ordinal) ? " class=\"active\"" : "")}><a href=\"{href}\">{name}</a></li>");
        sb.Line("</ul>");
    }

    private static void LeftColumn(StringBuilder sb, Page page, Site site)
    {
        sb.Line("<div id=\"left\">");
        sb.Line("<div class=\"block\"><div class=\"block-title\">Новости часа</div><ul class=\"lenta\">");
        foreach (var t in site.Latest(page, 12))
            sb.Line($"<li><span class=\"time\">{TimeText.HourMinute(t.Time)}</span> <a href=\"{t.Url}\">{Html.Text(t.Title)}</a></li>");
        sb.Line("</ul><a href=\"/news/\" class=\"all\">Все новости &raquo;</a></div>");
        sb.Line("<div class=\"banner\"><a href=\"https://vgorod.kz/reklama/click/?id=311\" target=\"_blank\" rel=\"nofollow\"><img src=\"https://vgorod.kz/upload/banners/240x400_stroymarket.gif\" width=\"240\" height=\"400\" alt=\"Реклама\" border=\"0\" /></a></div>");
        sb.Line("<div class=\"block\"><div class=\"block-title\">Афиша</div><ul class=\"afisha\">");
        foreach (var item in Afisha) sb.Line($"<li>{item}</li>");
        sb.Line("</ul></div>");
        sb.Line("<div class=\"block\"><div class=\"block-title\">Полезные телефоны</div><p>Единая служба спасения: 112<br />Горгаз: 104<br />Справочная аэропорта: +7 (727) 270-33-33<br />Акимат, call-центр: 1409</p></div>");
        sb.Line("</div>");
    }

    private static void Footer(StringBuilder sb)
    {
        sb.Line("<div id=\"footer\">");
        sb.Line("<div class=\"f-menu\">" + string.Join(" | ", Menu.Select(m => $"<a href=\"{m.Href}\">{m.Name}</a>")) + "</div>");
        sb.Line("<p>© «Вечерний город», 1998–2026. Городская газета. Свидетельство о постановке на учёт СМИ № 1347-Г выдано Министерством культуры, информации и спорта Республики Казахстан.</p>");
        sb.Line("<p>Адрес редакции: 050004, г. Алматы, ул. Гоголя, 39, 3 этаж. Тел.: +7 (727) 272-15-15, e-mail: info@vgorod.kz</p>");
        sb.Line("<p>Перепечатка материалов без письменного разрешения редакции запрещена. При цитировании гиперссылка на vgorod.kz обязательна. 16+</p>");
        sb.Line("</div>");
    }

    private static readonly (string Href, string Name)[] Menu =
    [
        ("/", "Главная"), ("/news/", "Новости"), ("/news/society/", "Город"), ("/news/incidents/", "Происшествия"), ("/news/politics/", "Власть"),
        ("/news/economy/", "Деньги"), ("/news/culture/", "Культура"), ("/news/sports/", "Спорт"), ("/news/health/", "Здоровье"),
        ("/news/science/", "Наука"), ("/news/world/", "В мире"), ("/afisha/", "Афиша"), ("/board/", "Объявления"),
    ];

    private static readonly string[] Afisha =
    [
        "Театр оперы и балета: «Жизель», начало в 18:30",
        "Филармония: вечер органной музыки, начало в 19:00",
        "Кинотеатр «Арман»: фестиваль короткометражного кино",
        "Дворец Республики: концерт симфонического оркестра",
        "Центральный музей: выставка «Город в открытках»",
    ];

    private const string Css =
        "body{margin:0;padding:0;background:#e9e6df;font:13px Verdana,Arial,sans-serif;color:#222}a{color:#1a4f8b}#wrapper{width:1000px;margin:0 auto;background:#fff}"
        + "#top-line{background:#2c3e50;color:#fff;padding:5px 10px;font-size:11px;overflow:hidden}#top-line a{color:#fff}.weather-widget{float:left}.rates{float:left;margin-left:30px}.top-links{float:right}"
        + "#header{height:90px;padding:10px;position:relative}#logo{float:left}#slogan{float:left;margin:30px 0 0 20px;color:#777;font-style:italic}#search{position:absolute;right:10px;top:30px}"
        + "#menu{list-style:none;margin:0;padding:0;background:#b22222;overflow:hidden}#menu li{float:left}#menu li a{display:block;padding:8px 10px;color:#fff;font-weight:bold;text-decoration:none}"
        + "#menu li.active a{background:#7f1818}#content{padding:10px}#left{float:left;width:250px;margin-right:15px}#center{float:left;width:715px}"
        + ".block{border:1px solid #ddd;margin-bottom:10px}.block-title{background:#eee;padding:5px;font-weight:bold;text-transform:uppercase}.lenta{list-style:none;padding:5px;margin:0}.lenta li{margin-bottom:6px}"
        + ".time{color:#b22222;font-weight:bold}.path{font-size:11px;color:#777;margin-bottom:10px}.news-full h1{font:bold 22px Georgia,serif;margin:0 0 8px}"
        + ".news-date{color:#999;font-size:11px}.news-author{font-size:11px;margin:4px 0}.news-lead{margin:10px 0;font-size:14px}.news-photo{margin:10px 0}"
        + ".podpis{font-size:11px;color:#555;font-style:italic}.foto-avtor{font-size:10px;color:#999;text-align:right}.news-text{font-size:14px;line-height:1.6}"
        + ".citata{background:#f6f3ea;border-left:4px solid #b22222;margin:10px 0;padding:5px 15px}.tbl{border-collapse:collapse}.istochnik{font-style:italic}"
        + ".share{margin:15px 0;padding:8px;background:#f5f5f5}.news-error{font-size:10px;color:#aaa}.comment{border-bottom:1px dotted #ccc;padding:6px 0}.c-date{color:#999;font-size:11px}"
        + ".more-news ul{padding-left:18px}.mn-date{color:#999;font-size:11px}.clear{clear:both}#footer{background:#2c3e50;color:#ccc;padding:15px;font-size:11px}#footer a{color:#fff}";
}
