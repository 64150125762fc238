using System.ComponentModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Janalyq.Settings;

/// <summary>
/// Binds a configuration section to its options class after checking that every configured value can become its
/// property's type: "abc" for a duration fails naming the setting ("Crawler:IdleDelay must be a duration ...
/// (got 'abc')"), as an <see cref="OptionsValidationException"/>, instead of the binder's exception.
/// </summary>
public static class SettingValues
{
    /// <summary>Binds <paramref name="section"/> to <paramref name="options"/>, or throws naming every value it cannot read.</summary>
    public static void Bind<T>(IConfigurationSection section, T options) where T : class
    {
        var failures = Unreadable(section, typeof(T));
        if (failures.Count == 0)
        {
            try
            {
                section.Bind(options);
            }
            catch (InvalidOperationException e)
            {
                failures.Add(e.Message); // a shape the check above does not know; the binder's message names the key
            }
        }
        if (failures.Count > 0) throw new OptionsValidationException(Options.DefaultName, typeof(T), failures);
    }

    /// <summary>Every value under <paramref name="section"/> that the property it sets cannot hold.</summary>
    public static List<string> Unreadable(IConfigurationSection section, Type type)
    {
        var failures = new List<string>();
        Walk(section, type, failures);
        return failures;
    }

    private static void Walk(IConfigurationSection node, Type type, List<string> failures)
    {
        switch (SettingShape.KindOf(type, out var item))
        {
            case SettingKind.Value:
                if (node.Value is { } text && !Converts(type, text))
                    failures.Add($"{node.Path} must be {SettingText.Expected(type)} (got '{text}')");
                break;
            case SettingKind.List or SettingKind.Map when item is not null:
                foreach (var child in node.GetChildren()) Walk(child, item, failures);
                break;
            case SettingKind.Group:
                var properties = SettingShape.Properties(type).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
                foreach (var child in node.GetChildren())
                {
                    if (properties.TryGetValue(child.Key, out var property)) Walk(child, property.PropertyType, failures);
                }
                break;
        }
    }

    private static bool Converts(Type type, string text)
    {
        if (type == typeof(string) || (text.Length == 0 && Nullable.GetUnderlyingType(type) is not null)) return true; // "" is null
        type = Nullable.GetUnderlyingType(type) ?? type;
        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException or NotSupportedException)
        {
            return false;
        }
    }
}
