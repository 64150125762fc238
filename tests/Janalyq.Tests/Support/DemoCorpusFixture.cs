using Janalyq.Ingestion.Import;

namespace Janalyq.Tests.Support;

/// <summary>The bundled demo corpus, as the program ships it (copied beside the tests at build).</summary>
public static class DemoCorpusFixture
{
    public static string Folder =>
        DemoCorpus.Locate(null) ?? throw new InvalidOperationException("demo/corpus is missing: run `dotnet run --project demo/generator`.");

    public static Task<DemoCorpus> LoadAsync() => DemoCorpus.LoadAsync(Folder, TestContext.Current.CancellationToken);
}
