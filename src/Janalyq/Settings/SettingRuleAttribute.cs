using System.ComponentModel.DataAnnotations;

namespace Janalyq.Settings;

/// <summary>
/// A rule of a setting, written next to its property. <see cref="Check"/> says what is wrong in the words of the
/// error message ("must be at least 1 s"); the start names the setting and the value given around it.
/// On a list, the rule applies to each item (the message names the item: Fetching:AllowedNetworks:0).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public abstract class SettingRuleAttribute : ValidationAttribute
{
    /// <summary>The broken rule, as "must ..."; null when <paramref name="value"/> keeps it.</summary>
    public abstract string? Check(object? value);

    public override bool IsValid(object? value) => Check(value) is null;
}
