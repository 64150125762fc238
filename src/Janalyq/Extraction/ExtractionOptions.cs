namespace Janalyq.Extraction;

/// <summary>Settings of the article extractor (configuration section "Extraction").</summary>
public sealed class ExtractionOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Extraction";

    /// <summary>Largest page accepted, in bytes of decoded-from-transport content; larger pages are refused with an <see cref="ExtractionException"/>.</summary>
    public int MaxPageBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Deepest element nesting looked at; deeper content is flattened into its ancestor at this depth (guards against stack exhaustion).</summary>
    public int MaxDepth { get; set; } = 512;

    /// <summary>Time budget for one page; past it the extractor stops refining and returns what it has.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>IANA time zone for times a page gives without an offset, when the source has none configured.</summary>
    public string DefaultTimeZone { get; set; } = "Asia/Almaty";

    /// <summary>Detect the body's language (ru, kk, en, ...); off saves a little time.</summary>
    public bool DetectLanguage { get; set; } = true;

    /// <summary>Hosts whose iframes (video players) survive sanitizing; every other iframe is removed.</summary>
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
    public string? Body { get; set; }

    /// <summary>CSS selectors of blocks to drop before extraction (banners, inserts the general rules miss).</summary>
    public IList<string> Drop { get; set; } = new List<string>();

    /// <summary>IANA time zone of the outlet, for times given without an offset.</summary>
    public string? TimeZone { get; set; }
}
