using Janalyq.Extraction;
using Janalyq.Ingestion.Templates;
using Janalyq.Storage;
using Janalyq.Storage.Media;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Import;

/// <summary>
/// Loads the bundled demo corpus: its outlets as sources, its pages through the normal intake,
/// its drawn photos into the media store. Times are shifted so that the newest article is a few
/// minutes old and the portal looks alive; the manifest keeps the original truth. Each outlet's template is
/// learnt from its other pages in the corpus first (<see cref="BatchTemplates"/>), so every page goes in with it.
/// </summary>
public sealed class DemoImporter(
    IArticleIntake intake,
    ISourceRepository sources,
    IMediaStore media,
    TimeProvider time,
    IOptions<OutletTemplateOptions> templateOptions,
    IOptions<ExtractionOptions> extractionOptions,
    ILogger<DemoImporter> logger)
{
    /// <summary>How old the newest demo article looks after the shift.</summary>
    public static readonly TimeSpan NewestAge = TimeSpan.FromMinutes(7);

    public async Task<ImportReport> ImportAsync(DemoCorpus corpus, CancellationToken cancellationToken)
    {
        var outlets = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var outlet in corpus.Outlets)
        {
            var source = new Source
            {
                Slug = outlet.Slug,
                Name = outlet.Name,
                HomeUrl = outlet.HomeUrl,
                Language = outlet.Languages.Count > 0 ? outlet.Languages[0] : "ru",
                TimeZone = outlet.TimeZone,
                // The outlets are fictional: their addresses may belong to someone. Never crawl them.
                Enabled = false,
                Feeds = outlet.Feed is null ? [] : [new SourceFeed(outlet.Feed.Url, outlet.Feed.Kind.Equals("atom", StringComparison.OrdinalIgnoreCase) ? FeedKind.Atom : FeedKind.Rss)],
            };
            outlets[outlet.Slug] = source with { Id = await sources.SaveAsync(source, cancellationToken) };
        }

        var shift = ShiftFor(corpus);
        var maxBytes = extractionOptions.Value.MaxPageBytes;
        var templates = await BatchTemplates.LearnAsync(
            corpus.Pages.Select(p => new BatchPage(Path.Combine(corpus.Folder, p.File), new Uri(p.Url), p.Outlet)).ToList(), templateOptions.Value, maxBytes, cancellationToken);
        var report = new ImportReport();
        foreach (var entry in corpus.Pages)
        {
            var file = Path.Combine(corpus.Folder, entry.File);
            outlets.TryGetValue(entry.Outlet, out var source);
            var bytes = await PageFiles.ReadAsync(file, maxBytes, cancellationToken);
            var fetchedAt = (entry.Modified ?? entry.Published ?? time.GetUtcNow() - shift) + TimeSpan.FromMinutes(3);
            var page = new RawPage(bytes, new Uri(entry.Url), null, fetchedAt, source?.TimeZone) { Template = templates.For(file) };
            report.Add(entry.File, await intake.AcceptAsync(page, source, new IntakeOptions(shift), cancellationToken));
            await StoreImageAsync(corpus, entry, cancellationToken);
        }
        logger.LogInformation("Demo corpus: {Inserted} new, {Unchanged} unchanged, {Skipped} skipped; times shifted by {Shift}",
            report.Inserted, report.Unchanged, report.Skipped.Count, shift);
        return report;
    }

    private TimeSpan ShiftFor(DemoCorpus corpus)
    {
        var newest = corpus.Pages.Max(p => p.Published);
        if (newest is null) return TimeSpan.Zero;
        var shift = time.GetUtcNow() - NewestAge - newest.Value;
        return TimeSpan.FromMinutes(Math.Floor(shift.TotalMinutes));
    }

    private async Task StoreImageAsync(DemoCorpus corpus, DemoPage entry, CancellationToken cancellationToken)
    {
        if (entry.Image is null || media.KeyFor(entry.Image) is not null) return;
        var name = Path.GetFileName(new Uri(entry.Image).AbsolutePath);
        var file = Path.Combine(corpus.Folder, entry.Outlet, "media", name);
        if (!File.Exists(file)) return;
        await using var stream = File.OpenRead(file);
        await media.PutAsync(entry.Image, stream, "image/svg+xml", cancellationToken);
    }
}
