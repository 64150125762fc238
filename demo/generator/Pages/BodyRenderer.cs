using System.Text;
using Janalyq.Demo.Generator.Markdown;

namespace Janalyq.Demo.Generator.Pages;

/// <summary>How an outlet's CMS writes body blocks; "{0}" stands for the block's inline HTML.</summary>
internal sealed record BodyStyle
{
    public string Paragraph { get; init; } = "<p>{0}</p>";
    public string Heading2 { get; init; } = "<h2>{0}</h2>";
    public string Heading3 { get; init; } = "<h3>{0}</h3>";
    public string QuoteOpen { get; init; } = "<blockquote>";
    public string QuoteLine { get; init; } = "<p>{0}</p>";
    public string QuoteClose { get; init; } = "</blockquote>";
    public string BulletList { get; init; } = "<ul>";
    public string NumberList { get; init; } = "<ol>";
    public string BulletListClose { get; init; } = "</ul>";
    public string NumberListClose { get; init; } = "</ol>";
    public string ListItem { get; init; } = "<li>{0}</li>";
    public string TableOpen { get; init; } = "<table>";
    public string TableClose { get; init; } = "</table>";
}

/// <summary>Renders body blocks to HTML, with the outlet's inserts (read also, ads) between blocks.</summary>
internal static class BodyRenderer
{
    public static string Render(IReadOnlyList<Block> blocks, BodyStyle style, Func<int, string?>? insertAfter = null)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            RenderBlock(blocks[i], style, sb);
            var insert = insertAfter?.Invoke(i);
            if (insert is not null) sb.Line(insert);
        }
        return sb.ToString();
    }

    /// <summary>Block indexes after which inserts go: spread through the body, after paragraphs, never last.</summary>
    public static List<int> InsertPoints(IReadOnlyList<Block> blocks, int count)
    {
        var points = new List<int>();
        for (var k = 1; k <= count; k++)
        {
            var target = (blocks.Count * k / (count + 1)) - 1;
            for (var i = Math.Max(target, 0); i < blocks.Count - 1; i++)
            {
                if (blocks[i] is Paragraph && blocks[i + 1] is not ListBlock && !points.Contains(i)) { points.Add(i); break; }
            }
        }
        return points;
    }

    private static string Fill(string template, string html) => template.Replace("{0}", html, StringComparison.Ordinal);

    private static void RenderBlock(Block block, BodyStyle style, StringBuilder sb)
    {
        switch (block)
        {
            case Paragraph p:
                sb.Line(Fill(style.Paragraph, Inline.ToHtml(p.Text)));
                break;
            case Heading h:
                sb.Line(Fill(h.Level == 2 ? style.Heading2 : style.Heading3, Inline.ToHtml(h.Text)));
                break;
            case Quote q:
                sb.Line(style.QuoteOpen);
                foreach (var line in q.Lines) sb.Line(Fill(style.QuoteLine, Inline.ToHtml(line)));
                sb.Line(style.QuoteClose);
                break;
            case ListBlock l:
                sb.Line(l.Ordered ? style.NumberList : style.BulletList);
                foreach (var item in l.Items) sb.Line(Fill(style.ListItem, Inline.ToHtml(item)));
                sb.Line(l.Ordered ? style.NumberListClose : style.BulletListClose);
                break;
            case Table t:
                RenderTable(t, style, sb);
                break;
            default:
                throw new InvalidOperationException($"Unknown block {block.GetType().Name}");
        }
    }

    private static void RenderTable(Table t, BodyStyle style, StringBuilder sb)
    {
        sb.Line(style.TableOpen);
        var first = 0;
        if (t.HasHeader && t.Rows.Count > 0)
        {
            sb.Append("<thead><tr>");
            foreach (var cell in t.Rows[0]) sb.Append("<th>").Append(Inline.ToHtml(cell)).Append("</th>");
            sb.Line("</tr></thead>");
            first = 1;
        }
        sb.Line("<tbody>");
        for (var r = first; r < t.Rows.Count; r++)
        {
            sb.Append("<tr>");
            foreach (var cell in t.Rows[r]) sb.Append("<td>").Append(Inline.ToHtml(cell)).Append("</td>");
            sb.Line("</tr>");
        }
        sb.Line("</tbody>");
        sb.Line(style.TableClose);
    }
}
