namespace Janalyq.Storage.Sqlite;

/// <summary>
/// Counts the corruption SQLite reports through its error log (SQLITE_CORRUPT, SQLITE_NOTADB), whichever query met
/// it. The log is process-wide and names no file, so a report only tells each <see cref="SqliteConnectionFactory"/>
/// to check its own file again (PRAGMA quick_check); the check decides.
/// </summary>
internal static class SqliteCorruptionReports
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    // Held for the life of the process: SQLite calls it from native code.
    private static readonly SQLitePCL.delegate_log Callback = OnLog;
    private static readonly Lazy<bool> Installed = new(Install);
    private static long _count;

    /// <summary>Corruption reports so far in this process.</summary>
    public static long Count => Interlocked.Read(ref _count);

    /// <summary>Hooks the error log once per process (SQLite allows setting it at any time since 3.42).</summary>
    public static void EnsureInstalled() => _ = Installed.Value;

    private static bool Install()
    {
        SQLitePCL.Batteries_V2.Init();
        return SQLitePCL.raw.sqlite3_config_log(Callback, null) == SQLitePCL.raw.SQLITE_OK;
    }

    // Runs inside SQLite, on the thread of the failing query: count, nothing else.
    private static void OnLog(object userData, int errorCode, SQLitePCL.utf8z message)
    {
        if ((errorCode & 0xFF) is SqliteCorrupt or SqliteNotADatabase) Interlocked.Increment(ref _count);
    }
}
