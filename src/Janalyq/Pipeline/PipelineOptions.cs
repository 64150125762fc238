using System.ComponentModel.DataAnnotations;
using Janalyq.Settings;

namespace Janalyq.Pipeline;

/// <summary>How the stages after storage read the article change log. Section "Pipeline".</summary>
public sealed class PipelineOptions : IValidatableObject
{
    public const string Section = "Pipeline";

    /// <summary>Change-log entries a stage is given at once (one transaction per batch); default 100.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How often the runner looks for changes made by other processes (its own wake it at once); default 2 s.</summary>
    [Duration("10 ms", "1 h")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a runner's claim on a stage lasts unless renewed (it is, at every batch); default 1 min.</summary>
    [Duration("1 s", "1 d")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>First wait after a stage's batch failed; it doubles with each further failure; default 5 s.</summary>
    [Duration("10 ms", "1 d")]
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between two attempts of a failing stage; default 10 min.</summary>
    [Duration("10 ms", "7 d")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A stage whose oldest unprocessed change is older than this makes /healthz Degraded; default 5 min.</summary>
    [Duration("1 s", "30 d")]
    public TimeSpan LagTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Rules across settings (each setting's own rule is written on it).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetryBase > MaxRetryDelay)
            yield return new($"must not exceed {Section}:{nameof(MaxRetryDelay)}, {SettingText.Duration(MaxRetryDelay)}", [nameof(RetryBase)]);
    }
}
