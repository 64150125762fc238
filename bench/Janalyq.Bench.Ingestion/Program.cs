using System.Diagnostics;
using System.Globalization;
using Janalyq.Bench.Ingestion;
using Janalyq.Discovery;
using Janalyq.Extraction;
using Janalyq.Fetching;
using Janalyq.Ingestion;
using Janalyq.Ingestion.Crawling;
using Janalyq.Sources;
using Janalyq.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: dotnet run -c Release --project bench/Janalyq.Bench.Ingestion -- [--in-flight N] [--interval-ms M] [--hosts 30] [--feeds-per-host 10] [--items 50]
// Without --in-flight/--interval-ms the default politeness settings apply.
if (args.Length == 4 && args[0] == "--fleet")
{
    await Fleet.ServeAsync(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
    return;
}
var options = Args.Parse(args);
var hosts = options.Int("--hosts", 30);
var feedsPerHost = options.Int("--feeds-per-host", 10);
var items = options.Int("--items", 50);
var defaults = new PolitenessOptions();
var inFlight = options.Int("--in-flight", defaults.MaxInFlightPerHost);
var interval = TimeSpan.FromMilliseconds(options.Int("--interval-ms", (int)defaults.MinIntervalPerHost.TotalMilliseconds));

Console.WriteLine($"# Ingestion benchmark: {hosts} hosts x {feedsPerHost} feeds x {items} items, {inFlight} in flight / {interval.TotalMilliseconds} ms per host");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");

// 1. Feed parsing on one core, before the fleet starts (nothing else running).
var bodies = Enumerable.Range(1, feedsPerHost).Select(f => System.Text.Encoding.UTF8.GetBytes(Fleet.Rss("127.0.0.1", f, items, 8080))).ToArray();
var context = new ListingContext(new Uri("http://127.0.0.1/"), ListingContext.DefaultZone);
var warmUp = Stopwatch.StartNew();
while (warmUp.Elapsed < TimeSpan.FromSeconds(2))
{
    foreach (var body in bodies) ListingParser.Parse(body, "application/rss+xml", context);
}
long entries = 0;
var parse = Stopwatch.StartNew();
while (parse.Elapsed < TimeSpan.FromSeconds(3))
{
    foreach (var body in bodies) entries += ListingParser.Parse(body, "application/rss+xml", context).Entries.Count;
}
Console.WriteLine($"feed entries parsed per second (one thread): {entries / parse.Elapsed.TotalSeconds:0}");

if (options.Int("--parse-only", 0) == 1) return;
using var fleet = FleetProcess.Start(hosts, feedsPerHost, items);

// 2. The crawler on a fresh data folder.
var data = Path.Combine(Path.GetTempPath(), "janalyq-bench-" + Guid.NewGuid().ToString("N"));
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:DataDirectory"] = data,
    ["Fetching:AllowedNetworks:0"] = "127.0.0.0/8",
    ["Politeness:MaxInFlightPerHost"] = inFlight.ToString(CultureInfo.InvariantCulture),
    ["Politeness:MinIntervalPerHost"] = interval.ToString(),
    ["Crawler:MaxConcurrentFeeds"] = "64",
    ["Ingestion:Templates:Enabled"] = Environment.GetEnvironmentVariable("FLEET_TEMPLATES") ?? "true",
}).Build();
var services = new ServiceCollection()
    .AddSingleton<IConfiguration>(configuration)
    .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole())
    .AddSingleton(TimeProvider.System)
    .AddStorage(configuration)
    .AddExtraction(configuration)
    .AddIngestion(configuration); // the intake as the portal wires it: categorizer, outlet templates
services.AddCrawling(background: false);
await using var provider = services.BuildServiceProvider();
await provider.GetRequiredService<IDatabase>().MigrateAsync(CancellationToken.None);

var slugs = new HashSet<string>(StringComparer.Ordinal);
var sources = new List<Source>();
foreach (var url in Fleet.FeedUrls(hosts, feedsPerHost, fleet.Port))
{
    var source = SourceList.FromUrl(new Uri(url), slugs);
    sources.Add(source with { Id = await provider.GetRequiredService<ISourceRepository>().SaveAsync(source, CancellationToken.None) });
}
var round = provider.GetRequiredService<CrawlRound>();
using var packets = PacketLog.Start(fleet.Port);
await Task.Delay(1000); // let tcpdump attach

var first = await Measure.RunAsync(() => round.RunAsync(sources, RoundScope.All, null, CancellationToken.None));
var stored = await provider.GetRequiredService<IArticleRepository>().CountAsync(CancellationToken.None);
await Task.Delay(500);
Report("first round", first, stored, sources.Count, fleet, packets, interval, inFlight);
var perHost = feedsPerHost * (1 + items) + 1;
Console.WriteLine($"implied by the settings: at least {(perHost - 1) * interval.TotalSeconds:0.0} s ({perHost} requests per host, {interval.TotalMilliseconds} ms apart)");

