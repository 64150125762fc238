using Janalyq.Extraction;
using Janalyq.Ingestion.Templates;
using Janalyq.Storage;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Import;

/// <summary>
/// Imports saved pages from a folder (recursively, each real file once: see <see cref="PageFolder"/>; plain or .gz, each
/// read up to Extraction:MaxPageBytes). What cannot be read — a folder it may not list, a FIFO, a truncated gzip, a page
/// over the limit — is reported as failed; junk — empty files, binary data, text that is not HTML, pages with no article —
/// is reported as skipped; the rest is stored. Every page is stored in its own transaction, so an interrupted import
/// keeps what it stored and a re-run only adds what is missing. A first pass (<see cref="BatchTemplates"/>) reads every
/// page's blocks, grouped by outlet (the host of the address the page declares, else its folder), so that each page
/// goes in with its outlet's template.
/// </summary>
public sealed class FolderImporter(
    IArticleIntake intake,
    TimeProvider time,
    IOptions<OutletTemplateOptions> templateOptions,
    IOptions<ExtractionOptions> extractionOptions,
    PageFolder? folders = null)
{
    private readonly PageFolder _folders = folders ?? new PageFolder();

    /// <summary>Imports every file under <paramref name="path"/> (or the one file it names); <paramref name="progress"/> hears of each file before it is read.</summary>
    public async Task<ImportReport> ImportAsync(string path, Uri? pageUrl, Source? source, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        IReadOnlyList<FoundPage> found = Directory.Exists(path)
            ? _folders.Walk(path)
            : File.Exists(path) ? [new FoundPage(path, null)] : throw new FileNotFoundException($"No file or folder at {path}.", path);
        var files = new List<string>(found.Count);
        foreach (var entry in found)
        {
            if (entry.Unreadable is { } why) report.Fail(entry.File, why);
            else files.Add(entry.File);
        }
        var maxBytes = extractionOptions.Value.MaxPageBytes;
        var templates = await BatchTemplates.LearnAsync(
            files.Select(f => new BatchPage(f, pageUrl, "folder:" + Path.GetDirectoryName(Path.GetFullPath(f)))).ToList(), templateOptions.Value, maxBytes, cancellationToken);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(file);
            var saved = await SavedPage.ReadAsync(file, maxBytes, cancellationToken);
            if (saved.Unreadable is { } unreadable) { report.Fail(file, unreadable); continue; }
            if (saved.Junk is { } junk) { report.Skip(file, junk); continue; }
            var url = pageUrl ?? new Uri(Path.GetFullPath(file));
            var page = new RawPage(saved.Content!, url, null, time.GetUtcNow(), source?.TimeZone) { Template = templates.For(file) };
            report.Add(file, await intake.AcceptAsync(page, source, null, cancellationToken));
        }
        return report;
    }
}
