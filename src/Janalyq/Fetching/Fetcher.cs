using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Fetching;

/// <summary>
/// Every GET the crawler makes goes through here: the per-host limiter, conditional validators, redirects
/// followed by hand (limit, loop detection, each hop guarded and checked by <see cref="FetchRequest.MayFetch"/>),
/// one deadline for the whole fetch (counted while its own requests are sent and answered, not while they wait for
/// their turn on a host), and a body limit counted after decompression. Never throws for what a
/// remote server does; the outcome says what happened.
/// </summary>
public sealed class Fetcher(
    IHttpClientFactory clients,
    HostLimiter limiter,
    IOptions<FetchOptions> options,
    TimeProvider time,
    ILogger<Fetcher> logger)
{
    /// <summary>Name of the HttpClient registered by <see cref="FetchingServiceCollectionExtensions.AddFetching"/>.</summary>
    public const string ClientName = "janalyq-fetch";

    private readonly FetchOptions _options = options.Value;

    public async Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        using var deadline = new FetchDeadline(_options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var client = clients.CreateClient(ClientName);
        var url = request.Url;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var permanent = true;
        try
        {
            for (var hop = 0; ; hop++)
            {
                deadline.Pause();
                if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
                    return Fail(request, url, FetchOutcome.NetworkError, $"scheme '{url.Scheme}' is not fetched");
                if (!visited.Add(url.AbsoluteUri))
                    return Fail(request, url, FetchOutcome.RedirectLimit, $"redirect loop back to {url}");
                if (hop > _options.MaxRedirects)
                    return Fail(request, url, FetchOutcome.RedirectLimit, $"more than {_options.MaxRedirects} redirects");
                if (request.MayFetch is { } mayFetch && await mayFetch(url, linked.Token) is { IsGranted: false } refused)
                    return Fail(request, url, FetchOutcome.Disallowed, refused.Refusal!);

                using var lease = await limiter.AcquireAsync(url, linked.Token);
                deadline.Run();
                using var message = new HttpRequestMessage(HttpMethod.Get, url);
                message.Headers.TryAddWithoutValidation("Accept", request.Accept);
                message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgentHeader);
                HttpCacheHints.AddValidators(message, request.ETag, request.LastModified);

                HostLease.Current.Value = lease;
                HttpResponseMessage sent;
                try
                {
                    sent = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                }
                finally
                {
                    // Headers in (or failed): the request is sent, retries included; the host's next request may go after its interval.
                    lease.MarkSent();
                    HostLease.Current.Value = null;
                }
                using var response = sent;
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    permanent &= status is 301 or 308;
                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    continue;
                }

                var now = time.GetUtcNow();
                var result = new FetchResponse
                {
                    Outcome = FetchOutcome.Ok,
                    RequestedUrl = request.Url,
                    FinalUrl = url,
                    StatusCode = status,
                    ContentType = response.Content.Headers.ContentType?.ToString(),
                    ETag = HttpCacheHints.ETag(response),
                    LastModified = HttpCacheHints.LastModified(response),
                    RetryAfter = HttpCacheHints.RetryAfter(response.Headers, now),
                    Freshness = HttpCacheHints.Freshness(response, now),
                    MovedPermanently = hop > 0 && permanent,
                    FetchedAt = now,
                };
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return result with { Outcome = FetchOutcome.NotModified };
                if (!response.IsSuccessStatusCode)
                    return result with { Outcome = FetchOutcome.HttpError, Error = $"HTTP {status} {response.ReasonPhrase}".TrimEnd() };

                var declared = response.Content.Headers.ContentEncoding.Count == 0 ? response.Content.Headers.ContentLength : null;
                if (declared > _options.MaxBodyBytes)
                    return result with { Outcome = FetchOutcome.TooLarge, Error = $"body of {declared} bytes is over the {_options.MaxBodyBytes} byte limit" };
                await using var stream = await response.Content.ReadAsStreamAsync(linked.Token);
                var body = await BodyReader.ReadAsync(stream, _options.MaxBodyBytes, declared, linked.Token);
                if (body is null)
                    return result with { Outcome = FetchOutcome.TooLarge, Error = $"body is over the {_options.MaxBodyBytes} byte limit after decompression" };
                return result with { Body = body.Value };
            }
        }
        catch (OperationCanceledException) when (deadline.Expired && !cancellationToken.IsCancellationRequested)
        {
            return Fail(request, url, FetchOutcome.Timeout, $"no complete answer within {_options.RequestTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e) when (Find<BlockedAddressException>(e) is { } blocked)
        {
            logger.LogWarning("Refused {Url}: {Reason}", url, blocked.Message);
            return Fail(request, url, FetchOutcome.Blocked, blocked.Message);
        }
        catch (HttpRequestException e)
        {
            return Fail(request, url, FetchOutcome.NetworkError, e.InnerException?.Message ?? e.Message);
        }
        catch (IOException e)
        {
            return Fail(request, url, FetchOutcome.NetworkError, e.Message);
        }
        catch (InvalidDataException e)
        {
            return Fail(request, url, FetchOutcome.NetworkError, $"broken compressed body: {e.Message}");
        }
    }

    private FetchResponse Fail(FetchRequest request, Uri url, FetchOutcome outcome, string error) => new()
    {
        Outcome = outcome,
        RequestedUrl = request.Url,
        FinalUrl = url,
        FetchedAt = time.GetUtcNow(),
        Error = error,
    };

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is T found) return found;
        }
        return null;
    }
}
