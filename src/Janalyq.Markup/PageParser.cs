namespace Janalyq.Markup;

/// <summary>
/// The extractor's own HTML parser: one pass over the decoded page building a compact tree (<see cref="Document"/>).
/// It follows the HTML standard's tokenizer (tags, attributes, comments, raw text, character references) and the
/// parts of its tree construction that shape an article's tree: the implied html/head/body, void elements, the
/// implied end of p, li, dd/dt, option, headings, table rows and cells (with the implied tbody and tr), end tags
/// closing what they close in a browser and ignored where a browser ignores them, foreign (svg, math) self-closing
/// tags. It leaves out what changes no text an extractor reads: the adoption agency's re-parenting of misnested
/// formatting tags (an end tag that would cross a block is ignored instead), foster parenting of stray text in
/// tables, and scripting. Checked against AngleSharp's standard parser on every benchmark page
/// (<c>bench parity</c>, MarkupParityTests).
/// </summary>
public static class PageParser
{
    /// <summary>Parses a decoded page. Never throws on malformed markup; every input gives a document.</summary>
    public static Document Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new TreeBuilder(html.AsMemory(), trim: false).Run();
    }

    /// <summary>
    /// Parses a decoded page for the extractor: as <see cref="Parse"/>, but scripts other than JSON-LD and style
    /// elements are left out whole and inline SVG and template elements are left empty, without a copy of the page.
    /// </summary>
    public static Document ParseForExtraction(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return ParseForExtraction(html.AsMemory());
    }

    /// <summary>
    /// <see cref="ParseForExtraction(string)"/> over characters that need not be a string (a pooled buffer: a page is
    /// usually over the large-object threshold, and a fresh large string per page costs the GC more than the parse).
    /// The document reads attribute values from <paramref name="html"/> lazily: keep it unchanged while the document is used.
    /// </summary>
    public static Document ParseForExtraction(ReadOnlyMemory<char> html) => new TreeBuilder(html, trim: true).Run();
}
