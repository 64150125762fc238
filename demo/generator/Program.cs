using System.Text;
using Janalyq.Demo.Generator;

// Usage: dotnet run --project demo/generator [-- --content <dir> --corpus <dir>]
// Without options the demo folder is found from the working directory or the binary's location.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

string? contentDir = null;
string? corpusDir = null;
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--content") contentDir = args[i + 1];
    if (args[i] == "--corpus") corpusDir = args[i + 1];
}

var demo = DemoFolder.Locate();
contentDir ??= demo is null ? null : Path.Combine(demo, "content");
corpusDir ??= demo is null ? null : Path.Combine(demo, "corpus");
if (contentDir is null || corpusDir is null || !Directory.Exists(contentDir))
{
    Console.Error.WriteLine("Cannot find the demo folder (demo/README.md and demo/content/). Run from the repository or pass --content and --corpus.");
    return 2;
}

return CorpusGenerator.Run(Path.GetFullPath(contentDir), Path.GetFullPath(corpusDir));
