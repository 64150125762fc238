using Janalyq.Storage.Media;

namespace Janalyq.Web.Site;

/// <summary>
/// The portal's copies of outlets' photos, /media/{key}. They come from other sites and are served from ours, so an
/// SVG among them must not run script here: a policy that allows nothing (inline style aside, for SVG) in a sandbox,
/// and no type sniffing. A key is a hash of the photo's address, whose picture outlets do not change, so browsers
/// keep the copy for a year.
/// </summary>
internal static class MediaEndpoint
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static IResult Serve(string key, HttpContext http, IMediaStore media)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (media.Open(key) is not { } stored) return Results.NotFound();
        headers.CacheControl = CacheControl;
        return Results.File(stored.FilePath, stored.ContentType, enableRangeProcessing: false);
    }
}
