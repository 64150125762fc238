using System.CommandLine;
using Janalyq.Ingestion.Import;
using Janalyq.Storage;
using Janalyq.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Janalyq.Web.Cli;

/// <summary>`serve`: migrate the database, import the demo corpus into an empty one, serve the portal.</summary>
internal static class ServeCommand
{
    /// <summary>Where the portal listens when neither --urls nor ASPNETCORE_URLS says.</summary>
    public const string DefaultUrls = "http://localhost:8080";

    private static readonly Option<string?> Urls = new("--urls")
    {
        Description = $"Addresses to listen on, separated by ';' (default {DefaultUrls}, or $ASPNETCORE_URLS).",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the portal (the default verb). Imports the demo corpus into an empty database first.");
        command.Options.Add(Urls);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(CommonOptions.Data), parse.GetValue(Urls), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? data, string? urls, CancellationToken cancellationToken)
    {
        var app = JanalyqWebApp.Build(data, urls, []);
        foreach (var warning in Fetching.NetworkPolicy.Warnings(app.Services.GetRequiredService<IOptions<Fetching.FetchOptions>>().Value.AllowedNetworks))
            await Console.Error.WriteLineAsync($"janalyq: warning: {warning}");
        await PrepareAsync(app.Services, cancellationToken);
        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine($"Janalyq is serving on {string.Join(", ", addresses)} (data: {app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory})");
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Ok;
    }

    /// <summary>Marks a demo import begun and not finished (in the data folder), so that a start after a kill resumes it.</summary>
    private const string DemoPendingFile = "demo-import.pending";

    /// <summary>
    /// Migrates the schema and fills an empty database with the demo corpus. The import is idempotent, and a marker
    /// file lives from before its first write to after its last, so a start after a process killed in the middle of it
    /// (the database no longer empty) runs it again to the end.
    /// </summary>
    internal static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IDatabase>().MigrateAsync(cancellationToken);
        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        var pending = System.IO.Path.Combine(System.IO.Path.GetFullPath(services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory), DemoPendingFile);
        if (!demo.ImportWhenEmpty) return;
        if (!File.Exists(pending) && await services.GetRequiredService<IArticleRepository>().CountAsync(cancellationToken) > 0) return;
        var folder = DemoCorpus.Locate(demo.CorpusDirectory);
        if (folder is null) return;
        var corpus = await DemoCorpus.LoadAsync(folder, cancellationToken);
        await using (var marker = new FileStream(pending, FileMode.Create, FileAccess.Write))
            marker.Flush(flushToDisk: true);
        await services.GetRequiredService<DemoImporter>().ImportAsync(corpus, cancellationToken);
        File.Delete(pending);
    }
}
