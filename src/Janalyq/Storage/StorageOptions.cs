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
        if (Provider != StorageProviders.PostgreSql) yield break;
        if (string.IsNullOrWhiteSpace(PostgreSql.ConnectionString))
        {
            yield return new("PostgreSql:ConnectionString must be set when Storage:Provider is postgresql " +
                "(an Npgsql connection string such as \"Host=db;Database=janalyq;Username=janalyq\"; env JANALYQ_Storage__PostgreSql__ConnectionString)");
            yield break;
        }
        if (PostgreSqlStorageOptions.Problem(PostgreSql.ConnectionString) is { } problem)
            yield return new($"PostgreSql:ConnectionString is not a valid Npgsql connection string: {problem}");
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

    /// <summary>What is wrong with <paramref name="connectionString"/> as Npgsql reads it (never the value: it may hold a password); null when nothing.</summary>
    internal static string? Problem(string connectionString)
    {
        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? "it names no Host (a server name, an address, or a Unix socket folder)" : null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            return e.Message;
        }
    }
}
