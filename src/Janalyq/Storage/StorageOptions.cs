using System.ComponentModel.DataAnnotations;

namespace Janalyq.Storage;

/// <summary>Where and how Janalyq keeps its data. Section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The data folder: database, search index, media cache. Created when missing. Env: JANALYQ_DATA.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Database engine: "sqlite" (embedded, the default) or "postgresql" (for several nodes).</summary>
    [RegularExpression("^(sqlite|postgresql)$")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Connection string for PostgreSQL; ignored for SQLite, whose file is DataDirectory/janalyq.db.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a SQLite command waits for a lock held by another process before failing, in milliseconds.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMs { get; set; } = 10_000;

    /// <summary>Full path of the SQLite database file.</summary>
    public string SqliteFile => Path.Combine(Path.GetFullPath(DataDirectory), "janalyq.db");
}
