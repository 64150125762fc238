using System.Runtime.InteropServices;

namespace Janalyq.Ingestion.Import;

/// <summary>
/// Whether a path (links followed) is a regular file. .NET does not say: a FIFO looks like an empty file, and opening
/// one for reading waits for a writer forever. On Linux the type is read with statx (whose layout is the same on every
/// architecture); elsewhere (macOS, Windows) every file is taken as regular.
/// </summary>
internal static partial class FileKind
{
    /// <summary>False for a FIFO, socket or device; true for a regular file, or when the type cannot be read (the read then reports what is wrong).</summary>
    public static bool IsRegular(string path) => !OperatingSystem.IsLinux() || TypeBits(path) is not { } type || type == 0x8000;

    /// <summary>S_IFMT bits of the file's mode; null when statx is not available or fails.</summary>
    private static int? TypeBits(string path)
    {
        var buffer = new byte[256]; // struct statx; stx_mode is the u16 at offset 28
        try
        {
            if (Native.statx(-100 /* AT_FDCWD */, path, 0, 0x1 /* STATX_TYPE */, buffer) != 0) return null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null; // an old C library
        }
        return BitConverter.ToUInt16(buffer, 28) & 0xF000;
    }

    private static partial class Native
    {
#pragma warning disable SYSLIB1054, CA5392, CA2101 // a plain byte buffer and a path: nothing for LibraryImport's generator to marshal better
        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054, CA5392, CA2101
    }
}
