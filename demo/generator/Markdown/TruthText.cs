namespace Janalyq.Demo.Generator.Markdown;

/// <summary>
/// The README's truth rule: one paragraph per block, list item or quote line; a table row is its
/// cells joined by " | "; inline markup dropped, link text kept; paragraphs joined by a blank line.
/// </summary>
internal static class TruthText
{
    public static IReadOnlyList<string> Paragraphs(IReadOnlyList<Block> blocks)
    {
        var list = new List<string>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p: list.Add(Plain(p.Text)); break;
                case Heading h: list.Add(Plain(h.Text)); break;
                case Quote q: list.AddRange(q.Lines.Select(Plain)); break;
                case ListBlock l: list.AddRange(l.Items.Select(Plain)); break;
                case Table t: list.AddRange(t.Rows.Select(r => string.Join(" | ", r.Select(Plain)))); break;
                default: throw new InvalidOperationException($"Unknown block {block.GetType().Name}");
            }
        }
        return list.Where(p => p.Length > 0).ToList();
    }

    public static string Render(IReadOnlyList<Block> blocks) => string.Join("\n\n", Paragraphs(blocks));

    private static string Plain(string markdown) => Inline.ToPlain(markdown).Trim();
}
