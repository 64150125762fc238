using Janalyq.Bench.Evaluation;

namespace Janalyq.Tests.Bench;

/// <summary>The command line a benchmark restarts itself with (speed's children), started by the app host or by dotnet.</summary>
public class ChildProcessTests
{
    private static readonly string[] Verb = ["speed", "--only", "ours"];

    [Fact]
    public void The_app_host_is_started_with_the_verb_first()
    {
        // `dotnet run --project bench/Janalyq.Bench -- speed` runs the app host: the dll as its first argument made
        // every child print the usage (it took the dll's path for the verb).
        var info = ChildProcess.StartInfo("/repo/bench/Janalyq.Bench/bin/Release/net10.0/Janalyq.Bench", "/repo/bench/Janalyq.Bench/bin/Release/net10.0/Janalyq.Bench.dll", Verb);
        Assert.Equal("/repo/bench/Janalyq.Bench/bin/Release/net10.0/Janalyq.Bench", info.FileName);
        Assert.Equal(Verb, info.ArgumentList);
    }

    [Fact]
    public void The_dotnet_host_is_given_the_dll_then_the_verb()
    {
        var info = ChildProcess.StartInfo("/usr/share/dotnet/dotnet", "/b/Janalyq.Bench.dll", Verb);
        Assert.Equal("/usr/share/dotnet/dotnet", info.FileName);
        Assert.Equal(["/b/Janalyq.Bench.dll", .. Verb], info.ArgumentList);
    }

    [Fact]
    public void Taskset_pins_the_same_command_to_CPU_0()
    {
        var info = ChildProcess.StartInfo("/b/Janalyq.Bench", "/b/Janalyq.Bench.dll", Verb, "/usr/bin/taskset");
        Assert.Equal("/usr/bin/taskset", info.FileName);
        Assert.Equal(["-c", "0", "/b/Janalyq.Bench", .. Verb], info.ArgumentList);
    }
}
