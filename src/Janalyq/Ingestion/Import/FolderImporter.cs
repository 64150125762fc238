using Janalyq.Extraction;
using Janalyq.Storage;

namespace Janalyq.Ingestion.Import;

/// <summary>
/// Imports saved pages from a folder (recursively; plain or .gz). Junk — empty files, binary data,
/// text that is not HTML, pages with no article — is reported and skipped; the rest is stored.
/// Every page is stored in its own transaction, so an interrupted import keeps what it stored and
/// a re-run only adds what is missing.
/// </summary>
public sealed class FolderImporter(IArticleIntake intake, TimeProvider time)
{
    /// <summary>Imports every file under <paramref name="path"/> (or the one file it names).</summary>
    public async Task<ImportReport> ImportAsync(string path, Uri? pageUrl, Source? source, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        IEnumerable<string> files = File.Exists(path)
            ? [path]
            : Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : throw new DirectoryNotFoundException($"No file or folder at {path}.");
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(file);
            byte[] bytes;
            try
            {
                bytes = await PageFiles.ReadAsync(file, cancellationToken);
            }
            catch (Exception e) when (e is ExtractionException or IOException or UnauthorizedAccessException)
            {
                report.Skip(file, e.Message);
                continue;
            }
            if (PageSniffer.WhyNotHtml(bytes) is { } reason)
            {
                report.Skip(file, reason);
                continue;
            }
            var url = pageUrl ?? new Uri(Path.GetFullPath(file));
            var page = new RawPage(bytes, url, null, time.GetUtcNow(), source?.TimeZone);
            report.Add(file, await intake.AcceptAsync(page, source, null, cancellationToken));
        }
        return report;
    }
}
