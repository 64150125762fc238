namespace Janalyq.Fetching;

/// <summary>One GET the crawler wants to make.</summary>
public sealed record FetchRequest(Uri Url)
{
    /// <summary>Validator from the previous answer, sent as If-None-Match.</summary>
    public string? ETag { get; init; }

    /// <summary>Validator from the previous answer, sent as If-Modified-Since.</summary>
    public string? LastModified { get; init; }

    /// <summary>The Accept header.</summary>
    public string Accept { get; init; } = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /// <summary>Checked before every hop (the first URL and each redirect target): robots.txt for article pages.</summary>
    public Func<Uri, CancellationToken, ValueTask<FetchPermission>>? MayFetch { get; init; }
}
