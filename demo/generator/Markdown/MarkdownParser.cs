using System.Text.RegularExpressions;

namespace Janalyq.Demo.Generator.Markdown;

/// <summary>
/// Parses the README's Markdown subset: paragraphs, ## / ### headings, "> " quotes,
/// "- " and "1. " lists, pipe tables. Blocks end at a blank line or where another kind starts.
/// </summary>
internal static partial class MarkdownParser
{
    public static IReadOnlyList<Block> Parse(string body)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        List<string>? quote = null;
        List<string>? items = null;
        var ordered = false;
        List<string>? tableLines = null;

        void Flush()
        {
            if (paragraph.Count > 0) blocks.Add(new Paragraph(string.Join(' ', paragraph)));
            if (quote is not null) blocks.Add(new Quote(quote));
            if (items is not null) blocks.Add(new ListBlock(ordered, items));
            if (tableLines is not null) blocks.Add(ParseTable(tableLines));
            paragraph = [];
            quote = null;
            items = null;
            tableLines = null;
        }

        foreach (var raw in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) { Flush(); continue; }

            var heading = HeadingLine().Match(line);
            if (heading.Success)
            {
                Flush();
                blocks.Add(new Heading(heading.Groups[1].Length, heading.Groups[2].Value.Trim()));
                continue;
            }
            if (line.StartsWith('>'))
            {
                if (quote is null) Flush();
                quote ??= [];
                quote.Add(line[1..].Trim());
                continue;
            }
            var bullet = BulletLine().Match(line);
            var number = NumberLine().Match(line);
            if (bullet.Success || number.Success)
            {
                var isOrdered = number.Success;
                if (items is null || ordered != isOrdered) Flush();
                items ??= [];
                ordered = isOrdered;
                items.Add((isOrdered ? number : bullet).Groups[1].Value.Trim());
                continue;
            }
            if (line.StartsWith('|'))
            {
                if (tableLines is null) Flush();
                tableLines ??= [];
                tableLines.Add(line);
                continue;
            }
            // A plain line continues the open list item or paragraph.
            if (items is not null) { items[^1] = items[^1] + " " + line; continue; }
            if (quote is not null || tableLines is not null) Flush();
            paragraph.Add(line);
        }
        Flush();
        return blocks;
    }

    private static Table ParseTable(List<string> lines)
    {
        var rows = new List<IReadOnlyList<string>>();
        var hasHeader = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (SeparatorLine().IsMatch(lines[i]))
            {
                hasHeader |= i == 1;
                continue;
            }
            var inner = lines[i].Trim().Trim('|');
            rows.Add(inner.Split('|').Select(c => c.Trim()).ToList());
        }
        return new Table(rows, hasHeader);
    }

    [GeneratedRegex(@"^(#{2,3})\s+(.+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^-\s+(.+)$")]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"^\d+[.)]\s+(.+)$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")]
    private static partial Regex SeparatorLine();
}
