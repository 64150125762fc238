using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Janalyq.Bench.Ingestion;

/// <summary>
/// The simulated fleet: HOSTS loopback addresses (127.0.0.1 to 127.0.0.HOSTS), FEEDS_PER_HOST RSS feeds on
/// each, ITEMS items per feed, every item an article page of realistic size and boilerplate. Feeds answer 304 to
/// their ETag. The server keeps its own log of per-host concurrency and of the interval between request starts.
/// </summary>
public sealed class Fleet : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, HostLog> _logs = new();

    private Fleet(WebApplication app, int hosts, int feedsPerHost, int items)
    {
        _app = app;
        Hosts = hosts;
        FeedsPerHost = feedsPerHost;
        Items = items;
    }

    public int Hosts { get; }
    public int FeedsPerHost { get; }
    public int Items { get; }
    public int Port { get; private set; }

    public static async Task<Fleet> StartAsync(int hosts, int feedsPerHost, int items)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            // One port for all addresses: take a free one from the first address, then bind the rest to it.
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            for (var h = 1; h <= hosts; h++) k.Listen(IPAddress.Parse($"127.0.0.{h}"), port);
        });
        var app = builder.Build();
        var fleet = new Fleet(app, hosts, feedsPerHost, items);
        app.Run(fleet.HandleAsync);
        await app.StartAsync();
        fleet.Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        return fleet;
    }

    public static IEnumerable<string> FeedUrls(int hosts, int feedsPerHost, int port) =>
        from h in Enumerable.Range(1, hosts)
        from f in Enumerable.Range(1, feedsPerHost)
        select $"http://127.0.0.{h}:{port}/feed/{f}.xml";

    /// <summary>
    /// The fleet as its own process (`--fleet HOSTS FEEDS ITEMS`), so that the crawler's CPU work cannot delay the
    /// server's own timestamps: prints "ready PORT", then answers "stats" (one JSON line) and "reset" on stdin.
    /// </summary>
    public static async Task ServeAsync(int hosts, int feedsPerHost, int items)
    {
        await using var fleet = await StartAsync(hosts, feedsPerHost, items);
        Console.WriteLine($"ready {fleet.Port}");
        while (await Console.In.ReadLineAsync() is { } command)
        {
            if (command == "reset") fleet.ResetLogs();
            else if (command == "stats") Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(fleet.Stats()));
            else if (command == "quit") break;
        }
    }

    public List<HostStats> Stats() =>
        [.. _logs.Select(kv => new HostStats(kv.Key, kv.Value.Requests, kv.Value.MaxInFlight, [.. kv.Value.GapsMs]))];

    public IReadOnlyDictionary<string, HostLog> Logs => _logs;

    public void ResetLogs() => _logs.Clear();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var host = context.Connection.LocalIpAddress!.ToString();
        var log = _logs.GetOrAdd(host, _ => new HostLog());
        log.Start();
        try
        {
            var path = context.Request.Path.Value ?? "/";
            if (path == "/robots.txt")
            {
                await context.Response.WriteAsync("User-agent: *\nDisallow: /admin/\n");
            }
            else if (path.StartsWith("/feed/", StringComparison.Ordinal))
            {
                var feed = int.Parse(path[6..^4], System.Globalization.CultureInfo.InvariantCulture);
                var etag = $"\"{host}-{feed}-v1\"";
                context.Response.Headers.ETag = etag;
                if (context.Request.Headers.IfNoneMatch == etag)
                {
                    context.Response.StatusCode = 304;
                    return;
                }
                context.Response.ContentType = "application/rss+xml; charset=utf-8";
                await context.Response.WriteAsync(Rss(host, feed));
            }
            else if (path.StartsWith("/news/", StringComparison.Ordinal))
            {
                // A page of the demo corpus, in its outlet's own layout and encoding (two outlets write windows-1251):
                // no charset in the header, the page's meta says it, as on many real sites.
                var pages = DemoPages.Value;
                var page = pages[(int)((uint)string.GetHashCode(path, StringComparison.Ordinal) % (uint)pages.Length)];
                context.Response.ContentType = "text/html";
                await context.Response.Body.WriteAsync(page);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        }
        finally
        {
            log.End();
        }
    }

    internal string Rss(string host, int feed) => Rss(host, feed, Items, Port);

    internal static string Rss(string host, int feed, int items, int port)
    {
        var Items = items;
        var Port = port;
        var b = new StringBuilder(64 * 1024);
        b.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>")
            .Append("<title>Outlet ").Append(host).Append("</title><link>http://").Append(host).Append("/</link><ttl>10</ttl>");
        for (var i = 1; i <= Items; i++)
        {
            var slug = $"{feed}-{i}";
            b.Append("<item><title>Новость ").Append(slug).Append(" с сайта ").Append(host).Append(": акимат сообщил о новых мерах</title>")
                .Append("<link>http://").Append(host).Append(':').Append(Port).Append("/news/").Append(slug).Append("?utm_source=rss</link>")
                .Append("<guid isPermaLink=\"false\">").Append(host).Append('-').Append(slug).Append("</guid>")
                .Append("<pubDate>Вт, 24 ноя 2026 ").Append(10 + i % 10).Append(':').Append((i * 7 % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(":00 +0500</pubDate>")
                .Append("<description><![CDATA[<p>Краткое содержание новости ").Append(slug).Append(", которое выходит в ленте.</p>]]></description></item>");
        }
        return b.Append("</channel></rss>").ToString();
    }

    /// <summary>Every page of the bundled demo corpus (demo/corpus), read once.</summary>
    private static readonly Lazy<byte[][]> DemoPages = new(() =>
    {
        var folder = Janalyq.Ingestion.Import.DemoCorpus.Locate(null)
            ?? throw new InvalidOperationException("demo/corpus not found above " + AppContext.BaseDirectory);
        var corpus = Janalyq.Ingestion.Import.DemoCorpus.LoadAsync(folder, CancellationToken.None).GetAwaiter().GetResult();
        return [.. corpus.Pages.Select(p => File.ReadAllBytes(Path.Combine(folder, p.File)))];
    });
}

/// <summary>What the fleet's log says about one host.</summary>
public sealed record HostStats(string Host, int Requests, int MaxInFlight, double[] GapsMs);

/// <summary>One host's view of the crawler: concurrency and the gaps between request starts.</summary>
public sealed class HostLog
{
    private readonly Lock _lock = new();
    private int _inFlight;
    private long _lastStart;

    public int Requests { get; private set; }
    public int MaxInFlight { get; private set; }
    public List<double> GapsMs { get; } = [];

    public void Start()
    {
        lock (_lock)
        {
            var timestamp = Stopwatch.GetTimestamp();
            Requests++;
            _inFlight++;
            if (_inFlight > MaxInFlight) MaxInFlight = _inFlight;
            if (_lastStart != 0) GapsMs.Add(Stopwatch.GetElapsedTime(_lastStart, timestamp).TotalMilliseconds);
            _lastStart = timestamp;
        }
    }

    public void End()
    {
        lock (_lock) _inFlight--;
    }
}
