namespace Janalyq.Ingestion.Import;

/// <summary>
/// Finds the saved pages under a path, recursively, in name order. Symbolic links are followed, but every real folder
/// is listed once and every real file given once, so a link cycle (`ln -s . loop`) or a link to a parent ends, and a
/// file reached by several paths is read once. Only regular files are given (a FIFO named a.html would wait for a writer
/// forever); a folder that cannot be listed, a broken link or a FIFO is reported, and the rest of the walk goes on.
/// </summary>
/// <param name="list">Lists a folder's entries; the file system by default, a stand-in in tests (root reads every folder).</param>
public sealed class PageFolder(Func<DirectoryInfo, IEnumerable<FileSystemInfo>>? list = null)
{
    private readonly Func<DirectoryInfo, IEnumerable<FileSystemInfo>> _list = list ?? (d => d.EnumerateFileSystemInfos());

    /// <summary>
    /// The files under <paramref name="folder"/> whose names <paramref name="wanted"/> accepts, in path order, each with
    /// the reason it cannot be read when it cannot (and the folders that cannot be listed, in their place).
    /// </summary>
    public IReadOnlyList<FoundPage> Walk(string folder, Func<string, bool>? wanted = null)
    {
        var walk = new Walker(_list, wanted ?? (_ => true));
        walk.Folder(folder, RealPath(folder));
        walk.Found.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        return walk.Found;
    }

    private sealed class Walker(Func<DirectoryInfo, IEnumerable<FileSystemInfo>> list, Func<string, bool> wanted)
    {
        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
        private readonly HashSet<string> _files = new(StringComparer.Ordinal);
        public List<FoundPage> Found { get; } = [];

        public void Folder(string path, string real)
        {
            if (!_folders.Add(real)) return; // listed already: a cycle, or a second way in
            List<FileSystemInfo> entries;
            try
            {
                entries = list(new DirectoryInfo(path)).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                Found.Add(new FoundPage(path, "cannot read the folder: " + e.Message));
                return;
            }
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name)); // the first of two ways to one file is the one named
            foreach (var entry in entries)
            {
                var shown = Path.Combine(path, entry.Name);
                var target = entry;
                if (entry.LinkTarget is not null)
                {
                    try
                    {
                        target = entry.ResolveLinkTarget(returnFinalTarget: true);
                    }
                    catch (IOException e)
                    {
                        if (wanted(entry.Name)) Found.Add(new FoundPage(shown, "broken symbolic link: " + e.Message));
                        continue;
                    }
                    if (target is null || !target.Exists)
                    {
                        if (wanted(entry.Name)) Found.Add(new FoundPage(shown, "broken symbolic link (its target does not exist)"));
                        continue;
                    }
                    target = target is DirectoryInfo ? new DirectoryInfo(RealPath(target.FullName)) : new FileInfo(RealPath(target.FullName));
                }
                else
                {
                    target = entry is DirectoryInfo ? new DirectoryInfo(Path.Combine(real, entry.Name)) : new FileInfo(Path.Combine(real, entry.Name));
                }
                if (target is DirectoryInfo)
                {
                    Folder(shown, target.FullName);
                    continue;
                }
                if (!wanted(entry.Name) || !_files.Add(target.FullName)) continue;
                Found.Add(new FoundPage(shown, FileKind.IsRegular(target.FullName) ? null : NotRegular));
            }
        }
    }

    /// <summary>Why a FIFO, socket or device is not read.</summary>
    public const string NotRegular = "not a regular file (a FIFO, socket or device)";

    /// <summary>The path with every symbolic link in it resolved: one name per real folder or file.</summary>
    internal static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var real = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, part);
            FileSystemInfo info = new FileInfo(next);
            if (info.LinkTarget is not null)
            {
                try
                {
                    if (depth < 40 && info.ResolveLinkTarget(returnFinalTarget: true) is { } target && target.FullName != next)
                        next = RealPath(target.FullName, depth + 1); // the target's own folders may be links too
                }
                catch (IOException)
                {
                    // A link loop or a dangling link: keep the name as it is; reading it will say what is wrong.
                }
            }
            real = next;
        }
        return real;
    }
}

/// <summary>A file a folder walk found (or a folder it could not list), with the reason it cannot be read; null when it can.</summary>
public sealed record FoundPage(string File, string? Unreadable);
