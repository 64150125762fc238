using System.ComponentModel.DataAnnotations;
using Janalyq.Settings;

namespace Janalyq.Fetching;

/// <summary>How the crawler's HttpClient talks to outlets (configuration section "Fetching").</summary>
public sealed class FetchOptions
{
    public const string Section = "Fetching";

    /// <summary>Product token of the User-Agent header; default "JanalyqBot/1.0".</summary>
    [Required, ProductToken]
    public string UserAgent { get; set; } = "JanalyqBot/1.0";

    /// <summary>Page that tells site owners who runs the crawler and how to reach them; sent in the User-Agent; default "https://github.com/janalyq/janalyq#crawler".</summary>
    [Required, HttpUrl]
    public string ContactUrl { get; set; } = "https://github.com/janalyq/janalyq#crawler";

    /// <summary>Time allowed to open a TCP (and TLS) connection; default 10 s.</summary>
    [Duration("100 ms", "5 min")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for a whole fetch, redirects and body included (a slow-loris answer is cut here); default 30 s.</summary>
    [Duration("100 ms", "1 h")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body accepted, counted after decompression (compression bombs stop here); default 8 MiB.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Redirects followed before giving up (each hop is checked again); default 5.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Address ranges (CIDR, e.g. "127.0.0.1/32") the SSRF guard lets through although they are
    /// loopback, private, link-local or otherwise refused (tests and the fixture fleet use this); default none.
    /// </summary>
    [Cidr]
    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>The User-Agent header value: product token and contact URL.</summary>
    public string UserAgentHeader => $"{UserAgent} (+{ContactUrl})";
}
