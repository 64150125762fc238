namespace Janalyq.Web.Site;

/// <summary>What the article page changes in a stored (sanitized) body before showing it.</summary>
internal static class ArticleBody
{
    /// <summary>
    /// Tables become keyboard-reachable (tabindex="0"): on a phone a wide table scrolls sideways inside the body
    /// (site.css), and a reader without a pointer must be able to focus it to scroll it. The body comes from
    /// HtmlSanitizer's serializer, where a literal "&lt;" in text is always escaped, so "&lt;table" only ever starts
    /// a table tag.
    /// </summary>
    public static string ForReading(string sanitizedHtml) =>
        sanitizedHtml.Contains("<table", StringComparison.Ordinal)
            ? sanitizedHtml.Replace("<table", "<table tabindex=\"0\"", StringComparison.Ordinal)
            : sanitizedHtml;
}
