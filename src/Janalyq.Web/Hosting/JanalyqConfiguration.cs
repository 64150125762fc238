using Janalyq.Storage;

namespace Janalyq.Web.Hosting;

/// <summary>
/// Where settings come from, lowest priority first: appsettings.json beside the program, environment
/// variables (JANALYQ_Section__Key, plus the shortcut JANALYQ_DATA for the data folder), then the
/// command line (--data DIR).
/// </summary>
public static class JanalyqConfiguration
{
    /// <summary>Environment variable naming the data folder.</summary>
    public const string DataVariable = "JANALYQ_DATA";

    public static void Apply(IConfigurationManager configuration, string? dataDirectory)
    {
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        configuration.AddEnvironmentVariables("JANALYQ_");
        var data = dataDirectory ?? Environment.GetEnvironmentVariable(DataVariable);
        if (!string.IsNullOrWhiteSpace(data))
            configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DataDirectory)}"] = data;
    }
}
