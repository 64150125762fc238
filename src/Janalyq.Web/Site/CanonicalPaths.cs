namespace Janalyq.Web.Site;

/// <summary>
/// One address per page: a site path in another spelling answers 301 to the canonical one, so readers' links and
/// search engines meet a single URL. "/ru/..." is the Russian version, which lives at the root ("/ru/x" → "/x");
/// paths are lower case ("/RU/", "/Article/62", "/KK/category/Economy" → their lower-case form). The query string
/// is kept. Photos and assets (content-hashed keys) are left alone; an article's id without its title part is
/// redirected by the article page itself, which knows the title.
/// </summary>
internal sealed class CanonicalPaths(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        string path = request.Path.Value ?? "/";
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Path.StartsWithSegments("/media", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/assets", StringComparison.OrdinalIgnoreCase))
            return next(http);

        string canonical = path.Any(char.IsAsciiLetterUpper) ? path.ToLowerInvariant() : path;
        if (canonical == "/ru" || canonical.StartsWith("/ru/", StringComparison.Ordinal)) canonical = canonical.Length <= 4 ? "/" : canonical[3..];
        if (canonical == path) return next(http);

        http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        http.Response.Headers.Location = new PathString(canonical).ToUriComponent() + request.QueryString.ToUriComponent();
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return Task.CompletedTask;
    }
}
