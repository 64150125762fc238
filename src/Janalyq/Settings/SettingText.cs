using System.Collections;
using System.Globalization;

namespace Janalyq.Settings;

/// <summary>How settings and their values are written for people: in error messages and in the README's table.</summary>
public static class SettingText
{
    /// <summary>A duration the way the README writes it: "500 ms", "30 s", "5 min", "6 h", "7 d"; odd ones as hh:mm:ss.</summary>
    public static string Duration(TimeSpan t)
    {
        if (t == TimeSpan.Zero) return "0 s";
        if (t < TimeSpan.Zero) return t.ToString("c", CultureInfo.InvariantCulture);
        if (t.Ticks % TimeSpan.TicksPerDay == 0 && t.TotalDays >= 2) return $"{t.TotalDays:0} d";
        if (t.Ticks % TimeSpan.TicksPerHour == 0) return $"{t.TotalHours:0} h";
        if (t.Ticks % TimeSpan.TicksPerMinute == 0) return $"{t.TotalMinutes:0} min";
        if (t.Ticks % TimeSpan.TicksPerSecond == 0) return $"{t.TotalSeconds:0} s";
        if (t.Ticks % TimeSpan.TicksPerMillisecond == 0 && t < TimeSpan.FromSeconds(1)) return $"{t.TotalMilliseconds:0} ms";
        return t.ToString("c", CultureInfo.InvariantCulture);
    }

    /// <summary>Reads what <see cref="Duration"/> writes ("1 s", "5 min", ...) or a TimeSpan ("00:00:01"); for rule attributes.</summary>
    public static TimeSpan ParseDuration(string text)
    {
        var parts = text.Split(' ', 2);
        if (parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return parts[1] switch
            {
                "ms" => TimeSpan.FromMilliseconds(n),
                "s" => TimeSpan.FromSeconds(n),
                "min" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                "d" => TimeSpan.FromDays(n),
                _ => throw new FormatException($"unknown unit in duration '{text}'"),
            };
        }
        return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>A value as an error message quotes it: strings in quotes, durations as configured (00:00:30).</summary>
    public static string Value(object? value) => value switch
    {
        null => "nothing",
        string s => $"'{s}'",
        bool b => b ? "true" : "false",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Value)) + "]",
        _ => value.ToString() ?? "",
    };

    /// <summary>What a configured string must look like to become a <paramref name="type"/>, for "must be ...".</summary>
    public static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(TimeSpan)) return "a duration such as 00:00:30 ([d.]hh:mm:ss[.fff])";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)) return "a whole number";
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return "a number such as 0.5";
        if (type.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(type));
        if (type == typeof(Uri)) return "an absolute address";
        return "a " + type.Name;
    }
}
