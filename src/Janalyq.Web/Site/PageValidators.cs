using System.Security.Cryptography;

namespace Janalyq.Web.Site;

/// <summary>
/// ETag and 304 for the site's pages, feeds and sitemaps: a publicly cacheable 200 answer to GET or HEAD is held,
/// hashed (SHA-256 of the uncompressed bytes, the first 16 bytes as a weak validator) and answered 304 with no body
/// when the request's If-None-Match names it. A reader's browser or a proxy revalidating after max-age then gets a
/// few hundred bytes instead of the page. Photos (/media/) and assets (/assets/) carry their own validators and
/// are streamed through untouched.
/// </summary>
internal sealed class PageValidators(RequestDelegate next)
{
    /// <summary>Answers larger than this are streamed without a validator (no page comes near it).</summary>
    private const int MaxBuffered = 4 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            || http.Request.Path.StartsWithSegments("/media", StringComparison.Ordinal) || http.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal))
        {
            await next(http);
            return;
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        var response = http.Response;
        if (response.StatusCode == StatusCodes.Status200OK && buffer.Length is > 0 and <= MaxBuffered
            && response.Headers.ETag.Count == 0 && IsPublic(response.Headers.CacheControl.ToString()))
        {
            string tag = "W/\"" + Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16]) + "\"";
            response.Headers.ETag = tag;
            if (Matches(http.Request.Headers.IfNoneMatch.ToString(), tag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }

        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    private static bool IsPublic(string cacheControl) => cacheControl.Contains("public", StringComparison.OrdinalIgnoreCase);

    /// <summary>If-None-Match: "*" or a list of tags, compared weakly (W/ prefixes ignored), as RFC 9110 says for GET.</summary>
    private static bool Matches(string ifNoneMatch, string tag)
    {
        if (ifNoneMatch.Length == 0) return false;
        if (ifNoneMatch.Trim() == "*") return true;
        string opaque = tag[2..];
        foreach (string candidate in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string c = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
            if (c == opaque) return true;
        }
        return false;
    }
}
