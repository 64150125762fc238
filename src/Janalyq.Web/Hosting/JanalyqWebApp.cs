using Janalyq.Ingestion.Crawling;
using Janalyq.Storage;
using Microsoft.AspNetCore.DataProtection;
using Janalyq.Web.Cli;
using Janalyq.Web.Site;

namespace Janalyq.Web.Hosting;

/// <summary>The web host: composition only.</summary>
public static class JanalyqWebApp
{
    public static WebApplication Build(string? dataDirectory, string? urls, string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        JanalyqConfiguration.Apply(builder.Configuration, dataDirectory);
        if (!string.IsNullOrEmpty(urls)) builder.WebHost.UseUrls(urls);
        else if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
            builder.WebHost.UseUrls(ServeCommand.DefaultUrls);
        // A failure to start is explained in one line by the CLI (JanalyqCli.Explain); the host's own stack trace would bury it.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.AddJanalyqCore();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<PipelineHealthCheck>("pipeline");
        builder.Services.AddPublicSite();
        // Keys for antiforgery tokens live in the data folder, so restarts (and, later, several web nodes sharing it) agree.
        builder.Services.AddDataProtection().SetApplicationName("janalyq").PersistKeysToFileSystem(new DirectoryInfo(
            Path.Combine(Path.GetFullPath(builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DataDirectory)}"] ?? "data"), "keys")));
        builder.Services.AddCrawling(background: true); // runs only when Crawler:Enabled and sources are enabled

        var app = builder.Build();
        app.MapHealthChecks("/healthz", HealthReportWriter.Options);
        app.MapPublicSite(); // pages, assets, /media/, and the request guard in front of everything
        return app;
    }
}
