using System.ComponentModel.DataAnnotations;
using Janalyq.Settings;

namespace Janalyq.Ingestion.Crawling;

/// <summary>When and how much the crawler polls (configuration section "Crawler").</summary>
public sealed class CrawlOptions : IValidatableObject
{
    public const string Section = "Crawler";

    /// <summary>Whether `serve` runs the crawler as a background service; default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Shortest time between two polls of one listing, however busy it is; default 5 min.</summary>
    [Duration("1 s", "1 d")]
    public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest time between two polls of one listing, however quiet it is; default 6 h.</summary>
    [Duration("1 s", "30 d")]
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Interval of a listing polled for the first time; default 15 min.</summary>
    [Duration("1 s", "30 d")]
    public TimeSpan InitialPollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>First delay after a failed poll; it doubles with each further failure (with jitter); default 2 min.</summary>
    [Duration("1 s", "1 d")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest delay after failures, before a source is parked; default 6 h.</summary>
    [Duration("1 s", "30 d")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Longest Retry-After honoured (a longer one is cut to this); default 24 h.</summary>
    [Duration("0 s", "30 d")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Failures in a row after which a listing is parked (the circuit opens) with the reason recorded; default 8.</summary>
    [Range(1, 1000)]
    public int ParkAfterFailures { get; set; } = 8;

    /// <summary>How long a parked listing waits before one probe poll (a success closes the circuit); default 24 h.</summary>
    [Duration("1 s", "30 d")]
    public TimeSpan ParkedProbeInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Listings polled at once in a round (the per-host limiter still decides per host); default 32.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentFeeds { get; set; } = 32;

    /// <summary>Most entries of one listing processed per poll, newest first; default 100.</summary>
    [Range(1, 10_000)]
    public int MaxEntriesPerPoll { get; set; } = 100;

    /// <summary>Times an article page that could not be had is tried again on later polls; default 3.</summary>
    [Range(1, 100)]
    public int MaxPageAttempts { get; set; } = 3;

    /// <summary>Child sitemaps of a sitemap index read per poll, newest first; default 2.</summary>
    [Range(0, 50)]
    public int MaxChildSitemaps { get; set; } = 2;

    /// <summary>Longest sleep of the background crawler between rounds when nothing is due; default 30 s.</summary>
    [Duration("1 s", "1 h")]
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a crawler process's claim on the listings it polls lasts unless renewed (a killed process's listings are polled by another after it); default 2 min.</summary>
    [Duration("1 s", "1 d")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Rules across settings (each setting's own rule is written on it).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxPollInterval < MinPollInterval)
            yield return new($"must not be shorter than {Section}:{nameof(MinPollInterval)}, {SettingText.Duration(MinPollInterval)}", [nameof(MaxPollInterval)]);
        if (InitialPollInterval < MinPollInterval || InitialPollInterval > MaxPollInterval)
            yield return new($"must lie between {Section}:{nameof(MinPollInterval)} and {Section}:{nameof(MaxPollInterval)}, {SettingText.Duration(MinPollInterval)} to {SettingText.Duration(MaxPollInterval)}", [nameof(InitialPollInterval)]);
        if (MaxBackoff < BackoffBase)
            yield return new($"must not be shorter than {Section}:{nameof(BackoffBase)}, {SettingText.Duration(BackoffBase)}", [nameof(MaxBackoff)]);
    }
}
