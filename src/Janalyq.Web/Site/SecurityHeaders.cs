namespace Janalyq.Web.Site;

/// <summary>
/// Headers on every page of the public site. The policy allows no inline script at all: an article body is
/// sanitized before storage, and should anything slip through, the browser still refuses to run it.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// The policy. Photos come from outlets' hosts until the portal caches them, hence https: for images; frames
    /// only from the video hosts whose players the extractor keeps (Extraction:AllowedVideoHosts), over https.
    /// </summary>
    public static string ContentSecurityPolicy(IEnumerable<string> videoHosts)
    {
        var frames = string.Join(' ', videoHosts.Where(h => h.Length > 0 && h.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')).Select(h => "https://" + h));
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
            "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; " +
            "frame-src " + (frames.Length > 0 ? frames : "'none'");
    }

    public static void Apply(HttpResponse response, string policy)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
    }
}
