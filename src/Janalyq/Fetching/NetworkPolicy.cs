using System.Net;
using System.Net.Sockets;

namespace Janalyq.Fetching;

/// <summary>
/// The SSRF guard's rule: which resolved addresses the crawler may connect to. Loopback, private,
/// link-local (cloud metadata included), carrier-grade NAT, multicast, documentation and reserved
/// ranges are refused unless a configured range explicitly allows them.
/// </summary>
public sealed class NetworkPolicy
{
    private static readonly IPNetwork[] Refused =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "100::/64", "2001::/32", "2001:db8::/32", "fc00::/7", "fe80::/10",
            "fec0::/10", "ff00::/8",
        }.Select(IPNetwork.Parse),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    private readonly IPNetwork[] _allowed;

    public NetworkPolicy(IEnumerable<string> allowedNetworks)
    {
        _allowed = [.. allowedNetworks.Select(IPNetwork.Parse)];
    }

    /// <summary>
    /// Allowed ranges that switch the guard off for a whole address family (0.0.0.0/0, ::/0): accepted, since an
    /// operator may mean it, but each gets a warning to print, because it opens loopback, private networks and
    /// cloud metadata (169.254.169.254) to any URL a listing points to.
    /// </summary>
    public static IEnumerable<string> Warnings(IEnumerable<string> allowedNetworks)
    {
        foreach (var cidr in allowedNetworks)
        {
            if (!IPNetwork.TryParse(cidr, out var range) || range.PrefixLength != 0) continue;
            var family = range.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? "IPv4" : "IPv6";
            yield return $"allowing {cidr} lets every {family} address through: the SSRF guard is off for {family} " +
                "(loopback, private networks and cloud metadata become reachable from any listing or page URL).";
        }
    }

    /// <summary>A policy that allows nothing beyond public addresses.</summary>
    public static NetworkPolicy PublicOnly { get; } = new([]);

    public bool IsAllowed(IPAddress address)
    {
        address = Unwrap(address);
        foreach (var range in _allowed)
        {
            if (range.BaseAddress.AddressFamily == address.AddressFamily && range.Contains(address)) return true;
        }
        foreach (var range in Refused)
        {
            if (range.BaseAddress.AddressFamily == address.AddressFamily && range.Contains(address)) return false;
        }
        return true;
    }

    /// <summary>IPv6 forms that carry an IPv4 address are judged by that address.</summary>
    private static IPAddress Unwrap(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address;
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        if (Nat64.Contains(address)) return new IPAddress(bytes[12..]);
        if (SixToFour.Contains(address)) return new IPAddress(bytes[2..6]);
        return address;
    }
}
