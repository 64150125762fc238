using Microsoft.Extensions.Logging.Console;

namespace Janalyq.Web.Hosting;

/// <summary>The engine without the web server, for command-line verbs. Logs go to stderr so stdout stays data.</summary>
public static class JanalyqToolHost
{
    public static IHost Build(string? dataDirectory) => CreateBuilder(dataDirectory).Build();

    /// <summary>The builder, for verbs that add their own services before building.</summary>
    public static HostApplicationBuilder CreateBuilder(string? dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        JanalyqConfiguration.Apply(builder.Configuration, dataDirectory);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // Verbs print their own results; their logs say only what went wrong, unless asked otherwise.
        if (Environment.GetEnvironmentVariable("Logging__LogLevel__Default") is null)
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddJanalyqCore();
        return builder;
    }
}
