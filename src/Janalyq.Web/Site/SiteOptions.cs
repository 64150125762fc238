using System.ComponentModel.DataAnnotations;
using Janalyq.Settings;

namespace Janalyq.Web.Site;

/// <summary>Settings of the public site, configuration section "Site".</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>IANA time zone in which readers see publication times. Default "Asia/Almaty".</summary>
    [Required, TimeZoneId]
    public string TimeZone { get; set; } = "Asia/Almaty";

    /// <summary>Articles per page of a category listing. Default 20.</summary>
    [Range(5, 100)]
    public int PageSize { get; set; } = 20;

    /// <summary>
    /// Absolute base address for canonical, hreflang, OpenGraph and JSON-LD links ("https://janalyq.kz"); when unset,
    /// the request's host if `AllowedHosts` names it or it is loopback, else the links are root-relative.
    /// </summary>
    [HttpUrl]
    public string? PublicBaseUrl { get; set; }
}
