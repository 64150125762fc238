using System.Globalization;
using System.Text;
using Janalyq.Demo.Generator.Boilerplate;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>
/// The Steppe Times: an English-language site with JSON-LD datePublished/dateModified, visible
/// "Nov 24, 2026, 2:30 pm", lazy-loaded images, a share bar, "Read more" asides and newsletter boxes.
/// </summary>
internal sealed partial class SteppeTimesLayout : IOutletLayout
{
    private const string Pixel = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==";

    private static readonly BodyStyle Style = new()
    {
        Heading2 = "<h2 class=\"st-body__h2\">{0}</h2>",
        Heading3 = "<h3 class=\"st-body__h3\">{0}</h3>",
        QuoteOpen = "<blockquote class=\"st-pullquote\">",
        BulletList = "<ul class=\"st-list\">",
        NumberList = "<ol class=\"st-list st-list--numbered\">",
        TableOpen = "<figure class=\"st-table\"><table>",
        TableClose = "</table></figure>",
    };

    /// <summary>In-body boilerplate: the same closing paragraph on every story (not part of the truth text).</summary>
    internal const string Disclaimer = "The Steppe Times is an independent newsroom: the views of the people quoted in this story are their own and do not necessarily reflect those of our editors.";

    public string Render(Page page, Site site)
    {
        var sb = new StringBuilder(46_000);
        Head(sb, page);
        sb.Line($"<body class=\"single single-post postid-{page.Article.Id} section-{page.Article.Category}\">");
        sb.Line("<a class=\"st-skip\" href=\"#main\">Skip to content</a>");
        Masthead(sb, page);
        sb.Line("<main id=\"main\" class=\"st-main\">");
        sb.Line("<div class=\"st-grid\">");
        Story(sb, page, site);
        Rail(sb, page, site);
        sb.Line("</div>");
        MoreFrom(sb, page, site);
        sb.Line("</main>");
        Newsletter(sb, "st-newsletter st-newsletter--footer");
        Footer(sb);
        sb.Line("<script src=\"https://steppetimes.com/wp-content/themes/steppe/js/lazysizes.min.js\" async></script>");
        sb.Line("<script src=\"https://steppetimes.com/wp-content/themes/steppe/js/app.9f31c2.js\" defer></script>");
        sb.Line("</body>\n</html>");
        return sb.ToString();
    }

    private static void Story(StringBuilder sb, Page page, Site site)
    {
        var a = page.Article;
        sb.Line($"<article class=\"st-story\" id=\"post-{a.Id}\">");
        sb.Line("<header class=\"st-story__header\">");
        sb.Line($"<a class=\"st-kicker\" href=\"/section/{a.Category}/\">{Html.Text(a.Section)}</a>");
        sb.Line($"<h1 class=\"st-story__headline\">{Html.Text(a.Title)}</h1>");
        sb.Line($"<p class=\"st-story__dek\">{Html.Text(a.Lead)}</p>");
        sb.Line("<div class=\"st-story__meta\">");
        if (a.Author is not null)
            sb.Line($"<div class=\"st-byline\">By <a rel=\"author\" href=\"/author/{Translit.Slug(a.Author)}/\">{Html.Text(a.Author)}</a></div>");
        sb.Append(CultureInfo.InvariantCulture, $"<div class=\"st-story__dates\"><span class=\"st-story__published\">{TimeText.English(a.Published)}</span>");
        if (a.Modified is { } m) sb.Append(CultureInfo.InvariantCulture, $" <span class=\"st-story__updated\">Updated {TimeText.English(m)}</span>");
        sb.Line("</div>");
        sb.Line($"<div class=\"st-story__readtime\">{Math.Max(2, page.Text.Length / 1100)} min read</div>");
        sb.Line("</div>");
        ShareBar(sb, page, "st-share st-share--top");
        sb.Line("</header>");
        sb.Line("<figure class=\"st-figure st-figure--lead\"><div class=\"st-figure__media\">");
        sb.Line($"<img class=\"lazyload\" src=\"{Pixel}\" data-src=\"{page.ImageUrl}\" data-srcset=\"{page.ImageUrl}?w=600 600w, {page.ImageUrl}?w=900 900w, {page.ImageUrl} 1200w\" data-sizes=\"auto\" width=\"1200\" height=\"675\" alt=\"{Html.Attr(a.Caption)}\">");
        sb.Line($"<noscript><img src=\"{page.ImageUrl}\" width=\"1200\" height=\"675\" alt=\"{Html.Attr(a.Caption)}\"></noscript>");
        sb.Line($"</div><figcaption class=\"st-figure__caption\"><span class=\"st-figure__text\">{Html.Text(a.Caption)}</span> <span class=\"st-figure__credit\">Photo: {Html.Text(a.Credit)}</span></figcaption></figure>");

        var related = site.Related(page, 2);
        var points = BodyRenderer.InsertPoints(a.Body, 2);
        sb.Line("<div class=\"st-story__body entry-content\">");
        sb.Append(BodyRenderer.Render(a.Body, Style, i =>
            points.Count > 0 && i == points[0]
                ? $"<aside class=\"st-readmore\" aria-label=\"Read more\"><span class=\"st-readmore__label\">Read more</span> <a class=\"st-readmore__link\" href=\"{related[0].Url}\">{Html.Text(related[0].Title)}</a></aside>"
            : points.Count > 1 && i == points[1] ? NewsletterHtml("st-newsletter st-newsletter--inline") : null));
        // The desk's standing disclaimer closes every story, in the body's own paragraph markup: no single page tells it from the article.
        sb.Line(Style.Paragraph.Replace("{0}", Disclaimer, StringComparison.Ordinal));
        sb.Line("</div>");
        if (a.OriginalUrl is { } original)
            sb.Line($"<p class=\"st-story__source\">This article was originally published by <a href=\"{Html.Attr(original)}\" rel=\"nofollow\">{Html.Text(page.OriginalOutlet?.Name ?? original)}</a>.</p>");
        var tags = a.Tags.Count > 0 ? a.Tags : [a.Section];
        sb.Line("<div class=\"st-topics\"><span class=\"st-topics__label\">Topics</span><ul>" + string.Concat(tags.Select(t => $"<li><a href=\"/topic/{Translit.Slug(t)}/\">{Html.Text(t)}</a></li>")) + "</ul></div>");
        ShareBar(sb, page, "st-share st-share--bottom");
        sb.Line("<div class=\"st-corrections\">Spotted a mistake? <a href=\"/corrections/\">Tell our standards editor</a>.</div>");
        sb.Line("</article>");
    }

