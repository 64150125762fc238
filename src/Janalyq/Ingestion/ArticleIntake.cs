using Janalyq.Categories;
using Janalyq.Discovery;
using Janalyq.Extraction;
using Janalyq.Extraction.Templates;
using Janalyq.Ingestion.Templates;
using Janalyq.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion;

/// <inheritdoc />
public sealed class ArticleIntake(
    IArticleExtractor extractor,
    SectionCategorizer categorizer,
    IArticleRepository articles,
    IOptions<IngestionOptions> ingestionOptions,
    OutletTemplateStore templates,
    HeldPages held,
    ILogger<ArticleIntake> logger) : IArticleIntake
{
    public Task<IntakeResult> AcceptAsync(RawPage page, Source? source, IntakeOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return AcceptAsync(page, source, options, again: false, cancellationToken);
    }

    private async Task<IntakeResult> AcceptAsync(RawPage page, Source? source, IntakeOptions? options, bool again, CancellationToken cancellationToken)
    {
        // A page with an http(s) address belongs to an outlet (its host): the outlet's template, learnt from its
        // other recent pages, goes with it unless the caller brought one (an import learns from its own batch).
        var outlet = templates.Options.Enabled && options?.Origin != ContentOrigin.Feed ? OutletTemplateStore.OutletOf(page.Url) : null;
        // One article under several addresses (tracking parameters, fragments) is one page of the outlet.
        var pageKey = page.Url is { IsAbsoluteUri: true } u ? UrlCanonicalizer.Canonicalize(u).AbsoluteUri : "";
        var fromStore = outlet is not null && page.Template is null;
        if (fromStore) page = page with { Template = await templates.ForAsync(outlet!, pageKey, cancellationToken) };

        var (result, fingerprint) = await StoreAsync(page with { WantsFingerprint = outlet is not null && !again }, source, options, cancellationToken);
        if (outlet is null || !result.Stored || again) return result;

        await templates.RecordAsync(outlet, pageKey, fingerprint ?? PageBlocks.Read(PageDecoder.Decode(page.Content.Span, page.ContentType)), cancellationToken);
        var minimum = templates.Options.MinimumPages;
        var redo = new List<HeldPage>();
        if (fromStore && page.Template is null)
        {
            // Too early for a template: keep the raw page and extract it again once the outlet has enough pages
            // (at once, when pages arriving together gave it enough meanwhile).
            var early = new HeldPage(page, source, options);
            if (await templates.PageCountAsync(outlet, cancellationToken) <= minimum) held.Hold(outlet, early);
            else redo.Add(early);
        }
        if (await templates.PageCountAsync(outlet, cancellationToken) > minimum) redo.AddRange(held.Take(outlet));
        foreach (var first in redo)
        {
            var redone = await AcceptAsync(first.Page with { Template = null }, first.Source, first.Options, again: true, cancellationToken);
            logger.LogDebug("Outlet {Outlet}: {Url} extracted again with its template ({Outcome})", outlet, first.Page.Url, redone.Outcome?.ToString() ?? redone.RejectedBecause);
        }
        return result;
    }

    /// <summary>Extracts and stores the page; also gives the page's block fingerprint when it asked for one.</summary>
    private async Task<(IntakeResult Result, PageBlocks? Fingerprint)> StoreAsync(RawPage page, Source? source, IntakeOptions? options, CancellationToken cancellationToken)
    {
        ExtractedArticle extracted;
        try
        {
            extracted = TemplatedExtraction.Extract(extractor, page, ingestionOptions.Value.MinimumBodyLength, cancellationToken);
        }
        catch (ExtractionException e)
        {
            return (IntakeResult.Rejected(e.Message), null);
        }
        if (string.IsNullOrWhiteSpace(extracted.Title))
            return (IntakeResult.Rejected("no headline found: not an article page"), null);
        if (extracted.Text.Length < ingestionOptions.Value.MinimumBodyLength)
            return (IntakeResult.Rejected($"body too short ({extracted.Text.Length} characters): not an article page"), null);

        var canonical = Identity(page.Url, extracted.Canonical);
        var url = page.Url?.AbsoluteUri ?? canonical;
        if (url is null || canonical is null)
            return (IntakeResult.Rejected("the page has no address and declares no canonical URL"), null);

        var shift = options?.TimeShift ?? TimeSpan.Zero;
        var article = new Article
        {
            SourceId = source?.Id,
            Url = url,
            CanonicalUrl = canonical,
            Title = extracted.Title.Trim(),
            Lead = extracted.Lead,
            BodyHtml = extracted.Html,
            BodyText = extracted.Text,
            PublishedAt = extracted.Published + shift,
            ModifiedAt = extracted.Modified + shift,
            FetchedAt = page.FetchedAt + shift,
            Author = extracted.Author,
            ImageUrl = extracted.Image,
            ImageCaption = extracted.Caption,
            ImageCredit = extracted.Credit,
            Language = extracted.Language,
            CategorySlug = categorizer.Categorize(extracted, page.Url),
            OriginalUrl = extracted.OriginalUrl,
            SiteName = extracted.Site ?? source?.Name,
            ContentHash = ContentHash.Of(extracted.Title, extracted.Text),
            Origin = options?.Origin ?? ContentOrigin.Page,
        };
        // The save logs the change in its own transaction; the later stages read that log (Pipeline/).
        var saved = await articles.SaveAsync(article, cancellationToken);
        return (new IntakeResult(saved.Id, saved.Outcome, null), extracted.Fingerprint);
    }

    /// <summary>
    /// The article's identity. A fetched page: its rel=canonical when it stays on the same site, else its own
    /// address, both canonicalized. A saved file: the canonical it declares (its path says nothing).
    /// </summary>
    private static string? Identity(Uri? pageUrl, string? declaredCanonical)
    {
        if (pageUrl is { Scheme: "http" or "https" }) return UrlCanonicalizer.Resolve(pageUrl, declaredCanonical).AbsoluteUri;
        if (Uri.TryCreate(declaredCanonical, UriKind.Absolute, out var declared) && declared.Scheme is "http" or "https")
            return UrlCanonicalizer.Canonicalize(declared).AbsoluteUri;
        return pageUrl?.AbsoluteUri;
    }
}
