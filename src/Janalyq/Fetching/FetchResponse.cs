namespace Janalyq.Fetching;

/// <summary>How a fetch ended.</summary>
public enum FetchOutcome
{
    /// <summary>2xx with a body.</summary>
    Ok,
    /// <summary>304: the stored validators still hold.</summary>
    NotModified,
    /// <summary>Any other HTTP status (see <see cref="FetchResponse.StatusCode"/>).</summary>
    HttpError,
    /// <summary>The SSRF guard refused the address (first URL or a redirect target).</summary>
    Blocked,
    /// <summary>
    /// robots.txt disallows the URL (first URL or a redirect target), or could not be had (5xx, no answer), which
    /// counts as a complete disallow until it is fetched again (RFC 9309); <see cref="FetchResponse.Error"/> says which.
    /// </summary>
    Disallowed,
    /// <summary>The body (after decompression) exceeded the limit.</summary>
    TooLarge,
    /// <summary>The fetch's own request took longer than the limit to be answered and read (slow answers included).</summary>
    Timeout,
    /// <summary>More redirects than the limit, or a redirect back to a URL already visited.</summary>
    RedirectLimit,
    /// <summary>DNS, connection, TLS or protocol failure, or a scheme other than http(s).</summary>
    NetworkError,
}

/// <summary>What a fetch brought back.</summary>
public sealed record FetchResponse
{
    public required FetchOutcome Outcome { get; init; }
    public required Uri RequestedUrl { get; init; }

    /// <summary>The URL the body came from, after redirects.</summary>
    public required Uri FinalUrl { get; init; }

    public int? StatusCode { get; init; }
    public ReadOnlyMemory<byte> Body { get; init; }
    public string? ContentType { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>Retry-After of a 429/503 (or any answer that sent one).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Cache-Control max-age or Expires: how long the answer stays fresh.</summary>
    public TimeSpan? Freshness { get; init; }

    /// <summary>Every hop was a permanent redirect (301/308): the subscription may move to <see cref="FinalUrl"/>.</summary>
    public bool MovedPermanently { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>Why it failed, in words fit for a report.</summary>
    public string? Error { get; init; }

    public bool IsSuccess => Outcome == FetchOutcome.Ok;
}
