using System.Diagnostics;

namespace Janalyq.Bench.Evaluation;

/// <summary>
/// How a benchmark starts itself again in a fresh process (one per measured run, so that JIT state and peak memory are
/// its own), optionally pinned to one CPU with taskset. The running program is either the app host
/// (bench/Janalyq.Bench/bin/.../Janalyq.Bench, which <c>dotnet run</c> starts) or the dotnet host running the dll
/// (<c>dotnet Janalyq.Bench.dll</c>): only the second takes the dll as its first argument.
/// </summary>
public static class ChildProcess
{
    /// <summary>The command line that runs <paramref name="arguments"/> in a new process of the same program.</summary>
    /// <param name="processPath">The running process's executable (<see cref="Environment.ProcessPath"/>).</param>
    /// <param name="entryAssembly">The program's dll (its assembly's location).</param>
    /// <param name="arguments">The verb and its options for the child.</param>
    /// <param name="taskset">The taskset executable to pin the child to CPU 0 with, or null not to pin it.</param>
    public static ProcessStartInfo StartInfo(string processPath, string entryAssembly, IEnumerable<string> arguments, string? taskset = null)
    {
        var command = new List<string> { processPath };
        if (IsDotnetHost(processPath)) command.Add(entryAssembly);
        command.AddRange(arguments);
        if (taskset is not null) command.InsertRange(0, [taskset, "-c", "0"]);
        var info = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in command.Skip(1)) info.ArgumentList.Add(argument);
        return info;
    }

    /// <summary>The same, for the running program: its own executable and dll, pinned when /usr/bin/taskset exists.</summary>
    public static ProcessStartInfo OfThisProgram(Type entryType, IEnumerable<string> arguments) =>
        StartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("the running executable is unknown"),
            entryType.Assembly.Location, arguments, File.Exists("/usr/bin/taskset") ? "/usr/bin/taskset" : null);

    private static bool IsDotnetHost(string processPath) =>
        Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
}
