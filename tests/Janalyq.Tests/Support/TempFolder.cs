namespace Janalyq.Tests.Support;

/// <summary>A fresh folder under the system temp directory, removed at dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "janalyq-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed child process may still hold a file for a moment; temp is cleaned by the OS.
        }
    }
}
