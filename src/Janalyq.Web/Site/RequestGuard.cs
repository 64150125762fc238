using System.Globalization;

namespace Janalyq.Web.Site;

/// <summary>
/// Turns away, with a short 400, requests no page can be built for, before any endpoint sees them: no Host, or one
/// no URL can hold ("", "..", "127.0.0.1:99999"), which the page renderer would throw on; a path with control or
/// line-break characters ("/kz/%0d%0a"), which has no page and must not reach a Location header.
/// </summary>
internal sealed class RequestGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (!IsUsableHost(http.Request.Host)) return RefuseAsync(http, "the Host header names no host.");
        if (HasControlCharacters(http.Request.PathBase.Value) || HasControlCharacters(http.Request.Path.Value))
            return RefuseAsync(http, "the path holds control characters.");
        return next(http);
    }

    /// <summary>A host with an optional port that an absolute URL can carry, as the renderer builds its base URI from it.</summary>
    internal static bool IsUsableHost(HostString host) =>
        host.HasValue && Uri.TryCreate("http://" + host.ToUriComponent() + "/", UriKind.Absolute, out var uri) && uri.Host.Length > 0;

    private static bool HasControlCharacters(string? path)
    {
        foreach (char c in path ?? "")
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator) return true;
        }
        return false;
    }

    private static Task RefuseAsync(HttpContext http, string reason)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-store";
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : http.Response.WriteAsync("Bad request: " + reason + "\n");
    }
}
