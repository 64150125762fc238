namespace Janalyq.News;

/// <summary>An outlet that Janalyq follows.</summary>
public sealed record Source
{
    public long Id { get; init; }

    /// <summary>Short stable identifier used in URLs and configuration ("dala-news").</summary>
    public required string Slug { get; init; }

    public required string Name { get; init; }
    public required string HomeUrl { get; init; }

    /// <summary>Main language of the outlet (ISO 639-1).</summary>
    public required string Language { get; init; }

    /// <summary>IANA zone the outlet writes its times in when a page gives none; null means the portal's default.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Feeds, sitemaps and section pages that list the outlet's articles.</summary>
    public IReadOnlyList<SourceFeed> Feeds { get; init; } = [];

    public bool Enabled { get; init; } = true;
}

/// <summary>A listing of an outlet's articles.</summary>
/// <param name="LinkPattern">For a section page: a regular expression the article links' URLs match.</param>
public sealed record SourceFeed(string Url, FeedKind Kind, string? LinkPattern = null);

/// <summary>How a listing is read.</summary>
public enum FeedKind
{
    Rss,
    Atom,
    JsonFeed,
    Sitemap,
    SectionPage,
}
