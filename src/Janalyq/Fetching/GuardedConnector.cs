using System.Net;
using System.Net.Sockets;

namespace Janalyq.Fetching;

/// <summary>
/// The HttpClient's ConnectCallback: resolves the host, drops every address the <see cref="NetworkPolicy"/>
/// refuses, and connects to the checked address itself, so there is no window between check and connect
/// (a DNS answer that changes between the two cannot slip a private address through).
/// </summary>
public sealed class GuardedConnector(NetworkPolicy policy, IHostResolver resolver)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken);
        var allowed = addresses.Where(policy.IsAllowed).ToArray();
        if (allowed.Length == 0) throw new BlockedAddressException(host, addresses);

        SocketException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new StartSignallingStream(new NetworkStream(socket, ownsSocket: true));
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }
}
