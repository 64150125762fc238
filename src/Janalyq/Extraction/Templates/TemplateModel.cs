using AngleSharp.Html.Parser;
using Janalyq.Extraction.Body;

namespace Janalyq.Extraction.Templates;

/// <summary>
/// An outlet's page template, learnt from sibling pages: text blocks that recur on most of them
/// ("Все права защищены", a subscription plea, a standing "read also" box, the desk's signature) are
/// template, not article, even where no single page gives them away. Learn it once per outlet from a
/// handful of its pages (ingestion always has them) and pass it with each page in <see cref="RawPage.Template"/>.
/// </summary>
public sealed class TemplateModel
{
    private readonly HashSet<string> _blocks; // normalised block texts (letters and digits only)

    private TemplateModel(HashSet<string> blocks, int pages)
    {
        _blocks = blocks;
        PageCount = pages;
    }

    /// <summary>How many sibling pages the model was learnt from.</summary>
    public int PageCount { get; }

    /// <summary>How many distinct recurring blocks it holds.</summary>
    public int BlockCount => _blocks.Count;

    /// <summary>
    /// Learns from decoded sibling pages of one outlet. A block is template when it occurs on at least
    /// <paramref name="share"/> of the pages (and on two at least). Fewer than three pages give an empty model.
    /// </summary>
    public static TemplateModel Learn(IEnumerable<string> siblingPages, double share = 0.6)
    {
        ArgumentNullException.ThrowIfNull(siblingPages);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, SkipComments = true });
        var counts = new Dictionary<string, int>();
        var pages = 0;
        foreach (var html in siblingPages)
        {
            pages++;
            var doc = parser.ParseDocument(html);
            if (doc.Body is null) continue;
            DomCleaner.Clean(doc.Body, 512, null, []);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var block in BlockCollector.Collect([doc.Body], null))
                if (Key(block.Text) is { } key && seen.Add(key))
                    counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var needed = Math.Max(2, (int)Math.Ceiling(pages * share));
        var template = pages < 3 ? [] : counts.Where(kv => kv.Value >= needed).Select(kv => kv.Key).ToHashSet();
        return new TemplateModel(template, pages);
    }

    /// <summary>An empty model: nothing is template.</summary>
    public static TemplateModel Empty { get; } = new([], 0);

    /// <summary>True when this block text recurs across the outlet's pages.</summary>
    public bool IsTemplate(string blockText) => Key(blockText) is { } key && _blocks.Contains(key);

    private static string? Key(string text)
    {
        var normalized = BlockFilter.Normalize(text);
        // Very short blocks ("Фото", "12") recur by chance; long ones are the article's own (a repeated
        // paragraph in two articles of a series is still article text).
        if (normalized.Length is < 8 or > 600) return null;
        return normalized;
    }
}
