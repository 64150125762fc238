using System.Net;
using Janalyq.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Janalyq.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the crawler's named HttpClient (SocketsHttpHandler with the guarded connector, no automatic
    /// redirects, gzip/deflate/br, connect timeout, no proxy), the per-host limiter, robots.txt and the fetcher.
    /// Options are bound by the host from sections "Fetching" and "Politeness" and validated at start.
    /// </summary>
    public static IServiceCollection AddFetching(this IServiceCollection services)
    {
        services.AddSettings<FetchOptions>(FetchOptions.Section);
        services.AddSettings<PolitenessOptions>(PolitenessOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton(sp => new NetworkPolicy(sp.GetRequiredService<IOptions<FetchOptions>>().Value.AllowedNetworks));
        services.TryAddSingleton(sp => new GuardedConnector(sp.GetRequiredService<NetworkPolicy>(), sp.GetRequiredService<IHostResolver>()));
        services.TryAddSingleton<IHostLeaseStore, LocalHostLeaseStore>();
        services.TryAddSingleton<CrawlerIdentity>();
        services.TryAddSingleton<HostLimiter>();
        services.TryAddSingleton<Fetcher>();
        services.TryAddSingleton<Robots.RobotsCache>();
        services.AddHttpClient(Fetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => CreateHandler(
                sp.GetRequiredService<IOptions<FetchOptions>>().Value,
                sp.GetRequiredService<IOptions<PolitenessOptions>>().Value,
                sp.GetRequiredService<GuardedConnector>()))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return services;
    }

    /// <summary>The primary handler; the fetcher owns the overall deadline, so HttpClient.Timeout is infinite.</summary>
    public static SocketsHttpHandler CreateHandler(FetchOptions fetch, PolitenessOptions politeness, GuardedConnector connector) => new()
    {
        ConnectCallback = connector.ConnectAsync,
        ConnectTimeout = fetch.ConnectTimeout,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        UseProxy = false,
        UseCookies = false,
        MaxConnectionsPerServer = politeness.MaxInFlightPerHost,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(60),
        MaxResponseHeadersLength = 64,
    };
}
