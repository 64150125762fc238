namespace Janalyq.Settings;

/// <summary>
/// An options class bound to a configuration section with <see cref="SettingsServiceCollectionExtensions.AddSettings{T}"/>:
/// checked at start, and listed in the README's configuration table.
/// </summary>
public sealed record SettingsSection(string Section, Type OptionsType);
