using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Janalyq.Extraction.Body;

/// <summary>What an element's class, id and role say about it: likely boilerplate, likely content.</summary>
internal static partial class ClassHints
{
    // Blocks that are almost never the article, removed before scoring unless they also look like content.
    [GeneratedRegex(@"(^|[\s_-])(ad|ads|adv|advert\w*|advertising|banner\w*|breadcrumbs?|combx|comments?|comment-\w+|commentary|community|cookies?|consent|disqus|gdpr|footer|legends|menu|menus|navbar|navigation|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor\w*|supplemental|pagination|pager|popup|modal|share|sharing|sharer|subscribe|subscription|newsletter|promo\w*|paywall|toolbar|widget\w*|outbrain|taboola|recommend\w*|readalso|read-also|more-news|smi2|lentainform|24smi|mediametrics|adfox|yandex[_-]rtb|relap|also-read|see-also|tags?|tag-list|tags-list|hashtags|print|login|signup|donate|donation|rating|author-box|authorbox|byline|subscribe-box|jump-link|skip-link|visually-hidden|sr-only|screen-reader-text|offscreen)([\s_-]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Unlikely();

    [GeneratedRegex(@"(^|[\s_-])(and|article\w*|body|column|content|main|shadow|story|text|entry|post|news-text|material|publication)([\s_-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex MaybeContent();

    [GeneratedRegex(@"(^|[\s_-])(hidden|hid|banner|combx|comments?|com|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags?|tool|widget|byline|author|caption|credit|social|subscribe|newsletter|cookie|readalso|read-also|recommend\w*|date|time|views|counter|breadcrumbs?|ad|ads|advert\w*|nav|menu|teaser|lead-image|photo-credit|figcaption)([\s_-]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Negative();

    [GeneratedRegex(@"(^|[\s_-])(article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|news-text|articlebody|article-body|article-text|post-body|entry-content|story-body|material|publication|detail|full-text|fulltext)([\s_-]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Positive();

    /// <summary>"class id" of an element, lower-cased, or empty.</summary>
    internal static string Signature(IElement e)
    {
        var cls = e.GetAttribute("class");
        var id = e.GetAttribute("id");
        if (cls is null && id is null) return "";
        return id is null ? cls! : cls is null ? id : cls + " " + id;
    }

    /// <summary>Readability-style class weight: −25 for a boilerplate hint, +25 for a content hint.</summary>
    internal static int Weight(IElement e)
    {
        var sig = Signature(e);
        if (e.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            return 50;
        if (sig.Length == 0) return 0;
        var w = 0;
        if (Negative().IsMatch(sig)) w -= 25;
        if (Positive().IsMatch(sig)) w += 25;
        return w;
    }

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search",
    };

    /// <summary>True when the element's role says it is page furniture.</summary>
    internal static bool HasBoilerplateRole(IElement e) =>
        e.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role);
}
