using System.Diagnostics;

namespace Janalyq.Tests.Support;

/// <summary>Runs the real command-line program (janalyq's Janalyq.Web.dll, built beside the tests) as a child process.</summary>
public static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Janalyq.Web.dll");

    public static Process Start(params string[] args) => Start(null, args);

    /// <summary>Starts the program with extra environment variables (settings, GC limits).</summary>
    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment.Remove("JANALYQ_DATA");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        return Process.Start(info)!;
    }

    /// <summary>Runs to the end; returns exit code, stdout and stderr.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>Runs to the end with extra environment variables; returns exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true); // a hung child must not outlive its test
            throw;
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Freezes the child at once (SIGSTOP), wherever it is: its database stays as a kill at this instant leaves it.</summary>
    public static void Freeze(Process process) => Posix.Stop(process.Id);

    /// <summary>Kills the frozen or running child with SIGKILL (no shutdown code runs) and waits until it is gone.</summary>
    public static async Task KillHardAsync(Process process)
    {
        process.Kill(); // SIGKILL on Unix
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Reads the child's stdout until a line satisfies <paramref name="wanted"/>; fails if it ends first.</summary>
    public static async Task<string> ReadUntilAsync(Process process, Func<string, bool> wanted)
    {
        while (await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
            if (wanted(line)) return line;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        throw new InvalidOperationException($"The program ended (exit {process.ExitCode}) before the awaited line: {await process.StandardError.ReadToEndAsync()}");
    }
}
