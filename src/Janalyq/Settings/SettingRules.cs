using System.Net;
using NodaTime;

namespace Janalyq.Settings;

/// <summary>A duration between <paramref name="minimum"/> and <paramref name="maximum"/> (both included), written "1 s", "5 min", "24 h" or hh:mm:ss.</summary>
public sealed class DurationAttribute(string minimum, string? maximum = null) : SettingRuleAttribute
{
    public TimeSpan Minimum { get; } = SettingText.ParseDuration(minimum);

    public TimeSpan? Maximum { get; } = maximum is null ? null : SettingText.ParseDuration(maximum);

    public override string? Check(object? value) => value switch
    {
        TimeSpan t when t < Minimum => $"must be at least {SettingText.Duration(Minimum)}",
        TimeSpan t when t > Maximum => $"must be at most {SettingText.Duration(Maximum.Value)}",
        TimeSpan => null,
        _ => "must be a duration",
    };
}

/// <summary>An IANA time zone id of the tz database (Asia/Almaty, Europe/Moscow); empty is left to [Required].</summary>
public sealed class TimeZoneIdAttribute : SettingRuleAttribute
{
    public override string? Check(object? value) =>
        value is not string id || id.Length == 0 || DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null
            ? null
            : "must be an IANA time zone such as Asia/Almaty";
}

/// <summary>An absolute http or https address; empty means "not set".</summary>
public sealed class HttpUrlAttribute : SettingRuleAttribute
{
    public override string? Check(object? value) =>
        value is not string text || text.Length == 0
        || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            ? null
            : "must be an absolute http(s) address such as https://janalyq.kz";
}

/// <summary>An address range in CIDR notation (127.0.0.1/32, 10.0.0.0/8, ::1/128).</summary>
public sealed class CidrAttribute : SettingRuleAttribute
{
    public override string? Check(object? value) =>
        value is string text && IPNetwork.TryParse(text, out _) ? null : "must be a CIDR range such as 127.0.0.1/32";
}

/// <summary>One product token of a User-Agent header (JanalyqBot/1.0): no spaces, no comment in parentheses.</summary>
public sealed class ProductTokenAttribute : SettingRuleAttribute
{
    public override string? Check(object? value) =>
        value is string text && text.Length > 0 && !text.Any(char.IsWhiteSpace) && !text.Contains('(', StringComparison.Ordinal)
            ? null
            : "must be one product token such as JanalyqBot/1.0 (no spaces or parentheses)";
}

/// <summary>A folder that exists; empty means "not set".</summary>
public sealed class ExistingFolderAttribute : SettingRuleAttribute
{
    public override string? Check(object? value) =>
        value is not string path || path.Length == 0 || Directory.Exists(path)
            ? null
            : Path.IsPathRooted(path) ? "must be an existing folder" : $"must be an existing folder (relative to {Environment.CurrentDirectory})";
}
