namespace Janalyq.Web.Site;

/// <summary>
/// Headers on every page of the public site. The policy allows no inline script at all: an article body is
/// sanitized before storage, and should anything slip through, the browser still refuses to run it.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>Photos come from outlets' hosts until the portal caches them, hence https: for images.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
    }
}
