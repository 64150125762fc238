using Janalyq.Extraction;

namespace Janalyq.Ingestion.Import;

/// <summary>
/// A saved page read from disk (unpacked, up to the page limit): its bytes, or why there are none. Unreadable is an
/// input that failed (missing, permissions, over the limit, truncated gzip); junk was read but is no HTML page
/// (empty, binary, no markup). The folder import, its template pass and `extract` read pages through here.
/// </summary>
public sealed record SavedPage(string File, byte[]? Content, string? Unreadable, string? Junk)
{
    /// <summary>Reads <paramref name="file"/>, refusing more than <paramref name="maxBytes"/> (Extraction:MaxPageBytes).</summary>
    public static async Task<SavedPage> ReadAsync(string file, int maxBytes, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await PageFiles.ReadAsync(file, maxBytes, cancellationToken);
        }
        catch (Exception e) when (e is ExtractionException or IOException or UnauthorizedAccessException)
        {
            return new SavedPage(file, null, e.Message, null);
        }
        return PageSniffer.WhyNotHtml(bytes) is { } junk ? new SavedPage(file, null, null, junk) : new SavedPage(file, bytes, null, null);
    }
}
