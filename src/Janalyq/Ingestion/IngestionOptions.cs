using System.ComponentModel.DataAnnotations;

namespace Janalyq.Ingestion;

/// <summary>What the intake accepts as an article. Section "Ingestion".</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Pages whose extracted body is shorter than this many characters are not stored (menus, error pages, junk).</summary>
    [Range(0, 100_000)]
    public int MinimumBodyLength { get; set; } = 200;
}
