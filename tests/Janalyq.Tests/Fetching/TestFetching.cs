using System.Net;
using Janalyq.Fetching;
using Janalyq.Fetching.Robots;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Fetching;

/// <summary>Builds the fetching services as the host does, with loopback allowed through the setting.</summary>
public static class TestFetching
{
    public static ServiceProvider Services(
        Action<FetchOptions>? fetch = null,
        Action<PolitenessOptions>? politeness = null,
        IHostResolver? resolver = null,
        Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.Configure<FetchOptions>(o =>
        {
            o.AllowedNetworks = ["127.0.0.1/32"];
            o.RequestTimeout = TimeSpan.FromSeconds(5);
            o.ConnectTimeout = TimeSpan.FromSeconds(2);
            fetch?.Invoke(o);
        });
        services.Configure<PolitenessOptions>(o =>
        {
            o.MinIntervalPerHost = TimeSpan.Zero;
            o.MaxInFlightPerHost = 4;
            politeness?.Invoke(o);
        });
        if (resolver is not null) services.AddSingleton(resolver);
        services.AddSingleton<IRobotsStore, MemoryRobotsStore>();
        more?.Invoke(services);
        services.AddFetching();
        return services.BuildServiceProvider();
    }

    public static Fetcher Fetcher(this ServiceProvider services) => services.GetRequiredService<Fetcher>();
}

/// <summary>Maps test host names to loopback addresses.</summary>
public sealed class MapResolver(Dictionary<string, string> map) : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        map.TryGetValue(host, out var address)
            ? Task.FromResult(new[] { IPAddress.Parse(address) })
            : throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound);
}
