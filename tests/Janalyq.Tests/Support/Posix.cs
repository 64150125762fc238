using System.Runtime.InteropServices;

namespace Janalyq.Tests.Support;

/// <summary>The few POSIX calls the kill tests need: stop a process where it stands, make a named pipe.</summary>
internal static class Posix
{
    /// <summary>SIGSTOP: the process is frozen at once, wherever it is (it cannot catch or ignore it).</summary>
    private static int SigStop => OperatingSystem.IsMacOS() ? 17 : 19;

    /// <summary>Freezes the process; its open transaction, locks and files stay as they are until it is killed.</summary>
    public static void Stop(int pid)
    {
        if (kill(pid, SigStop) != 0) throw new InvalidOperationException($"kill(-STOP {pid}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Makes a named pipe: whoever opens it to read waits until someone opens it to write, and the other way round.</summary>
    public static void MakeFifo(string path)
    {
        if (mkfifo(System.Text.Encoding.UTF8.GetBytes(path + "\0"), Convert.ToUInt32("600", 8)) != 0) throw new IOException($"mkfifo({path}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(byte[] path, uint mode); // a NUL-terminated UTF-8 path
}
