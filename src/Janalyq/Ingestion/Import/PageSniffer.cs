namespace Janalyq.Ingestion.Import;

/// <summary>A cheap look at a file's first bytes: is this worth handing to the extractor?</summary>
internal static class PageSniffer
{
    private const int Window = 8192;

    /// <summary>Null when the bytes look like HTML; otherwise the reason they do not.</summary>
    public static string? WhyNotHtml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return "empty file";
        var head = bytes[..Math.Min(bytes.Length, Window)];
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0) return "binary data (NUL bytes), not an HTML page";
            if (b < 0x09 || (b > 0x0D && b < 0x20)) controls++;
        }
        if (controls * 20 > head.Length) return "binary data, not an HTML page";
        if (head.IndexOf((byte)'<') < 0) return "no markup: not an HTML page";
        return null;
    }
}
