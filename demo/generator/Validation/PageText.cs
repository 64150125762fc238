using System.Net;
using System.Text.RegularExpressions;

namespace Janalyq.Demo.Generator.Validation;

/// <summary>The visible text of a page, roughly as a reader sees it: no scripts, styles, comments or tags.</summary>
internal static partial class PageText
{
    public static string Visible(string html)
    {
        var s = Invisible().Replace(html, " ");
        s = Tag().Replace(s, "");
        return Normalize(WebUtility.HtmlDecode(s));
    }

    public static string Normalize(string s) => Spaces().Replace(s.Replace('\u00A0', ' '), " ").Trim();

    /// <summary>The charset a page declares in &lt;meta charset&gt; or http-equiv Content-Type.</summary>
    public static string? DeclaredCharset(string html)
    {
        var m = Charset().Match(html);
        return m.Success ? m.Groups[1].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"<script\b.*?</script>|<style\b.*?</style>|<noscript\b.*?</noscript>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<meta[^>]+charset=""?([A-Za-z0-9_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
