using Janalyq.Markup;
using Janalyq.Extraction.Body;
using Janalyq.Extraction.Dates;
using Janalyq.Extraction.Metadata;
using Janalyq.Language;

namespace Janalyq.Extraction;

/// <summary>
/// The article extractor: decodes the page, reads its metadata, finds the article body, cleans and sanitizes it.
/// Thread-safe; one instance serves the whole process.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly ExtractionOptions _options;
    private readonly TimeProvider _time;
    private readonly HashSet<string> _videoHosts;
    private readonly BodySanitizer _sanitizer;

    /// <summary>An extractor with default options, for tests, benchmarks and one-off use.</summary>
    public static ArticleExtractor Default { get; } = new(new ExtractionOptions());

    /// <summary>Creates an extractor; <paramref name="timeProvider"/> defaults to the system clock (used for the time budget).</summary>
    public ArticleExtractor(ExtractionOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _videoHosts = new HashSet<string>(options.AllowedVideoHosts, StringComparer.OrdinalIgnoreCase);
        _sanitizer = new BodySanitizer(_videoHosts);
    }

    /// <inheritdoc />
    public ExtractedArticle Extract(RawPage page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var bytes = page.Content.Span;
        if (bytes.Length > _options.MaxPageBytes)
            throw new ExtractionException($"The page is {bytes.Length / 1024 / 1024.0:0.#} MB, over the {_options.MaxPageBytes / 1024 / 1024.0:0.#} MB limit (Extraction:MaxPageBytes).");
        if (PageDecoder.LooksBinary(bytes))
            throw new ExtractionException("The file is not an HTML page (binary data).");
        var buffer = PageDecoder.DecodeToRented(bytes, page.ContentType, out var length);
        try
        {
            return ExtractFromHtml(buffer.AsMemory(0, length), page, cancellationToken);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Extracts from an already decoded page.</summary>
    public ExtractedArticle ExtractFromHtml(string html, RawPage page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        return ExtractFromHtml(html.AsMemory(), page, cancellationToken);
    }

    /// <summary>Extracts from decoded characters; nothing in the result refers to <paramref name="html"/>.</summary>
    private ExtractedArticle ExtractFromHtml(ReadOnlyMemory<char> html, RawPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var started = _time.GetTimestamp();
        var host = page.Url?.Host is { } h ? (h.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? h[4..] : h) : null;
        HostRule? rule = host is not null && _options.HostRules.TryGetValue(host, out var r) ? r : null;
        var clock = new ZoneClock(page.TimeZone ?? rule?.TimeZone, _options.DefaultTimeZone, page.FetchedAt);

        var doc = PageParser.ParseForExtraction(html);
        cancellationToken.ThrowIfCancellationRequested();
        var baseUrl = page.Url;

        // Metadata first: the cleaning below removes captions, bylines and dates on purpose.
        var meta = PageMeta.Read(doc);
        if (meta.Index.Base?.GetAttribute("href") is { } baseHref && Uri.TryCreate(baseUrl, baseHref, out var b)) baseUrl = b;
        var site = SiteNameFinder.Find(doc, meta, page.Url);
        var title = TitleFinder.Find(doc, meta, site, page.Url);
        var (published, modified) = DateFinder.Find(doc, meta, page.Url, clock);
        var author = AuthorFinder.Find(doc, meta, site);
        var image = LeadImageFinder.Find(doc, meta, baseUrl);
        var original = OriginalSourceFinder.Find(doc, meta, page.Url);
        var canonical = OriginalSourceFinder.Absolute(meta.Link("canonical") ?? meta.First("og:url"), baseUrl);
        var section = meta.First("article:section", "section", "parsely-section") ?? meta.JsonLd?.Section ?? BreadcrumbFinder.Section(meta.Index, title);

        var lead = Html.Collapse(meta.JsonLd?.Description ?? meta.First("dc:description", "dcterm:description", "dcterms:description", "og:description", "description", "twitter:description") ?? "") is { Length: > 0 } declaredLead ? declaredLead : null;
        var standfirst = Standfirst(meta.Index, lead);
        Templates.PageBlocks? fingerprint = null;
        var blocks = BodyBlocks(doc, rule, baseUrl, title, lead, page.Template, started, cancellationToken,
            page.WantsFingerprint ? body => fingerprint = Templates.PageBlocks.FromCleanedBody(body, meta.Link("canonical") ?? meta.First("og:url")) : null);
        blocks = WithStandfirst(blocks, standfirst);
        blocks = RemoveLeadImageCaption(blocks, image);
        var text = BodyWriter.Text(blocks);
        var bodyHtml = _sanitizer.Sanitize(BodyWriter.Markup(blocks));
        var language = _options.DetectLanguage ? LanguageGuesser.Guess(text.Length > 0 ? text : title ?? "", meta.HtmlLang ?? meta.JsonLd?.Language) : null;

        return new ExtractedArticle
        {
            Url = page.Url?.AbsoluteUri,
            Title = title,
            // No declared description: the first paragraph stands in (as Readability's excerpt does).
            Lead = lead ?? FirstParagraph(blocks),
            Text = text,
            Html = bodyHtml,
            Published = published,
            Modified = modified,
            Author = author,
            Image = image.Url,
            Caption = image.Caption,
            Credit = image.Credit,
            Canonical = canonical,
            Site = site,
            Language = language,
            OriginalUrl = original,
            Section = section,
            Tags = Tags(meta),
            Fingerprint = fingerprint,
        };
    }

    private List<Block> BodyBlocks(Document doc, HostRule? rule, Uri? baseUrl, string? title, string? lead, Templates.TemplateModel? template, long started, CancellationToken cancellationToken, Action<Element>? cleaned = null)
    {
        var body = doc.Body;
        if (body is null) return [];
        if (rule is not null)
            foreach (var selector in rule.Drop)
                foreach (var e in SafeQuery(doc, selector)) e.Remove();
        var unlikely = DomCleaner.Clean(body, _options.MaxDepth, baseUrl, _videoHosts);
        cancellationToken.ThrowIfCancellationRequested();
        cleaned?.Invoke(body); // before pruning, which narrows the tree to the article

        IReadOnlyList<Element> roots;
        var stats = NodeStats.Measure(body, unlikely);
        if (rule?.Body is { } bodySelector && SafeQuery(doc, bodySelector).FirstOrDefault() is { } chosen)
            roots = [chosen];
        else
            roots = ContentLocator.Locate(body, stats);
        if (_time.GetElapsedTime(started) < _options.TimeBudget)
            ContentPruner.Prune(roots, stats);
        cancellationToken.ThrowIfCancellationRequested();
        var blocks = BlockCollector.Collect(roots, baseUrl);
        return BlockFilter.Filter(blocks, title, lead, template);
    }

    /// <summary>
    /// The standfirst as the page shows it: an element with a lead/intro/summary class whose text is the declared
    /// description. A lead paragraph is the article's first paragraph (as readers and trafilatura's annotators
    /// count it), though it often sits outside the body's container; read before cleaning, which may remove the
    /// header it sits in.
    /// </summary>
    private static string? Standfirst(PageIndex index, string? lead)
    {
        if (lead is null) return null;
        var normalizedLead = BlockFilter.Normalize(lead);
        if (normalizedLead.Length <= 30) return null;
        foreach (var e in index.Standfirsts)
        {
            if (e.Closest("nav, aside, footer") is not null) continue;
            var text = Html.TextOf(e);
            if (text.Length < BlockFilter.MinimumStandfirst || text.Length > lead.Length * 2 + 40) continue;
            if (BlockFilter.SameLead(BlockFilter.Normalize(text), normalizedLead)) return text;
        }
        return null;
    }

    /// <summary>Puts the standfirst first when the body found does not already hold it.</summary>
    private static List<Block> WithStandfirst(List<Block> blocks, string? standfirst)
    {
        if (standfirst is null) return blocks;
        var normalized = BlockFilter.Normalize(standfirst);
        foreach (var b in blocks)
            if (b.Kind != BlockKind.Figure && BlockFilter.SameLead(BlockFilter.Normalize(b.Text), normalized)) return blocks;
        var first = new Block { Kind = BlockKind.Paragraph, Text = standfirst, InlineHtml = System.Net.WebUtility.HtmlEncode(standfirst) };
        return [first, .. blocks];
    }

    private static List<Element> SafeQuery(Document doc, string selector)
    {
        try { return doc.QuerySelectorAll(selector); }
        catch (SelectorException) { return []; }
    }

    private static List<Block> RemoveLeadImageCaption(List<Block> blocks, LeadImageFinder.LeadImage image)
    {
        if (image.Caption is null) return blocks;
        var caption = BlockFilter.Normalize(image.Caption);
        if (caption.Length < 10) return blocks;
        return blocks.Where(b => b.Kind == BlockKind.Figure || !BlockFilter.Normalize(b.Text).StartsWith(caption, StringComparison.Ordinal) || b.Text.Length > image.Caption.Length + 80).ToList();
    }

    private static string? FirstParagraph(List<Block> blocks)
    {
        foreach (var b in blocks)
            if (b.Kind == BlockKind.Paragraph && b.Text.Length >= 40) return b.Text;
        return null;
    }

    private static List<string> Tags(PageMeta meta)
    {
        var tags = new List<string>();
        foreach (var t in meta.All("article:tag")) tags.AddRange(t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        if (tags.Count == 0 && meta.JsonLd is { Keywords.Count: > 0 } ld) tags.AddRange(ld.Keywords);
        if (tags.Count == 0 && meta.First("news_keywords", "keywords") is { } kw) tags.AddRange(kw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return tags.Distinct(StringComparer.OrdinalIgnoreCase).Take(30).ToList();
    }

    /// <summary>NUL bytes or many control characters in the first KB mean this is not text.</summary>
}
