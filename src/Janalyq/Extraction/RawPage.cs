namespace Janalyq.Extraction;

/// <summary>A page as it arrived: undecoded bytes plus what the transport said about them.</summary>
/// <param name="Content">The body bytes, already decompressed (gzip files are unpacked by the caller).</param>
/// <param name="Url">Where the page came from; relative links are resolved against it.</param>
/// <param name="ContentType">The HTTP Content-Type header, when there was one (its charset wins over the page's own).</param>
/// <param name="FetchedAt">When the page was fetched; relative times ("2 hours ago") are resolved against it.</param>
/// <param name="TimeZone">IANA zone of the outlet for times given without an offset; null means the portal's default.</param>
public sealed record RawPage(
    ReadOnlyMemory<byte> Content,
    Uri? Url,
    string? ContentType,
    DateTimeOffset FetchedAt,
    string? TimeZone = null)
{
    /// <summary>The outlet's template learnt from sibling pages (<see cref="Templates.TemplateModel.Learn"/>); blocks it knows are dropped.</summary>
    public Templates.TemplateModel? Template { get; init; }

    /// <summary>
    /// Ask for the page's block fingerprint (<see cref="ExtractedArticle.Fingerprint"/>), read from the extraction's
    /// own parse: ingestion records it for the outlet's template without parsing the page a second time.
    /// </summary>
    public bool WantsFingerprint { get; init; }
}
