using System.Text.RegularExpressions;
using Janalyq.Markup;

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

    // "hidden" as a state, not "field--label-hidden" (a visible field whose label is hidden) nor "hidden-xs"/"l-hidden-s" (hidden on small screens only).
    [GeneratedRegex(@"(^|[\s_-])((?<!label[_-]{1,2})hidden(?![_-]{1,2}(xs|sm|s|md|lg|xl|mobile|phone|tablet|desktop|print)\b)|hid|banner|combx|comments?|com|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags?|tool|widget|byline|author|caption|credit|social|subscribe|newsletter|cookie|readalso|read-also|recommend\w*|date|time|views|counter|breadcrumbs?|ad|ads|advert\w*|nav|menu|teaser|lead-image|photo-credit|figcaption)([\s_-]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Negative();

    [GeneratedRegex(@"(^|[\s_-])(article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|news-text|articlebody|article-body|article-text|post-body|entry-content|story-body|material|publication|detail|full-text|fulltext)([\s_-]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Positive();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> UnlikelyCache = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> WeightCache = new(StringComparer.Ordinal);

    /// <summary>Unlikely and not maybe-content; memoised, since class names repeat across an outlet's pages.</summary>
    internal static bool IsUnlikelyName(string sig)
    {
        if (UnlikelyCache.TryGetValue(sig, out var v)) return v;
        var key = sig;
        sig = WithoutTaxonomy(sig);
        v = Unlikely().IsMatch(sig) && !MaybeContent().IsMatch(sig);
        if (UnlikelyCache.Count < 100_000) UnlikelyCache[key] = v;
        return v;
    }

    /// <summary>True when the signature has a negative hint; memoised.</summary>
    internal static bool IsNegativeName(string sig) => NameWeight(sig) is var w && (w & 1) != 0;

    /// <summary>Bit 0: negative hint; bit 1: positive hint.</summary>
    private static int NameWeight(string sig)
    {
        if (WeightCache.TryGetValue(sig, out var v)) return v;
        var name = WithoutTaxonomy(sig);
        v = (Negative().IsMatch(name) ? 1 : 0) | (Positive().IsMatch(name) ? 2 : 0);
        if (WeightCache.Count < 100_000) WeightCache[sig] = v;
        return v;
    }

    // A blog post's own element lists the post's taxonomy among its classes (WordPress: "post hentry status-publish
    // category-news tag-politics tag-comments"): those tokens say what the post is about, not that the element is a tag list.
    [GeneratedRegex(@"(^|\s)(tag|category|categories)-\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaxonomyToken();

    /// <summary>The signature without taxonomy tokens when it names a post entry ("hentry", "status-publish", "type-post").</summary>
    internal static string WithoutTaxonomy(string sig) =>
        sig.Contains("hentry", StringComparison.OrdinalIgnoreCase) || sig.Contains("status-publish", StringComparison.OrdinalIgnoreCase) || sig.Contains("type-post", StringComparison.OrdinalIgnoreCase)
            ? TaxonomyToken().Replace(sig, " ")
            : sig;

    /// <summary>"class id" of an element, lower-cased, or empty.</summary>
    internal static string Signature(Element e)
    {
        var cls = e.GetAttribute("class");
        var id = e.GetAttribute("id");
        if (cls is null && id is null) return "";
        return id is null ? cls! : cls is null ? id : cls + " " + id;
    }

    /// <summary>Readability-style class weight: −25 for a boilerplate hint, +25 for a content hint.</summary>
    internal static int Weight(Element e)
    {
        var sig = Signature(e);
        if (e.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            return 50;
        if (sig.Length == 0) return 0;
        var bits = NameWeight(sig);
        return ((bits & 1) != 0 ? -25 : 0) + ((bits & 2) != 0 ? 25 : 0);
    }

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search",
    };

    /// <summary>True when the element's role says it is page furniture.</summary>
    internal static bool HasBoilerplateRole(Element e) =>
        e.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role);
}
