using Janalyq.Extraction;
using Janalyq.Extraction.Templates;
using Janalyq.Ingestion.Templates;
using Janalyq.Storage;
using Microsoft.Extensions.Options;

namespace Janalyq.Ingestion.Import;

/// <summary>
/// Imports saved pages from a folder (recursively; plain or .gz). Junk — empty files, binary data,
/// text that is not HTML, pages with no article — is reported and skipped; the rest is stored.
/// Every page is stored in its own transaction, so an interrupted import keeps what it stored and
/// a re-run only adds what is missing. A first pass reads every page's blocks, grouped by outlet (the host of
/// the address the page declares, else its folder), so that each page goes in with its outlet's template.
/// </summary>
public sealed class FolderImporter(IArticleIntake intake, TimeProvider time, IOptions<OutletTemplateOptions> templateOptions)
{
    /// <summary>Imports every file under <paramref name="path"/> (or the one file it names).</summary>
    public async Task<ImportReport> ImportAsync(string path, Uri? pageUrl, Source? source, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        IEnumerable<string> files = File.Exists(path)
            ? [path]
            : Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                : throw new DirectoryNotFoundException($"No file or folder at {path}.");
        var siblings = templateOptions.Value.Enabled ? new SiblingTemplates(templateOptions.Value) : null;
        var outlets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (siblings is not null)
        {
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await SiblingTemplates.ReadFileAsync(file, cancellationToken) is not { } blocks) continue;
                outlets[file] = OutletOf(file, pageUrl, blocks);
                siblings.Add(outlets[file], file, blocks);
            }
        }
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
            var template = siblings is not null && outlets.TryGetValue(file, out var outlet) ? siblings.For(outlet, file) ?? TemplateModel.Empty : null;
            var page = new RawPage(bytes, url, null, time.GetUtcNow(), source?.TimeZone) { Template = template };
            report.Add(file, await intake.AcceptAsync(page, source, null, cancellationToken));
        }
        return report;
    }

    /// <summary>A saved page's outlet: the host it declares (or the one given for it), else the folder it lies in.</summary>
    private static string OutletOf(string file, Uri? pageUrl, PageBlocks blocks)
    {
        return SiblingTemplates.DeclaredOutlet(pageUrl, blocks) ?? "folder:" + Path.GetDirectoryName(Path.GetFullPath(file));
    }
}
