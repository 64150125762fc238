using System.Text.RegularExpressions;
using NodaTime;

namespace Janalyq.Discovery;

/// <summary>What a listing is read against.</summary>
/// <param name="Url">The listing's own URL; relative links resolve against it.</param>
/// <param name="TimeZone">The outlet's zone for times given without one.</param>
/// <param name="LinkPattern">For section pages: which links are articles (matched against the absolute URL); null uses a heuristic.</param>
public sealed record ListingContext(Uri Url, DateTimeZone TimeZone, Regex? LinkPattern = null)
{
    /// <summary>Kazakhstan's zone: the portal's default.</summary>
    public static DateTimeZone DefaultZone { get; } = DateTimeZoneProviders.Tzdb["Asia/Almaty"];

    public static DateTimeZone ZoneOrDefault(string? id) =>
        id is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone ? zone : DefaultZone;
}

/// <summary>
/// Reads any listing: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0, JSON Feed 1.x, sitemaps, sitemap indexes,
/// Google News sitemaps, and HTML section pages. The format is told by the content, not the URL or the header.
/// </summary>
public static class ListingParser
{
    /// <summary>Most entries kept from one listing (a sitemap may list 50,000).</summary>
    public const int MaxEntries = 1000;

    public static FeedDocument Parse(ReadOnlyMemory<byte> body, string? contentType, ListingContext context)
    {
        var text = ListingDecoder.Decode(body.Span, contentType);
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty) throw new FeedFormatException("the listing is empty");
        if (start[0] == '{') return JsonFeedReader.Read(text, context);
        if (LooksLikeHtml(start, contentType)) return SectionPageReader.Read(text, context);
        return XmlListingReader.Read(SafeXml.Load(text), context);
    }

    private static bool LooksLikeHtml(ReadOnlySpan<char> start, string? contentType)
    {
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return true;
        return contentType is not null && contentType.Contains("html", StringComparison.OrdinalIgnoreCase)
            && !start.StartsWith("<?xml", StringComparison.Ordinal);
    }
}
