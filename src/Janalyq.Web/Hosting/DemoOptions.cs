using Janalyq.Settings;

namespace Janalyq.Web.Hosting;

/// <summary>The bundled demo corpus. Section "Demo".</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Import the demo corpus when `serve` starts on a database with no articles (or finish one a killed start left unfinished).</summary>
    public bool ImportWhenEmpty { get; set; } = true;

    /// <summary>Folder of the corpus (manifest.json, outlets.json); empty means the copy bundled with the program.</summary>
    [ExistingFolder]
    public string? CorpusDirectory { get; set; }
}
