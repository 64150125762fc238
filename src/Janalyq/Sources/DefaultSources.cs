using Janalyq.Storage;

namespace Janalyq.Sources;

/// <summary>The bundled default sources file (Sources/default-sources.opml): real outlets of Kazakhstan and the region.</summary>
public static class DefaultSources
{
    public const string ResourceName = "Janalyq.Sources.default-sources.opml";

    public static string Text()
    {
        using var stream = typeof(DefaultSources).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<Source> Load() => Opml.Read(Text());
}
