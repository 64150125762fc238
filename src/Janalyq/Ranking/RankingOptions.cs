using System.ComponentModel.DataAnnotations;
using Janalyq.Settings;

namespace Janalyq.Ranking;

/// <summary>How "Актуальное" is ranked (<see cref="StoryRanking"/>). Section "Ranking".</summary>
public sealed class RankingOptions : IValidatableObject
{
    public const string Section = "Ranking";

    /// <summary>How far back, before the newest article stored, stories compete for "Актуальное" (freshness, not this window, decides how much age costs); default 7 d.</summary>
    [Duration("1 h", "30 d")]
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Most stories (and as many articles in no story yet) read as candidates, the most recently active first; default 300.</summary>
    [Range(10, 10_000)]
    public int MaxCandidates { get; set; } = 300;

    /// <summary>Age after which a story's score is halved (its freshness decays exponentially from its newest article); default 6 h.</summary>
    [Duration("10 min", "30 d")]
    public TimeSpan HalfLife { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The "last hours" of velocity: outlets that covered a story in this span are compared with those of the span before; default 3 h.</summary>
    [Duration("10 min", "2 d")]
    public TimeSpan VelocitySpan { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Weight of velocity (outlets new to a story in the last span, beyond those of the span before) against the outlets' votes; default 0.5.</summary>
    [Range(0.0, 10.0)]
    public double VelocityWeight { get; set; } = 0.5;

    /// <summary>Weight of reader views (log of 1 + views) against the outlets' votes; 0 until the site counts views; default 0.</summary>
    [Range(0.0, 10.0)]
    public double ViewsWeight { get; set; }

    /// <summary>Vote of an outlet by its slug ("dala-info": 1.5); outlets not listed vote 1, 0 silences one.</summary>
    public IDictionary<string, double> OutletWeights { get; set; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);

    /// <summary>An outlet's vote: its configured weight, else 1.</summary>
    public double WeightOf(string outlet) => OutletWeights.TryGetValue(outlet, out double weight) ? weight : 1;

    /// <summary>Rules across settings (each setting's own rule is written on it).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (outlet, weight) in OutletWeights)
        {
            if (weight is < 0 or > 100 || double.IsNaN(weight))
                yield return new($"must be between 0 and 100 (got {weight} for {outlet})", [nameof(OutletWeights)]);
        }
    }
}
