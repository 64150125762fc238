using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Janalyq.Tests.Fetching;

/// <summary>
/// A Kestrel server on loopback addresses inside the tests. Routes are set per test; every request is
/// logged with its host, start and end, and the server counts per-host concurrency itself.
/// </summary>
public sealed class FixtureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private readonly ConcurrentDictionary<string, int> _maxInFlight = new();

    private FixtureServer(WebApplication app) => _app = app;

    public ConcurrentQueue<RequestRecord> Log { get; } = new();

    /// <summary>Port per listening address.</summary>
    public Dictionary<string, int> Ports { get; } = [];

    public static Task<FixtureServer> StartAsync() => StartAsync(["127.0.0.1"]);

    public static async Task<FixtureServer> StartAsync(IReadOnlyList<string> addresses, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            foreach (var address in addresses) k.Listen(IPAddress.Parse(address), port);
            k.Limits.MaxConcurrentConnections = null;
        });
        var app = builder.Build();
        var server = new FixtureServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        foreach (var url in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses)
        {
            var uri = new Uri(url);
            server.Ports[uri.Host] = uri.Port;
        }
        return server;
    }

    public Uri Url(string pathAndQuery, string host = "127.0.0.1") => new($"http://{host}:{Ports[host]}{pathAndQuery}");

    /// <summary>Uri with a host name (resolved by a test resolver) on the port of <paramref name="address"/>.</summary>
    public Uri NamedUrl(string hostName, string pathAndQuery, string address = "127.0.0.1") => new($"http://{hostName}:{Ports[address]}{pathAndQuery}");

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    public void Map(string path, string body, string contentType = "text/html; charset=utf-8") =>
        Map(path, ctx =>
        {
            ctx.Response.ContentType = contentType;
            return ctx.Response.WriteAsync(body);
        });

    public void Map(string path, byte[] body, string contentType) =>
        Map(path, ctx =>
        {
            ctx.Response.ContentType = contentType;
            return ctx.Response.Body.WriteAsync(body).AsTask();
        });

    public int MaxInFlight(string host) => _maxInFlight.GetValueOrDefault(host);

    public IEnumerable<RequestRecord> RequestsTo(string path) => Log.Where(r => r.Path == path);

    private async Task HandleAsync(HttpContext context)
    {
        var host = context.Request.Host.Host;
        var now = _inFlight.AddOrUpdate(host, 1, (_, n) => n + 1);
        _maxInFlight.AddOrUpdate(host, now, (_, m) => Math.Max(m, now));
        var record = new RequestRecord(host, context.Connection.LocalIpAddress?.ToString() ?? "", context.Request.Path + context.Request.QueryString,
            Stopwatch.GetTimestamp(), context.Request.Headers.UserAgent.ToString(), context.Request.Headers.IfNoneMatch.ToString());
        // Logged on arrival: the client may have read the whole answer before this handler's finally runs.
        Log.Enqueue(record);
        try
        {
            var key = context.Request.Path.Value ?? "/";
            if (_routes.TryGetValue(key + context.Request.QueryString, out var exact) || _routes.TryGetValue(key, out exact))
                await exact(context);
            else
                context.Response.StatusCode = 404;
        }
        finally
        {
            _inFlight.AddOrUpdate(host, 0, (_, n) => n - 1);
            record.Ended = Stopwatch.GetTimestamp();
            record.Status = context.Response.StatusCode;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _app.StopAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Slow-loris handlers may still be writing; the test is over.
        }
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the fixture server saw it (Stopwatch timestamps).</summary>
public sealed class RequestRecord(string host, string localAddress, string path, long started, string userAgent, string ifNoneMatch)
{
    public string Host { get; } = host;
    public string LocalAddress { get; } = localAddress;
    public string Path { get; } = path;
    public long Started { get; } = started;
    public string UserAgent { get; } = userAgent;
    public string IfNoneMatch { get; } = ifNoneMatch;
    public long Ended { get; set; }
    public int Status { get; set; }
}
