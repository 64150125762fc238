using System.Net.Http.Headers;

namespace Janalyq.Fetching;

/// <summary>Reads the response headers that say when to ask again.</summary>
public static class HttpCacheHints
{
    /// <summary>Retry-After as a delay from <paramref name="now"/> (delta-seconds or an HTTP date); null when absent or past.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var value = headers.RetryAfter;
        if (value is null)
        {
            // A malformed value is dropped by the typed parser; read the raw text as a last resort.
            if (headers.TryGetValues("Retry-After", out var raw) && int.TryParse(raw.FirstOrDefault()?.Trim(), out var secs) && secs >= 0)
                return TimeSpan.FromSeconds(secs);
            return null;
        }
        if (value.Delta is { } delta) return delta >= TimeSpan.Zero ? delta : null;
        if (value.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    /// <summary>Freshness lifetime from Cache-Control max-age (s-maxage ignored: we are not a shared cache) or Expires.</summary>
    public static TimeSpan? Freshness(HttpResponseMessage response, DateTimeOffset now)
    {
        var cc = response.Headers.CacheControl;
        if (cc is { NoStore: true } or { NoCache: true }) return TimeSpan.Zero;
        if (cc?.MaxAge is { } maxAge) return maxAge;
        if (response.Content.Headers.Expires is { } expires)
        {
            var date = response.Headers.Date ?? now;
            return expires > date ? expires - date : TimeSpan.Zero;
        }
        return null;
    }

    public static string? ETag(HttpResponseMessage response) => response.Headers.ETag?.ToString();

    public static string? LastModified(HttpResponseMessage response) =>
        response.Content.Headers.LastModified?.ToString("R");

    /// <summary>Sets If-None-Match / If-Modified-Since from stored validators, skipping ones that do not parse.</summary>
    public static void AddValidators(HttpRequestMessage request, string? etag, string? lastModified)
    {
        if (!string.IsNullOrEmpty(etag) && EntityTagHeaderValue.TryParse(etag, out var tag))
            request.Headers.IfNoneMatch.Add(tag);
        if (!string.IsNullOrEmpty(lastModified) && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
            request.Headers.IfModifiedSince = since;
    }
}
