using Janalyq.Storage;

namespace Janalyq.Web.Hosting;

/// <summary>
/// Where settings come from, lowest priority first: appsettings.json beside the program and the plain
/// environment variables (both loaded by the host builders, whose content root is the program's folder),
/// then JANALYQ_Section__Key variables, the shortcut JANALYQ_DATA, and the command line (--data DIR).
/// </summary>
public static class JanalyqConfiguration
{
    /// <summary>Environment variable naming the data folder.</summary>
    public const string DataVariable = "JANALYQ_DATA";

    public static void Apply(IConfigurationManager configuration, string? dataDirectory)
    {
        configuration.AddEnvironmentVariables("JANALYQ_");
        var data = dataDirectory ?? Environment.GetEnvironmentVariable(DataVariable);
        if (!string.IsNullOrWhiteSpace(data))
            configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DataDirectory)}"] = data;
    }
}
