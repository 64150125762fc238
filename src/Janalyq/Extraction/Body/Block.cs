namespace Janalyq.Extraction.Body;

/// <summary>Kinds of body blocks, each rendered as one paragraph of plain text.</summary>
internal enum BlockKind { Paragraph, Heading, ListItem, Quote, Preformatted, TableRow, Figure }

/// <summary>One paragraph-level piece of the body, with its text and its (already safe) inline HTML.</summary>
internal sealed class Block
{
    public BlockKind Kind { get; init; }
    /// <summary>Plain text, white space collapsed.</summary>
    public string Text { get; set; } = "";
    /// <summary>Inline HTML built from an allowlist (text escaped, links absolute).</summary>
    public string InlineHtml { get; set; } = "";
    /// <summary>Visible characters inside links.</summary>
    public int LinkChars { get; init; }
    /// <summary>Heading level (2-4) for headings.</summary>
    public int Level { get; init; }
    /// <summary>Identity of the enclosing list or table, to group items when writing HTML.</summary>
    public object? Group { get; init; }
    /// <summary>True for an ordered list's item.</summary>
    public bool Ordered { get; init; }
    /// <summary>True for a table row that is a header row.</summary>
    public bool HeaderRow { get; init; }
    /// <summary>A video player's address (an iframe from an allowed host); the figure then has no image.</summary>
    public string? VideoUrl { get; init; }
    /// <summary>Figure image URL.</summary>
    public string? ImageUrl { get; init; }
    /// <summary>Figure caption (HTML only; never in the text).</summary>
    public string? Caption { get; init; }
    /// <summary>Class/id signature of the block's element and its near ancestors, for hint checks.</summary>
    public string Signature { get; init; } = "";
    /// <summary>Class/id of the element that closed the block (a p, a div), without ancestors.</summary>
    public string OwnSignature { get; init; } = "";

    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Math.Max(1, Html.VisibleLength(Text)));
}
