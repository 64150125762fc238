using System.ComponentModel.DataAnnotations;

namespace Janalyq.Fetching;

/// <summary>How the crawler's HttpClient talks to outlets (configuration section "Fetching").</summary>
public sealed class FetchOptions
{
    public const string Section = "Fetching";

    /// <summary>Product token of the User-Agent header; default "JanalyqBot/1.0".</summary>
    [Required]
    public string UserAgent { get; set; } = "JanalyqBot/1.0";

    /// <summary>Page that tells site owners who runs the crawler and how to reach them; sent in the User-Agent; default "https://github.com/janalyq/janalyq#crawler".</summary>
    [Required]
    public string ContactUrl { get; set; } = "https://github.com/janalyq/janalyq#crawler";

    /// <summary>Time allowed to open a TCP (and TLS) connection; default 10 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for a whole fetch, redirects and body included (a slow-loris answer is cut here); default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body accepted, counted after decompression (compression bombs stop here); default 8 MiB.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Redirects followed before giving up (each hop is checked again); default 5.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Address ranges (CIDR, e.g. "127.0.0.1/32") the SSRF guard lets through although they are
    /// loopback, private, link-local or otherwise refused; default none. Tests and the fixture fleet use this.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>Checks what the attributes cannot; returns the problems found.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Uri.TryCreate(ContactUrl, UriKind.Absolute, out var contact) || (contact.Scheme != "https" && contact.Scheme != "http"))
            yield return $"{Section}:ContactUrl must be an absolute http(s) URL, not '{ContactUrl}'.";
        if (UserAgent.Any(char.IsWhiteSpace) || UserAgent.Contains('(', StringComparison.Ordinal))
            yield return $"{Section}:UserAgent must be a single product token like 'JanalyqBot/1.0', not '{UserAgent}'.";
        if (ConnectTimeout <= TimeSpan.Zero) yield return $"{Section}:ConnectTimeout must be positive.";
        if (RequestTimeout <= TimeSpan.Zero) yield return $"{Section}:RequestTimeout must be positive.";
        foreach (var cidr in AllowedNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(cidr, out _))
                yield return $"{Section}:AllowedNetworks has '{cidr}', which is not a CIDR range like 127.0.0.1/32.";
        }
    }

    /// <summary>The User-Agent header value: product token and contact URL.</summary>
    public string UserAgentHeader => $"{UserAgent} (+{ContactUrl})";
}
