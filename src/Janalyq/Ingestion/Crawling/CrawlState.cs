namespace Janalyq.Ingestion.Crawling;

/// <summary>What the crawler remembers about one listing between polls and restarts.</summary>
public sealed record FeedState
{
    public required string FeedUrl { get; init; }
    public long? SourceId { get; init; }

    /// <summary>When the listing is next due.</summary>
    public required DateTimeOffset NextPollAt { get; init; }

    /// <summary>The adaptive interval now in force.</summary>
    public required TimeSpan PollInterval { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>Failed polls in a row.</summary>
    public int ErrorStreak { get; init; }

    public string? LastError { get; init; }

    /// <summary>Set while the circuit is open: the listing is polled only by a probe every ParkedProbeInterval.</summary>
    public DateTimeOffset? ParkedAt { get; init; }

    public string? ParkedReason { get; init; }

    /// <summary>Where the listing permanently redirects to, when it does (for the operator: `sources list`).</summary>
    public string? MovedTo { get; init; }

    public bool IsParked => ParkedAt is not null;
}

/// <summary>How an article URL was last handled.</summary>
public enum EntryState
{
    /// <summary>Stored from its own page.</summary>
    Page,
    /// <summary>Page unavailable; stored from the listing's own text, marked so, and the page is tried again.</summary>
    Feed,
    /// <summary>The page is not an article (the intake said why).</summary>
    Rejected,
    /// <summary>Neither the page nor the listing's text could be stored; tried again.</summary>
    Failed,
}

/// <summary>An article URL a listing pointed to, by canonical URL.</summary>
public sealed record SeenEntry
{
    public required string CanonicalUrl { get; init; }
    public required string FeedUrl { get; init; }
    public required string Fingerprint { get; init; }
    public required EntryState State { get; init; }
    public long? ArticleId { get; init; }
    public int PageAttempts { get; init; }
    public string? LastError { get; init; }
    public required DateTimeOffset FirstSeenAt { get; init; }
    public required DateTimeOffset LastSeenAt { get; init; }
}
