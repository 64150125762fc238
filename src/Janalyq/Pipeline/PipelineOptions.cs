using System.ComponentModel.DataAnnotations;

namespace Janalyq.Pipeline;

/// <summary>How the stages after storage read the article change log. Section "Pipeline".</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Change-log entries a stage is given at once (one transaction per batch); default 100.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How often the runner looks for changes made by other processes (its own wake it at once); default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a runner's claim on a stage lasts unless renewed (it is, at every batch); default 1 min.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>First wait after a stage's batch failed; it doubles with each further failure; default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between two attempts of a failing stage; default 10 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A stage whose oldest unprocessed change is older than this makes /healthz Degraded; default 5 min.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan LagTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
