using System.ComponentModel.DataAnnotations;
using Janalyq.Settings;

namespace Janalyq.Fetching;

/// <summary>How gently the crawler treats each host (configuration section "Politeness").</summary>
public sealed class PolitenessOptions
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
}
