using System.ComponentModel.DataAnnotations;

namespace Janalyq.Storage;

/// <summary>Where and how Janalyq keeps its data. Section "Storage".</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>The data folder: database, search index, media cache. Created when missing. Env: JANALYQ_DATA.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Database engine: "sqlite" (embedded, the default) or "postgresql" (for several nodes).</summary>
    [RegularExpression("^(sqlite|postgresql)$")]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>Settings of the embedded SQLite database (Storage:Sqlite:*).</summary>
    public SqliteStorageOptions Sqlite { get; set; } = new();

    /// <summary>Settings of the PostgreSQL database (Storage:PostgreSql:*).</summary>
    public PostgreSqlStorageOptions PostgreSql { get; set; } = new();

    /// <summary>Rules across settings (each setting's own rule is written on it).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StorageProviders.PostgreSql)
            yield return new("'postgresql' is not available yet in this build; use 'sqlite'", [nameof(Provider)]);
    }
}

/// <summary>The names <see cref="StorageOptions.Provider"/> accepts.</summary>
public static class StorageProviders
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";
}

/// <summary>The embedded database. Section "Storage:Sqlite"; its file is DataDirectory/janalyq.db.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>How long a SQLite command waits for a lock held by another process before failing, in milliseconds.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMs { get; set; } = 10_000;

    /// <summary>Name of the database file inside the data folder.</summary>
    public const string FileName = "janalyq.db";

    /// <summary>Full path of the SQLite database file in <paramref name="dataDirectory"/>.</summary>
    public static string FileIn(string dataDirectory) => Path.Combine(Path.GetFullPath(dataDirectory), FileName);
}

/// <summary>The database for several nodes. Section "Storage:PostgreSql".</summary>
public sealed class PostgreSqlStorageOptions
{
    /// <summary>Npgsql connection string ("Host=db;Database=janalyq;Username=janalyq"); required when Provider is postgresql.</summary>
    public string? ConnectionString { get; set; }
}