    private static void ShareBar(StringBuilder sb, Page page, string cssClass)
    {
        var u = Uri.EscapeDataString(page.Url);
        var t = Uri.EscapeDataString(page.Article.Title);
        sb.Line($"<div class=\"{cssClass}\" role=\"group\" aria-label=\"Share this story\"><span class=\"st-share__label\">Share</span>");
        sb.Line($"<a class=\"st-share__btn\" href=\"https://twitter.com/intent/tweet?url={u}&amp;text={t}&amp;via=steppetimes\" target=\"_blank\" rel=\"noopener\">{Icons.Svg("x", 18)}<span class=\"sr-only\">Share on X</span></a>");
        sb.Line($"<a class=\"st-share__btn\" href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" target=\"_blank\" rel=\"noopener\">{Icons.Svg("facebook", 18)}<span class=\"sr-only\">Share on Facebook</span></a>");
        sb.Line($"<a class=\"st-share__btn\" href=\"https://t.me/share/url?url={u}&amp;text={t}\" target=\"_blank\" rel=\"noopener\">{Icons.Svg("telegram", 18)}<span class=\"sr-only\">Share on Telegram</span></a>");
        sb.Line($"<a class=\"st-share__btn\" href=\"mailto:?subject={t}&amp;body={u}\">{Icons.Svg("link", 18)}<span class=\"sr-only\">Email</span></a>");
        sb.Line($"<button class=\"st-share__btn st-share__copy\" type=\"button\" data-url=\"{page.Url}\">Copy link</button></div>");
    }

    private static void Newsletter(StringBuilder sb, string cssClass) => sb.Line(NewsletterHtml(cssClass));

    private static string NewsletterHtml(string cssClass) =>
        $"<div class=\"{cssClass}\"><h4 class=\"st-newsletter__title\">The Morning Brief</h4>"
        + "<p class=\"st-newsletter__text\">Kazakhstan's top stories, explained, in your inbox before 8 am. Free, every weekday.</p>"
        + "<form class=\"st-newsletter__form\" action=\"https://steppetimes.com/newsletters/subscribe\" method=\"post\"><input type=\"email\" name=\"email\" placeholder=\"Your email address\" required>"
        + "<input type=\"hidden\" name=\"list\" value=\"morning-brief\"><button type=\"submit\">Sign up</button></form>"
        + "<p class=\"st-newsletter__legal\">By signing up you agree to our <a href=\"/privacy/\">privacy policy</a>. Unsubscribe at any time.</p></div>";

    private static void Rail(StringBuilder sb, Page page, Site site)
    {
        sb.Line("<aside class=\"st-rail\">");
        sb.Line("<section class=\"st-popular\"><h2 class=\"st-rail__title\">Most popular</h2><ol>");
        foreach (var t in site.MostRead(page, 6)) sb.Line($"<li><a href=\"{t.Url}\">{Html.Text(t.Title)}</a></li>");
        sb.Line("</ol></section>");
        sb.Line("<div class=\"st-ad st-ad--mpu\" data-ad-unit=\"/2291040/steppetimes/article/mpu_1\" data-sizes=\"300x250,300x600\"><span class=\"st-ad__label\">Advertisement</span></div>");
        sb.Line("<section class=\"st-latest\"><h2 class=\"st-rail__title\">Latest</h2><ul>");
        foreach (var t in site.Latest(page, 8))
            sb.Line($"<li><span class=\"st-latest__time\">{TimeText.EnglishClock(t.Time)}</span> <a href=\"{t.Url}\">{Html.Text(t.Title)}</a></li>");
        sb.Line("</ul></section>");
        sb.Line("</aside>");
    }

    private static void MoreFrom(StringBuilder sb, Page page, Site site)
    {
        sb.Line("<section class=\"st-more\"><h2 class=\"st-more__title\">More from The Steppe Times</h2><div class=\"st-more__cards\">");
        foreach (var t in site.Related(page, 8).Skip(2))
            sb.Line($"<a class=\"st-card\" href=\"{t.Url}\"><img class=\"lazyload\" src=\"{Pixel}\" data-src=\"https://steppetimes.com/wp-content/uploads/thumbs/{Translit.Slug(t.Title, 4)}.jpg\" alt=\"\"><span class=\"st-card__section\">{Sections.Name(t.Category, "en")}</span><span class=\"st-card__title\">{Html.Text(t.Title)}</span></a>");
        sb.Line("</div></section>");
    }
}
