using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace Janalyq.Web.Site;

/// <summary>
/// The origin written before absolute links (canonical, og:url, hreflang, JSON-LD). Pages are publicly cached, so a
/// Host header is only written into them when the site trusts it: Site:PublicBaseUrl when set, else the request's
/// host when AllowedHosts names it (a pattern other than "*") or it is loopback; else "" and links stay root-relative.
/// </summary>
internal sealed class SiteOrigin
{
    private readonly string? _publicBaseUrl;
    private readonly List<Microsoft.Extensions.Primitives.StringSegment> _trustedHosts;

    public SiteOrigin(IOptions<SiteOptions> site, IOptions<HostFilteringOptions> hostFiltering)
    {
        _publicBaseUrl = site.Value.PublicBaseUrl is { Length: > 0 } url ? url.TrimEnd('/') : null;
        _trustedHosts = hostFiltering.Value.AllowedHosts
            .Where(h => h.Length > 0 && h != "*")
            .Select(h => new Microsoft.Extensions.Primitives.StringSegment(h))
            .ToList();
    }

    /// <summary>"https://janalyq.kz", "http://localhost:8080", or "" for links relative to the site's root.</summary>
    public string For(HttpRequest request)
    {
        if (_publicBaseUrl is not null) return _publicBaseUrl;
        var host = request.Host;
        return RequestGuard.IsUsableHost(host) && (IsLoopback(host.Host) || HostString.MatchesAny(host.Host, _trustedHosts))
            ? request.Scheme + "://" + host.ToUriComponent()
            : "";
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
}
