using System.Text.RegularExpressions;

namespace Janalyq.Demo.Generator.Validation;

/// <summary>A cheap well-formedness check: container tags open and close equally often outside scripts and styles.</summary>
internal static partial class TagBalance
{
    private static readonly string[] Containers =
        ["div", "section", "article", "aside", "main", "header", "footer", "nav", "ul", "ol", "li", "table", "tr", "figure", "blockquote", "form", "p", "picture"];

    public static IEnumerable<string> Unbalanced(string html)
    {
        var markup = Scripts().Replace(html, "");
        foreach (var tag in Containers)
        {
            var opens = Regex.Count(markup, $"<{tag}[\\s>]", RegexOptions.IgnoreCase);
            var closes = Regex.Count(markup, $"</{tag}>", RegexOptions.IgnoreCase);
            if (opens != closes) yield return $"<{tag}> opened {opens}, closed {closes}";
        }
    }

    [GeneratedRegex(@"<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();
}
