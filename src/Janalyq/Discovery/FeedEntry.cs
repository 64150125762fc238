namespace Janalyq.Discovery;

/// <summary>One article a listing points to, as the listing describes it.</summary>
public sealed record FeedEntry
{
    /// <summary>Absolute URL of the article page.</summary>
    public required Uri Url { get; init; }

    /// <summary>The listing's own identifier (RSS guid, Atom id, JSON Feed id); null when it gives none.</summary>
    public string? Id { get; init; }

    /// <summary>Headline as plain text (HTML stripped, entities decoded).</summary>
    public string? Title { get; init; }

    /// <summary>Short description (HTML allowed).</summary>
    public string? Summary { get; init; }

    /// <summary>Full text the listing carries (content:encoded, Atom content, content_html); HTML.</summary>
    public string? ContentHtml { get; init; }

    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; init; }
    public string? ImageUrl { get; init; }

    /// <summary>
    /// Headline and times, condensed: a change means the article may have changed and its page is fetched again.
    /// The summary is left out, since two listings of one outlet often describe the same article differently.
    /// </summary>
    public string Fingerprint => ContentHash.Of(Title ?? "", $"{Updated:o}|{Published:o}");
}

/// <summary>A parsed listing.</summary>
public sealed record FeedDocument
{
    public required ListingFormat Format { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<FeedEntry> Entries { get; init; } = [];

    /// <summary>For a sitemap index: the child sitemaps, newest first when they say when they changed.</summary>
    public IReadOnlyList<Uri> ChildListings { get; init; } = [];

    /// <summary>How often the listing says it changes (RSS ttl, sy:updatePeriod / sy:updateFrequency).</summary>
    public TimeSpan? UpdateInterval { get; init; }
}

/// <summary>The listing formats read.</summary>
public enum ListingFormat { Rss, RssRdf, Atom, JsonFeed, Sitemap, SitemapIndex, SectionPage }

/// <summary>A listing that cannot be read; the message says why.</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException(string message) : base(message) { }
    public FeedFormatException(string message, Exception inner) : base(message, inner) { }
    public FeedFormatException() { }
}
