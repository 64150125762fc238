using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>The Steppe Times's head (OpenGraph, JSON-LD, gtag), masthead and footer.</summary>
internal sealed partial class SteppeTimesLayout
{
    private static void Head(StringBuilder sb, Page page)
    {
        var a = page.Article;
        sb.Line("<!doctype html>\n<html lang=\"en-GB\" class=\"no-js\">\n<head>");
        sb.Line("<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Line($"<title>{Html.Text(a.Title)} | The Steppe Times</title>");
        sb.Line($"<meta name=\"description\" content=\"{Html.Attr(a.Lead)}\">");
        sb.Line("<meta name=\"robots\" content=\"index, follow, max-image-preview:large, max-snippet:-1\">");
        sb.Line($"<link rel=\"canonical\" href=\"{page.Url}\">");
        sb.Line("<meta property=\"og:locale\" content=\"en_GB\">\n<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:site_name\" content=\"The Steppe Times\">");
        sb.Line($"<meta property=\"og:title\" content=\"{Html.Attr(a.Title)}\">\n<meta property=\"og:description\" content=\"{Html.Attr(a.Lead)}\">");
        sb.Line($"<meta property=\"og:url\" content=\"{page.Url}\">\n<meta property=\"og:image\" content=\"{page.ImageUrl}\">\n<meta property=\"og:image:alt\" content=\"{Html.Attr(a.Caption)}\">");
        sb.Line($"<meta property=\"article:section\" content=\"{Html.Attr(a.Section)}\">");
        foreach (var tag in a.Tags) sb.Line($"<meta property=\"article:tag\" content=\"{Html.Attr(tag)}\">");
        sb.Line("<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:site\" content=\"@steppetimes\">");
        sb.Line($"<meta name=\"twitter:title\" content=\"{Html.Attr(a.Title)}\">\n<meta name=\"twitter:description\" content=\"{Html.Attr(a.Lead)}\">\n<meta name=\"twitter:image\" content=\"{page.ImageUrl}\">");
        if (a.Author is not null) sb.Line($"<meta name=\"author\" content=\"{Html.Attr(a.Author)}\">");
        sb.Line("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"The Steppe Times\" href=\"https://steppetimes.com/feed/atom\">");
        sb.Line("<link rel=\"preconnect\" href=\"https://fonts.gstatic.com\" crossorigin>\n<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css2?family=Source+Serif+4:wght@400;600;700&amp;family=Inter:wght@400;600&amp;display=swap\">");
        sb.Line("<link rel=\"stylesheet\" id=\"steppe-main-css\" href=\"https://steppetimes.com/wp-content/themes/steppe/css/main.min.css?ver=4.12.0\" media=\"all\">");
        sb.Line("<link rel=\"icon\" href=\"https://steppetimes.com/wp-content/uploads/2021/03/cropped-st-icon-32x32.png\" sizes=\"32x32\">");
        sb.Line("<style id=\"steppe-critical\">" + Css + "</style>");
        sb.Line(JsonLd.NewsArticle(page, "The Steppe Times", "https://steppetimes.com/wp-content/themes/steppe/img/logo-600x60.png",
            [("Home", "https://steppetimes.com/"), (a.Section, $"https://steppetimes.com/section/{a.Category}/"), (a.Title, page.Url)]));
        sb.Line("<script id=\"__ST_STATE__\" type=\"application/json\">{\"page\":\"article\",\"postId\":" + a.Id + ",\"section\":\"" + a.Category
            + "\",\"paywall\":false,\"ads\":{\"network\":\"2291040\",\"lazy\":true},\"newsletter\":{\"list\":\"morning-brief\",\"inline\":true},\"consent\":{\"tcf\":true}}</script>");
        sb.Line(Counters.Gtag("G-ST4Q9LX2PM"));
        sb.Line("<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>");
        sb.Line("</head>");
    }

    private static void Masthead(StringBuilder sb, Page page)
    {
        sb.Line("<div class=\"st-topbar\"><span class=\"st-topbar__edition\">Kazakhstan edition</span>");
        sb.Line("<a class=\"st-topbar__link\" href=\"/newsletters/\">Newsletters</a> <a class=\"st-topbar__link\" href=\"/podcasts/\">Podcasts</a> <a class=\"st-topbar__link st-topbar__link--cta\" href=\"/support/\">Support independent journalism</a> <a class=\"st-topbar__link\" href=\"/account/sign-in/\">Sign in</a></div>");
        sb.Line("<header class=\"st-masthead\" role=\"banner\">");
        sb.Line($"<button class=\"st-masthead__menu\" type=\"button\" aria-expanded=\"false\" aria-controls=\"st-drawer\">{Icons.Svg("menu", 22)}<span>Sections</span></button>");
        sb.Line("<a class=\"st-masthead__logo\" href=\"https://steppetimes.com/\" rel=\"home\"><img src=\"https://steppetimes.com/wp-content/themes/steppe/img/logo.svg\" width=\"260\" height=\"34\" alt=\"The Steppe Times\"></a>");
        sb.Line($"<a class=\"st-masthead__search\" href=\"/search/\" aria-label=\"Search\">{Icons.Svg("search", 20)}</a>");
        sb.Line("</header>");
        sb.Line("<nav class=\"st-nav\" aria-label=\"Primary\"><ul class=\"st-nav__list\">");
        foreach (var (category, name) in Sections.All("en"))
            sb.Line($"<li class=\"st-nav__item{(category == page.Article.Category ? " st-nav__item--current" : "")}\"><a href=\"/section/{category}/\">{name}</a></li>");
        sb.Line("<li class=\"st-nav__item\"><a href=\"/opinion/\">Opinion</a></li><li class=\"st-nav__item\"><a href=\"/longreads/\">Long reads</a></li>");
        sb.Line("</ul></nav>");
        sb.Line("<div id=\"st-drawer\" class=\"st-drawer\" hidden><ul>" + string.Concat(Sections.All("en").Select(s => $"<li><a href=\"/section/{s.Category}/\">{s.Name}</a></li>"))
            + "<li><a href=\"/about/\">About us</a></li><li><a href=\"/jobs/\">Careers</a></li></ul></div>");
    }

    private static void Footer(StringBuilder sb)
    {
        sb.Line("<footer class=\"st-footer\" role=\"contentinfo\"><div class=\"st-footer__inner\">");
        sb.Line("<img class=\"st-footer__logo\" src=\"https://steppetimes.com/wp-content/themes/steppe/img/logo-white.svg\" width=\"200\" height=\"26\" alt=\"The Steppe Times\">");
        sb.Line("<ul class=\"st-footer__links\"><li><a href=\"/about/\">About us</a></li><li><a href=\"/contact/\">Contact</a></li><li><a href=\"/advertise/\">Advertise</a></li><li><a href=\"/standards/\">Editorial standards</a></li><li><a href=\"/privacy/\">Privacy policy</a></li><li><a href=\"/terms/\">Terms of use</a></li><li><a href=\"/feed/atom\">RSS</a></li></ul>");
        sb.Line("<div class=\"st-footer__social\">" + string.Concat(SocialNetworks.Select(n => $"<a href=\"https://steppetimes.com/go/{n}\" aria-label=\"{n}\">{Icons.Svg(n, 22)}</a>")) + "</div>");
        sb.Line("<p class=\"st-footer__legal\">© 2026 Steppe Times Media LLP. All rights reserved. Registered as an online publication with the Ministry of Culture and Information of the Republic of Kazakhstan, certificate No. KZ55VPY00061234.</p>");
        sb.Line("<p class=\"st-footer__legal\">Office 1204, 12 Dostyk Avenue, Astana 010000, Kazakhstan. Editorial: newsroom@steppetimes.com</p>");
        sb.Line("</div></footer>");
    }

    private static readonly string[] SocialNetworks = ["x", "facebook", "telegram", "youtube"];

    private const string Css =
        ":root{--st-ink:#141414;--st-accent:#c8102e;--st-muted:#5f6368;--st-rule:#e0e0e0}body{margin:0;font-family:'Source Serif 4',Georgia,serif;color:var(--st-ink)}"
        + ".st-skip{position:absolute;left:-999px}.st-skip:focus{left:8px;top:8px;background:#fff;padding:8px}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
        + ".st-topbar{display:flex;gap:18px;justify-content:flex-end;font:13px Inter,Arial,sans-serif;padding:6px 24px;background:#f4f1ea}.st-topbar__edition{margin-right:auto;color:var(--st-muted)}"
        + ".st-topbar__link{color:var(--st-ink);text-decoration:none}.st-topbar__link--cta{color:var(--st-accent);font-weight:600}"
        + ".st-masthead{display:flex;align-items:center;justify-content:space-between;padding:14px 24px;border-bottom:1px solid var(--st-rule)}.st-masthead__menu{display:flex;gap:6px;border:0;background:none;font:600 14px Inter,sans-serif}"
        + ".st-nav__list{display:flex;gap:22px;list-style:none;margin:0;padding:10px 24px;border-bottom:3px double var(--st-ink);font:600 14px Inter,sans-serif;overflow-x:auto}.st-nav__list a{color:var(--st-ink);text-decoration:none}"
        + ".st-nav__item--current a{color:var(--st-accent)}.st-main{max-width:1200px;margin:0 auto;padding:24px}.st-grid{display:grid;grid-template-columns:minmax(0,720px) 300px;gap:56px;justify-content:center}"
        + ".st-kicker{font:700 13px Inter,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:var(--st-accent);text-decoration:none}.st-story__headline{font-size:42px;line-height:1.12;margin:10px 0 14px}"
        + ".st-story__dek{font-size:21px;line-height:1.4;color:#333;margin:0 0 18px}.st-story__meta{display:flex;flex-wrap:wrap;gap:12px;font:14px Inter,sans-serif;color:var(--st-muted)}.st-byline a{color:var(--st-ink);font-weight:600}"
        + ".st-share{display:flex;gap:8px;align-items:center;margin:16px 0;font:13px Inter,sans-serif}.st-share__btn{display:inline-flex;align-items:center;justify-content:center;min-width:36px;height:36px;border:1px solid var(--st-rule);border-radius:18px;background:#fff;color:var(--st-ink)}"
        + ".st-figure{margin:0 0 28px}.st-figure img{width:100%;height:auto;display:block}.st-figure__caption{font:13px Inter,sans-serif;color:var(--st-muted);margin-top:8px}.st-figure__credit{text-transform:uppercase;font-size:11px;letter-spacing:.04em}"
        + ".st-story__body{font-size:19px;line-height:1.65}.st-story__body p{margin:0 0 1.1em}.st-body__h2{font-size:26px;margin:1.6em 0 .5em}.st-pullquote{border-top:2px solid var(--st-accent);border-bottom:1px solid var(--st-rule);margin:1.5em 0;padding:.6em 0;font-size:22px;font-style:italic}"
        + ".st-table table{width:100%;border-collapse:collapse;font:15px Inter,sans-serif}.st-table th,.st-table td{border-bottom:1px solid var(--st-rule);padding:8px;text-align:left}"
        + ".st-readmore{border-left:3px solid var(--st-accent);padding:4px 0 4px 14px;margin:1.5em 0;font:600 16px Inter,sans-serif}.st-readmore__label{display:block;font-size:12px;text-transform:uppercase;color:var(--st-accent)}"
        + ".st-newsletter{background:#f4f1ea;padding:20px 24px;margin:2em 0;font-family:Inter,sans-serif}.st-newsletter__form{display:flex;gap:8px}.st-newsletter__form input{flex:1;padding:10px;border:1px solid #ccc}"
        + ".st-newsletter__form button{background:var(--st-ink);color:#fff;border:0;padding:10px 18px}.st-newsletter__legal{font-size:12px;color:var(--st-muted)}"
        + ".st-topics ul{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0}.st-topics a{font:13px Inter,sans-serif;border:1px solid var(--st-rule);padding:4px 10px;border-radius:14px;color:var(--st-ink);text-decoration:none}"
        + ".st-rail{font-family:Inter,sans-serif}.st-rail__title{font-size:15px;text-transform:uppercase;border-top:3px solid var(--st-ink);padding-top:8px}.st-popular ol{padding-left:22px}.st-popular li{margin-bottom:12px;font-weight:600}"
        + ".st-ad{min-height:250px;background:#fafafa;margin:24px 0;text-align:center}.st-ad__label{font-size:10px;color:#999;text-transform:uppercase}.st-latest ul{list-style:none;padding:0}.st-latest__time{color:var(--st-accent);font-size:12px;margin-right:6px}"
        + ".st-more__cards{display:grid;grid-template-columns:repeat(3,1fr);gap:24px}.st-card{display:flex;flex-direction:column;color:var(--st-ink);text-decoration:none}.st-card img{aspect-ratio:3/2;width:100%;object-fit:cover}"
        + ".st-footer{background:#141414;color:#ccc;padding:40px 24px;font:14px Inter,sans-serif}.st-footer a{color:#fff}.st-footer__links{display:flex;flex-wrap:wrap;gap:18px;list-style:none;padding:0}"
        + "@media (max-width:1000px){.st-grid{grid-template-columns:1fr}.st-rail{display:none}.st-story__headline{font-size:30px}.st-more__cards{grid-template-columns:1fr 1fr}}";
}
