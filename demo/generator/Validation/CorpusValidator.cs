using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Janalyq.Demo.Generator.Outlets;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Validation;

/// <summary>
/// Reads back what was written: every page decodes in its declared encoding and shows its truth
/// paragraphs; Dala Info pages carry no machine-readable date; feeds list exactly the pages;
/// every original_url is a page of the corpus.
/// </summary>
internal static partial class CorpusValidator
{
    public static List<string> Check(string corpusDir, IReadOnlyList<Page> pages)
    {
        var errors = new List<string>();
        foreach (var page in pages) CheckPage(corpusDir, page, errors);
        foreach (var outlet in OutletCatalog.All) CheckFeed(corpusDir, outlet, pages, errors);
        var urls = pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => p.Article.OriginalUrl is not null))
        {
            if (!urls.Contains(page.Article.OriginalUrl!))
                errors.Add($"{page.File}: original_url {page.Article.OriginalUrl} is not the URL of any page");
            if (page.OriginalOutlet?.Slug == page.Outlet.Slug)
                errors.Add($"{page.File}: original_url points at its own outlet");
        }
        return errors;
    }

    private static void CheckPage(string corpusDir, Page page, List<string> errors)
    {
        var bytes = File.ReadAllBytes(Path.Combine(corpusDir, page.File));
        string html;
        try
        {
            html = PageEncoder.For(page.Outlet.Encoding).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            errors.Add($"{page.File}: does not decode as {page.Outlet.Encoding}");
            return;
        }
        if (PageText.DeclaredCharset(html) != page.Outlet.Encoding)
            errors.Add($"{page.File}: declares charset {PageText.DeclaredCharset(html) ?? "(none)"}, expected {page.Outlet.Encoding}");
        if (!html.Contains($"rel=\"canonical\" href=\"{page.Url}\"", StringComparison.Ordinal))
            errors.Add($"{page.File}: no canonical link to its URL");
        if (!html.Contains(page.ImageUrl, StringComparison.Ordinal))
            errors.Add($"{page.File}: lead image URL missing");

        foreach (var problem in TagBalance.Unbalanced(html)) errors.Add($"{page.File}: {problem}");

        var visible = PageText.Visible(html);
        foreach (var paragraph in page.Truth)
        {
            var p = PageText.Normalize(paragraph);
            if (visible.Contains(p, StringComparison.Ordinal)) continue;
            // A table row's cells are separate cells in the page.
            if (p.Contains(" | ", StringComparison.Ordinal)
                && p.Split(" | ").All(cell => visible.Contains(cell, StringComparison.Ordinal))) continue;
            errors.Add($"{page.File}: truth paragraph not found in the page: \"{Short(p)}\"");
        }
        foreach (var visibleField in new[] { page.Article.Title, page.Article.Lead, page.Article.Caption, page.Article.Credit })
        {
            if (!visible.Contains(PageText.Normalize(visibleField), StringComparison.Ordinal))
                errors.Add($"{page.File}: not shown in the page: \"{Short(visibleField)}\"");
        }

        if (page.Outlet.Slug == "dala-info")
        {
            // A date the article's own text writes (e.g. "до 01.12.2026") is human text, not page metadata.
            var own = page.Article.Title + "\n" + page.Article.Lead + "\n" + page.Text;
            foreach (Match m in MachineDate().Matches(html))
            {
                if (!own.Contains(m.Value, StringComparison.Ordinal))
                    errors.Add($"{page.File}: machine-readable date found: \"{m.Value}\"");
            }
        }
    }

    private static void CheckFeed(string corpusDir, Outlet outlet, IReadOnlyList<Page> pages, List<string> errors)
    {
        var own = pages.Where(p => p.Outlet.Slug == outlet.Slug).ToList();
        var path = Path.Combine(corpusDir, outlet.Slug, "feed.xml");
        if (!File.Exists(path))
        {
            if (own.Count > 0) errors.Add($"{outlet.Slug}/feed.xml: missing");
            return;
        }
        XDocument doc;
        using (var stream = File.OpenRead(path)) doc = XDocument.Load(stream);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var links = outlet.FeedKind == "atom"
            ? doc.Root!.Elements(atom + "entry").Select(e => (string?)e.Elements(atom + "link").First(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")).ToList()
            : doc.Root!.Element("channel")!.Elements("item").Select(i => (string?)i.Element("link")).ToList();
        var titles = outlet.FeedKind == "atom"
            ? doc.Root!.Elements(atom + "entry").Select(e => (string?)e.Element(atom + "title")).ToList()
            : doc.Root!.Element("channel")!.Elements("item").Select(i => (string?)i.Element("title")).ToList();
        var expected = own.OrderByDescending(p => p.Article.Published).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        if (!links.SequenceEqual(expected.Select(p => (string?)p.Url)))
            errors.Add($"{outlet.Slug}/feed.xml: items ({links.Count}) differ from the outlet's pages ({own.Count}), newest first");
        if (!titles.SequenceEqual(expected.Select(p => (string?)p.Article.Title)))
            errors.Add($"{outlet.Slug}/feed.xml: item titles differ from the pages' titles");
        var declared = doc.Declaration?.Encoding?.ToLowerInvariant();
        if (declared != outlet.Encoding) errors.Add($"{outlet.Slug}/feed.xml: declares {declared}, expected {outlet.Encoding}");
    }

    private static string Short(string s) => s.Length <= 70 ? s : s[..70] + "…";

    [GeneratedRegex(@"<time\b|datetime|datePublished|dateModified|published_time|modified_time|ld\+json|itemprop=""date|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{4}/\d{2}/\d{2}\b|\b1[78]\d{8}(\d{3})?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MachineDate();
}
