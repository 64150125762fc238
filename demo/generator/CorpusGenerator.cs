using Janalyq.Demo.Generator.Content;
using Janalyq.Demo.Generator.Feeds;
using Janalyq.Demo.Generator.Layouts;
using Janalyq.Demo.Generator.Media;
using Janalyq.Demo.Generator.Outlets;
using Janalyq.Demo.Generator.Output;
using Janalyq.Demo.Generator.Pages;
using Janalyq.Demo.Generator.Validation;

namespace Janalyq.Demo.Generator;

/// <summary>content/ → corpus/: pages, media, feeds, outlets.json, manifest.json; then checks and a summary.</summary>
internal static class CorpusGenerator
{
    public static int Run(string contentDir, string corpusDir)
    {
        Console.WriteLine($"content: {contentDir}");
        Console.WriteLine($"corpus:  {corpusDir}");
        var (articles, problems, warnings, files) = ContentReader.ReadAll(contentDir);
        var pages = articles.Select(Page.From)
            .OrderBy(p => p.Article.Event, StringComparer.Ordinal)
            .ThenBy(p => p.Outlet.Slug, StringComparer.Ordinal)
            .ThenBy(p => p.Lang, StringComparer.Ordinal)
            .ToList();
        foreach (var dup in pages.GroupBy(p => p.Url).Where(g => g.Count() > 1))
            problems.Add($"{dup.Key}: {dup.Count()} content files give the same URL");
        pages = pages.DistinctBy(p => p.Url).ToList();
        var site = new Site(pages);

        ResetCorpus(corpusDir);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var html = LayoutCatalog.For(page.Outlet.Slug).Render(page, site);
            var unencodable = new SortedSet<string>(StringComparer.Ordinal);
            var bytes = PageEncoder.Encode(html, page.Outlet.Encoding, unencodable);
            if (unencodable.Count > 0)
                warnings.Add($"{page.Article.Event}/{page.Outlet.Slug}.{page.Lang}.md: characters not in {page.Outlet.Encoding}, written as &#N; references: {string.Join(' ', unencodable)}");
            Write(corpusDir, page.File, bytes);
            sizes[page.File] = bytes.Length;
        }
        var imageSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in pages.GroupBy(p => (p.Outlet.Slug, p.Article.Image)))
        {
            var first = group.First();
            if (group.Select(p => p.Article.Category).Distinct().Count() > 1)
                warnings.Add($"{first.Outlet.Slug}/media/{first.Article.Image}.svg: used by pages of different categories; drawn for {first.Article.Category}");
            var svg = PageEncoder.Encode(SvgIllustration.Draw(first.Article.Image, first.Article.Category), "utf-8");
            Write(corpusDir, $"{first.Outlet.Slug}/media/{first.Article.Image}.svg", svg);
            imageSizes[first.ImageUrl] = svg.Length;
        }
        foreach (var outlet in OutletCatalog.All)
        {
            var own = pages.Where(p => p.Outlet.Slug == outlet.Slug)
                .OrderByDescending(p => p.Article.Published).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
            var xml = outlet.FeedKind == "atom" ? AtomFeed.Render(outlet, own) : RssFeed.Render(outlet, own, imageSizes);
            Write(corpusDir, $"{outlet.Slug}/feed.xml", PageEncoder.Encode(xml, outlet.Encoding));
        }
        Write(corpusDir, "outlets.json", JsonFiles.Outlets(OutletCatalog.All));
        Write(corpusDir, "manifest.json", JsonFiles.Manifest(pages));

        var errors = CorpusValidator.Check(corpusDir, pages);
        var events = EventsTable.Compare(contentDir, pages, out var expected);
        if (pages.Count < files) errors.Add($"{files - pages.Count} of {files} content files were not rendered");
        Summary.Print(pages, sizes, files, problems, warnings, errors, events, expected);
        return problems.Count == 0 && errors.Count == 0 ? 0 : 1;
    }

    /// <summary>corpus/ is generated output only: start from empty so that removed content leaves no page behind.</summary>
    private static void ResetCorpus(string corpusDir)
    {
        if (Directory.Exists(corpusDir))
        {
            if (!string.Equals(Path.GetFileName(Path.TrimEndingDirectorySeparator(corpusDir)), "corpus", StringComparison.Ordinal)
                && Directory.EnumerateFileSystemEntries(corpusDir).Any(e => !IsGenerated(e)))
                throw new IOException($"{corpusDir} holds files the generator did not write; refusing to clear it");
            Directory.Delete(corpusDir, recursive: true);
        }
        Directory.CreateDirectory(corpusDir);
    }

    private static bool IsGenerated(string entry)
    {
        var name = Path.GetFileName(entry);
        return name is "outlets.json" or "manifest.json" || OutletCatalog.Find(name) is not null;
    }

    private static void Write(string corpusDir, string relative, byte[] bytes)
    {
        var path = Path.Combine(corpusDir, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
