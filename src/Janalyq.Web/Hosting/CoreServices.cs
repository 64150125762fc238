using Janalyq.Extraction;
using Janalyq.Ingestion;
using Janalyq.Storage;

namespace Janalyq.Web.Hosting;

public static class CoreServices
{
    /// <summary>The engine every verb needs: storage, extraction, intake.</summary>
    public static IHostApplicationBuilder AddJanalyqCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddExtraction(builder.Configuration);
        builder.Services.AddIngestion(builder.Configuration);
        builder.Services.AddOptions<DemoOptions>().Bind(builder.Configuration.GetSection(DemoOptions.Section));
        return builder;
    }
}

/// <summary>The bundled demo corpus. Section "Demo".</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Import the demo corpus when `serve` starts on a database with no articles (or finish one a killed start left unfinished).</summary>
    public bool ImportWhenEmpty { get; set; } = true;

    /// <summary>Folder of the corpus (manifest.json, outlets.json); empty means the copy bundled with the program.</summary>
    public string? CorpusDirectory { get; set; }
}
