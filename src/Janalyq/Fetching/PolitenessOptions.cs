using System.ComponentModel.DataAnnotations;
using Janalyq.Settings;

namespace Janalyq.Fetching;

/// <summary>How gently the crawler treats each host (configuration section "Politeness").</summary>
public sealed class PolitenessOptions : IValidatableObject
{
    public const string Section = "Politeness";

    /// <summary>Requests to one host in flight at once, shared by every source on that host; default 2.</summary>
    [Range(1, 64)]
    public int MaxInFlightPerHost { get; set; } = 2;

    /// <summary>Least time between the starts of two requests to one host; default 500 ms.</summary>
    [Duration("0 s", "1 h")]
    public TimeSpan MinIntervalPerHost { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest robots.txt Crawl-delay honoured (a longer one is cut to this); default 30 s.</summary>
    [Duration("0 s", "1 d")]
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a fetched robots.txt is trusted before it is fetched again; default 24 h.</summary>
    [Duration("1 s", "30 d")]
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long article pages of a host wait after its robots.txt failed with 5xx or a network error; default 1 h.</summary>
    [Duration("1 s", "7 d")]
    public TimeSpan RobotsErrorRetry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether robots.txt is fetched and honoured for article pages; default true.</summary>
    public bool HonourRobotsTxt { get; set; } = true;

    /// <summary>How long a crawler process's claim on a host lasts unless renewed (a killed process's hosts are free after it); at least 1.5 times the longest interval; default 1 min.</summary>
    [Duration("100 ms", "1 d")]
    public TimeSpan HostLeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Rules across settings (each setting's own rule is written on it).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The lease is renewed every third of its duration; a killed process's last requests after its last renewal are
        // not recorded, so the lease must outlast the interval by that much for the next holder to keep it.
        var longest = MaxCrawlDelay > MinIntervalPerHost ? MaxCrawlDelay : MinIntervalPerHost;
        if (HostLeaseDuration < longest * 1.5)
            yield return new($"must be at least 1.5 times {Section}:{nameof(MaxCrawlDelay)} and {Section}:{nameof(MinIntervalPerHost)}, {SettingText.Duration(longest * 1.5)}", [nameof(HostLeaseDuration)]);
    }
}
