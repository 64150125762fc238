using System.Globalization;

namespace Janalyq.Storage.Sqlite;

/// <summary>Times are stored as round-trip ISO 8601 text keeping the outlet's offset.</summary>
internal static class StoredTime
{
    public static string? Write(DateTimeOffset? value) => value?.ToString("o", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Read(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static long SortKey(DateTimeOffset value) => value.ToUnixTimeMilliseconds();
}
