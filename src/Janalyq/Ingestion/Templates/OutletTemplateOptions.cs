using System.ComponentModel.DataAnnotations;

namespace Janalyq.Ingestion.Templates;

/// <summary>
/// Outlet templates: blocks that recur on most pages of one outlet (host) are dropped from its articles
/// (configuration section "Ingestion:Templates"). See src/Janalyq/Ingestion/Templates/README.md.
/// </summary>
public sealed class OutletTemplateOptions : IValidatableObject
{
    public const string Section = "Ingestion:Templates";

    /// <summary>Whether the intake, the folder import and the demo import learn and apply outlet templates (blocks that recur on most of an outlet's recent pages are dropped from its articles); default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many of an outlet's most recent pages the template is learnt from (their block fingerprints, a few hundred bytes each, are kept in memory and in the database); default 30.</summary>
    [Range(2, 1000)]
    public int PagesKept { get; set; } = 30;

    /// <summary>Sibling pages an outlet needs before any block of it counts as template; its first pages are held and extracted again once it has them; default 6.</summary>
    [Range(2, 1000)]
    public int MinimumPages { get; set; } = 6;

    /// <summary>Share of the sibling pages (0.5 to 1) a block must appear on to be template (and on two at least); default 0.6.</summary>
    [Range(0.5, 1.0)]
    public double Share { get; set; } = 0.6;

    /// <summary>Rules across settings (each setting's own rule is written on it).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinimumPages >= PagesKept)
            yield return new($"must be below {Section}:{nameof(PagesKept)}, {PagesKept}", [nameof(MinimumPages)]);
    }
}
