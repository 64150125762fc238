namespace Janalyq.Fetching;

/// <summary>The SSRF guard refused every address a host name resolved to.</summary>
public sealed class BlockedAddressException : Exception
{
    public BlockedAddressException(string host, IEnumerable<System.Net.IPAddress> addresses)
        : base($"{host} resolves only to refused addresses ({string.Join(", ", addresses)}); allow the range in Fetching:AllowedNetworks if this is intended.")
    {
        Host = host;
    }

    public BlockedAddressException() { }
    public BlockedAddressException(string message) : base(message) { }
    public BlockedAddressException(string message, Exception inner) : base(message, inner) { }

    public string? Host { get; }
}
