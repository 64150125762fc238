using Janalyq.Extraction;

namespace Janalyq.Ingestion.Import;

/// <summary>A cheap look at a file's bytes before extraction: is this worth handing to the extractor?</summary>
public static class PageSniffer
{
    private const int Window = 8192;

    /// <summary>Why an empty file is not a page.</summary>
    public const string Empty = "empty file";

    /// <summary>Null when the bytes look like HTML; otherwise the reason they do not.</summary>
    public static string? WhyNotHtml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return Empty;
        if (PageDecoder.LooksBinary(bytes)) return "binary data, not an HTML page";
        var head = bytes[..Math.Min(bytes.Length, Window)];
        if (head.IndexOf((byte)'<') < 0) return "no markup: not an HTML page";
        return null;
    }
}