fleet.ResetLogs();
packets.Clear();
var quiet = await Measure.RunAsync(() => round.RunAsync(sources, RoundScope.All, null, CancellationToken.None));
await Task.Delay(500);
Report("quiet round (every feed 304)", quiet, stored, sources.Count, fleet, packets, interval, inFlight);
Directory.Delete(data, recursive: true);

static void Report(string name, Measure.Result<RoundReport> result, int stored, int sources, FleetProcess fleet, PacketLog packets, TimeSpan interval, int inFlight)
{
    var r = result.Value;
    Console.WriteLine($"## {name}");
    Console.WriteLine($"wall {result.Wall.TotalSeconds:0.00} s, CPU {result.Cpu.TotalSeconds:0.00} s ({result.Cpu.TotalSeconds / sources * 100:0.00} s per 100 sources), allocated {result.AllocatedBytes / 1048576.0:0} MiB, peak working set {result.PeakWorkingSet / 1048576.0:0} MiB");
    Console.WriteLine($"new {r.New}, updated {r.Updated}, unchanged {r.Unchanged}, failed {r.Failed}, failed listings {r.FailedFeeds}; articles in the database: {stored}");
    if (r.New > 0) Console.WriteLine($"articles fetched + extracted + stored per second: {r.New / result.Wall.TotalSeconds:0}");
    var logs = fleet.Stats();
    var gaps = logs.SelectMany(l => l.GapsMs).ToList();
    var strict = gaps.Count(g => g < interval.TotalMilliseconds);
    var beyond2 = gaps.Count(g => g < interval.TotalMilliseconds - 2);
    Console.WriteLine($"server log: {logs.Sum(l => l.Requests)} requests on {logs.Count} hosts; max in flight on any host {logs.Select(l => l.MaxInFlight).DefaultIfEmpty().Max()} (allowed {inFlight}); " +
        $"smallest gap between handler starts {(gaps.Count == 0 ? 0 : gaps.Min()):0.0} ms (required {interval.TotalMilliseconds} ms); gaps under the interval: {strict} of {gaps.Count} (by more than 2 ms: {beyond2})");
    if (!packets.Available)
    {
        Console.WriteLine("packet log: tcpdump not available (apt-get install tcpdump; needs root)");
        return;
    }
    var wire = packets.Gaps().Values.SelectMany(g => g).ToList();
    Console.WriteLine($"packet log (kernel timestamps of {packets.Count} request packets): smallest gap between requests to one host {(wire.Count == 0 ? 0 : wire.Min()):0.000} ms; " +
        $"gaps under {interval.TotalMilliseconds} ms: {wire.Count(g => g < interval.TotalMilliseconds)} of {wire.Count} (by more than 0.1 ms: {wire.Count(g => g < interval.TotalMilliseconds - 0.1)})");
}

/// <summary>The fleet in its own process; its log is read over stdin/stdout.</summary>
internal sealed class FleetProcess : IDisposable
{
    private readonly Process _process;

    private FleetProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static FleetProcess Start(int hosts, int feedsPerHost, int items)
    {
        var self = typeof(FleetProcess).Assembly.Location;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { self, "--fleet", $"{hosts}", $"{feedsPerHost}", $"{items}" }) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        var ready = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("the fleet did not start");
        return new FleetProcess(process, int.Parse(ready.Split(' ')[1], CultureInfo.InvariantCulture));
    }

    public List<HostStats> Stats()
    {
        _process.StandardInput.WriteLine("stats");
        return System.Text.Json.JsonSerializer.Deserialize<List<HostStats>>(_process.StandardOutput.ReadLine()!)!;
    }

    public void ResetLogs() => _process.StandardInput.WriteLine("reset");

    public void Dispose()
    {
        _process.StandardInput.WriteLine("quit");
        if (!_process.WaitForExit(5000)) _process.Kill();
        _process.Dispose();
    }
}

internal static class Measure
{
    public sealed record Result<T>(T Value, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes, long PeakWorkingSet);

    public static async Task<Result<T>> RunAsync<T>(Func<Task<T>> action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var wall = Stopwatch.StartNew();
        var value = await action();
        wall.Stop();
        process.Refresh();
        return new Result<T>(value, wall.Elapsed, process.TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes() - allocated, process.PeakWorkingSet64);
    }
}

internal sealed class Args(Dictionary<string, string> values)
{
    public static Args Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i]] = args[i + 1];
        return new Args(values);
    }

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
