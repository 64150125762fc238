using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace Janalyq.Settings;

/// <summary>
/// Checks an options object against the rules written on its properties (DataAnnotations attributes and
/// <see cref="SettingRuleAttribute"/>s), nested groups, lists and maps included, and its own
/// <see cref="IValidatableObject"/> rules across properties (checked once the properties keep their own rules). Each failure names the full key, the rule and the value:
/// "Crawler:IdleDelay must be at least 1 s (got 00:00:00)".
/// </summary>
public static class SettingsValidation
{
    /// <summary>Every broken rule of <paramref name="options"/>, bound from <paramref name="section"/>.</summary>
    public static IReadOnlyList<string> Failures(object options, string section)
    {
        var failures = new List<string>();
        CheckGroup(options, section, failures);
        return failures;
    }

    private static void CheckGroup(object group, string path, List<string> failures)
    {
        var before = failures.Count;
        foreach (var property in SettingShape.Properties(group.GetType()))
        {
            var key = $"{path}:{property.Name}";
            var value = property.GetValue(group);
            var kind = SettingShape.KindOf(property.PropertyType, out var item);
            foreach (var rule in property.GetCustomAttributes<ValidationAttribute>(inherit: true))
            {
                if (rule is SettingRuleAttribute && kind == SettingKind.List && value is IEnumerable items)
                {
                    var i = 0;
                    foreach (var element in items) Apply(rule, element, $"{key}:{i++}", failures);
                }
                else if (rule is SettingRuleAttribute && kind == SettingKind.Map && value is IDictionary map)
                {
                    foreach (DictionaryEntry entry in map) Apply(rule, entry.Value, $"{key}:{entry.Key}", failures);
                }
                else Apply(rule, value, key, failures);
            }
            if (value is null || kind == SettingKind.Value) continue;
            var itemsAreGroups = item is not null && SettingShape.KindOf(item, out _) == SettingKind.Group;
            switch (kind)
            {
                case SettingKind.Group:
                    CheckGroup(value, key, failures);
                    break;
                case SettingKind.List when itemsAreGroups:
                    var n = 0;
                    foreach (var element in (IEnumerable)value)
                    {
                        if (element is not null) CheckGroup(element, $"{key}:{n}", failures);
                        n++;
                    }
                    break;
                case SettingKind.Map when itemsAreGroups && value is IDictionary groups:
                    foreach (DictionaryEntry entry in groups)
                    {
                        if (entry.Value is not null) CheckGroup(entry.Value, $"{key}:{entry.Key}", failures);
                    }
                    break;
            }
        }
        // As DataAnnotations' Validator does: rules across settings only once each setting keeps its own.
        if (group is IValidatableObject validatable && failures.Count == before)
        {
            foreach (var result in validatable.Validate(new ValidationContext(group)))
            {
                if (result == ValidationResult.Success) continue;
                var member = result.MemberNames.FirstOrDefault();
                if (member is null)
                {
                    failures.Add($"{path}: {result.ErrorMessage}");
                    continue;
                }
                var value = group.GetType().GetProperty(member)?.GetValue(group);
                failures.Add($"{path}:{member} {result.ErrorMessage} (got {SettingText.Value(value)})");
            }
        }
    }

    private static void Apply(ValidationAttribute rule, object? value, string key, List<string> failures)
    {
        if (Broken(rule, value) is { } broken) failures.Add($"{key} {broken} (got {SettingText.Value(value)})");
    }

    /// <summary>The rule <paramref name="value"/> breaks, in the words of the message; null when it keeps it.</summary>
    private static string? Broken(ValidationAttribute rule, object? value)
    {
        if (rule is SettingRuleAttribute own) return own.Check(value);
        if (rule.IsValid(value)) return null;
        return rule switch
        {
            RequiredAttribute => "must be set",
            RangeAttribute range when Compare(value, range.Minimum) < 0 => $"must be at least {Number(range.Minimum)}",
            RangeAttribute range => $"must be at most {Number(range.Maximum)}",
            RegularExpressionAttribute regex => $"must match {regex.Pattern}",
            _ => "is not valid: " + rule.FormatErrorMessage("the value"),
        };
    }

    private static int Compare(object? value, object bound) =>
        Convert.ToDouble(value, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(bound, CultureInfo.InvariantCulture));

    private static string Number(object bound) => Convert.ToString(bound, CultureInfo.InvariantCulture) ?? "";
}

/// <summary>The start's check of one options class (see <see cref="SettingsValidation"/>).</summary>
internal sealed class SettingsValidator<T>(string section) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = SettingsValidation.Failures(options, section);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
