using System.ComponentModel.DataAnnotations;
using Janalyq.Settings;

namespace Janalyq.Extraction;

/// <summary>Settings of the article extractor (configuration section "Extraction").</summary>
public sealed class ExtractionOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Extraction";

    /// <summary>Largest page accepted, in bytes of decoded-from-transport content; larger pages are refused with an <see cref="ExtractionException"/>.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxPageBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Deepest element nesting looked at; deeper content is flattened into its ancestor at this depth (guards against stack exhaustion).</summary>
    [Range(16, 4096)]
    public int MaxDepth { get; set; } = 512;

    /// <summary>Time budget for one page; past it the extractor stops refining and returns what it has.</summary>
    [Duration("1 ms", "10 min")]
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>IANA time zone for times a page gives without an offset, when the source has none configured.</summary>
    [Required, TimeZoneId]
    public string DefaultTimeZone { get; set; } = "Asia/Almaty";

    /// <summary>Detect the body's language (ru, kk, en, ...); off saves a little time.</summary>
    public bool DetectLanguage { get; set; } = true;

    /// <summary>
    /// Hosts whose video players (https iframes) are kept in the article body, as figures; every other iframe is removed,
    /// and the site's CSP allows frames from these hosts only. A configured list is added to the defaults (the binder appends).
    /// </summary>
    public IList<string> AllowedVideoHosts { get; set; } = new List<string>
    {
        "www.youtube.com", "youtube.com", "www.youtube-nocookie.com", "player.vimeo.com", "rutube.ru", "vk.com", "vkvideo.ru",
    };

    /// <summary>Per-host CSS rules (keep / drop selectors), keyed by host name without "www."; see <see cref="HostRule"/>.</summary>
    public IDictionary<string, HostRule> HostRules { get; set; } = new Dictionary<string, HostRule>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Outlet-specific CSS rules, for layouts that the general extractor gets wrong.</summary>
public sealed class HostRule
{
    // Selectors: the subset Markup/Selector.cs reads (type, #id, .class, [attr], = ~= |= ^= $= *= with the i flag,
    // descendant and child combinators, :not(), :first-child, :last-child, lists); others fail the start.
    /// <summary>CSS selector of the article body; when it matches, it replaces the general body finder.</summary>
    [CssSelector]
    public string? Body { get; set; }

    /// <summary>CSS selectors of blocks to drop before extraction (banners, inserts the general rules miss).</summary>
    [CssSelector]
    public IList<string> Drop { get; set; } = new List<string>();

    /// <summary>IANA time zone of the outlet, for times given without an offset.</summary>
    [TimeZoneId]
    public string? TimeZone { get; set; }
}
