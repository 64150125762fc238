using System.Text;
using Ganss.Xss;

namespace Janalyq.Extraction.Body;

/// <summary>Renders the kept blocks as plain text (blank line between paragraphs) and as allowlisted HTML.</summary>
internal static class BodyWriter
{
    internal static string Text(IReadOnlyList<Block> blocks)
    {
        var sb = new StringBuilder();
        foreach (var b in blocks)
        {
            if (b.Kind == BlockKind.Figure) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(b.Text);
        }
        return sb.ToString();
    }

    internal static string Markup(IReadOnlyList<Block> blocks)
    {
        var sb = new StringBuilder();
        object? openList = null, openTable = null;
        var openQuote = false;
        foreach (var b in blocks)
        {
            if (openList is not null && (b.Kind != BlockKind.ListItem || b.Group != openList)) { sb.Append(IsOrdered(blocks, openList) ? "</ol>" : "</ul>"); openList = null; }
            if (openTable is not null && (b.Kind != BlockKind.TableRow || b.Group != openTable)) { sb.Append("</tbody></table>"); openTable = null; }
            if (openQuote && b.Kind != BlockKind.Quote) { sb.Append("</blockquote>"); openQuote = false; }
            switch (b.Kind)
            {
                case BlockKind.Heading:
                    var h = Math.Clamp(b.Level, 2, 4);
                    sb.Append("<h").Append(h).Append('>').Append(b.InlineHtml).Append("</h").Append(h).Append('>');
                    break;
                case BlockKind.ListItem:
                    if (openList is null) { openList = b.Group ?? new object(); sb.Append(b.Ordered ? "<ol>" : "<ul>"); }
                    sb.Append("<li>").Append(b.InlineHtml).Append("</li>");
                    break;
                case BlockKind.TableRow:
                    if (openTable is null) { openTable = b.Group ?? new object(); sb.Append("<table><tbody>"); }
                    sb.Append("<tr>").Append(b.InlineHtml).Append("</tr>");
                    break;
                case BlockKind.Quote:
                    if (!openQuote) { sb.Append("<blockquote>"); openQuote = true; }
                    sb.Append("<p>").Append(b.InlineHtml).Append("</p>");
                    break;
                case BlockKind.Preformatted:
                    sb.Append("<p>").Append(b.InlineHtml.Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
                    break;
                case BlockKind.Figure when b.VideoUrl is not null:
                    sb.Append("<figure><iframe src=\"").Append(System.Net.WebUtility.HtmlEncode(b.VideoUrl))
                      .Append("\" loading=\"lazy\" allowfullscreen=\"\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe></figure>");
                    break;
                case BlockKind.Figure:
                    sb.Append("<figure><img src=\"").Append(System.Net.WebUtility.HtmlEncode(b.ImageUrl)).Append("\" alt=\"\">");
                    if (!string.IsNullOrEmpty(b.Caption)) sb.Append("<figcaption>").Append(System.Net.WebUtility.HtmlEncode(b.Caption)).Append("</figcaption>");
                    sb.Append("</figure>");
                    break;
                default:
                    sb.Append("<p>").Append(b.InlineHtml).Append("</p>");
                    break;
            }
        }
        if (openList is not null) sb.Append(IsOrdered(blocks, openList) ? "</ol>" : "</ul>");
        if (openTable is not null) sb.Append("</tbody></table>");
        if (openQuote) sb.Append("</blockquote>");
        return sb.ToString();
    }

    private static bool IsOrdered(IReadOnlyList<Block> blocks, object list)
    {
        foreach (var b in blocks)
            if (b.Group == list) return b.Ordered;
        return false;
    }
}

/// <summary>
/// The last safety pass over body HTML: an allowlist of tags, attributes and URL schemes; iframes only from the
/// allowed video hosts (https), every other one removed whole. Thread-safe once built.
/// </summary>
internal sealed class BodySanitizer
{
    private readonly HtmlSanitizer _sanitizer;
    private readonly HashSet<string> _videoHosts;

    /// <summary>A sanitizer that keeps iframes from <paramref name="videoHosts"/> only.</summary>
    internal BodySanitizer(IEnumerable<string> videoHosts)
    {
        _videoHosts = new HashSet<string>(videoHosts, StringComparer.OrdinalIgnoreCase);
        _sanitizer = Create();
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.Element { LocalName: "iframe" } frame && !IsAllowedPlayer(frame.GetAttribute("src"))) frame.Remove();
        };
    }

    /// <summary>Whether <paramref name="src"/> is an https address on an allowed video host.</summary>
    internal bool IsAllowedPlayer(string? src) =>
        Uri.TryCreate(src, UriKind.Absolute, out var uri) && uri.Scheme == "https" && _videoHosts.Contains(uri.Host);

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "caption",
                "figure", "img", "figcaption", "a", "b", "strong", "i", "em", "br", "iframe",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "alt", "loading", "allowfullscreen", "referrerpolicy" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        // The default factory builds a CSS-aware browsing context for every call; we allow no style at all,
        // so one plain parser per thread does (a quarter of the sanitizing time).
        return new HtmlSanitizer(options) { KeepChildNodes = true, HtmlParserFactory = () => t_parser ??= new AngleSharp.Html.Parser.HtmlParser() };
    }

    [ThreadStatic] private static AngleSharp.Html.Parser.HtmlParser? t_parser;

    internal string Sanitize(string html) => html.Length == 0 ? "" : _sanitizer.Sanitize(html);
}
