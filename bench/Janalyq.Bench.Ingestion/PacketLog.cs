using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Janalyq.Bench.Ingestion;

/// <summary>
/// The kernel's own timestamps of every request packet sent to the fleet (tcpdump on the loopback interface,
/// data-carrying packets to the fleet's port only): what each host really saw, whatever either process's scheduling
/// did to its own clocks. Needs tcpdump (Debian package) and root; without them the report says so.
/// </summary>
internal sealed class PacketLog : IDisposable
{
    private readonly Process? _tcpdump;
    private readonly ConcurrentQueue<(string Host, double Seconds)> _packets = new();

    private PacketLog(Process? tcpdump) => _tcpdump = tcpdump;

    public bool Available => _tcpdump is not null;

    public static PacketLog Start(int port)
    {
        var info = new ProcessStartInfo("tcpdump")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-i", "lo", "-nn", "-tt", "-l", "-Q", "in",
            $"tcp dst port {port} and (((ip[2:2] - ((ip[0]&0xf)<<2)) - ((tcp[12]&0xf0)>>2)) != 0)" }) info.ArgumentList.Add(a);
        try
        {
            var process = Process.Start(info)!;
            var log = new PacketLog(process);
            process.OutputDataReceived += (_, e) => log.Add(e.Data);
            process.BeginOutputReadLine();
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            Thread.SpinWait(1);
            return log;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return new PacketLog(null);
        }
    }

    private void Add(string? line)
    {
        // "1764064000.123456 IP 127.0.0.1.45678 > 127.0.0.5.40001: Flags [P.], ..."
        if (line is null) return;
        var parts = line.Split(' ');
        if (parts.Length < 5 || parts[1] != "IP") return;
        var destination = parts[4].TrimEnd(':');
        var host = destination[..destination.LastIndexOf('.')];
        if (double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)) _packets.Enqueue((host, seconds));
    }

    /// <summary>Per host, the gaps in milliseconds between consecutive request packets.</summary>
    public Dictionary<string, List<double>> Gaps() =>
        _packets.GroupBy(p => p.Host).ToDictionary(g => g.Key, g =>
        {
            var times = g.Select(p => p.Seconds).Order().ToArray();
            return times.Zip(times.Skip(1), (a, b) => (b - a) * 1000).ToList();
        });

    public int Count => _packets.Count;

    public void Clear() => _packets.Clear();

    public void Dispose()
    {
        if (_tcpdump is null) return;
        try
        {
            _tcpdump.Kill();
            _tcpdump.WaitForExit(2000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _tcpdump.Dispose();
    }
}
