using System.Net.Sockets;
using System.Text;

namespace Janalyq.Tests.Site;

/// <summary>
/// Requests written byte for byte on a socket: what scanners send and HttpClient refuses to (no Host, an empty or
/// malformed Host). The request should close the connection (HTTP/1.0, or "Connection: close").
/// </summary>
internal static class RawHttp
{
    public sealed record Answer(int Status, string Head, string Body)
    {
        public string Header(string name) =>
            Head.Split("\r\n").Skip(1).Select(l => l.Split(':', 2))
                .Where(p => p.Length == 2 && string.Equals(p[0].Trim(), name, StringComparison.OrdinalIgnoreCase))
                .Select(p => p[1].Trim()).FirstOrDefault() ?? "";
    }

    public static async Task<Answer> SendAsync(Uri address, string request)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancellationToken);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, cancellationToken); // until the server closes
        string text = Encoding.UTF8.GetString(received.ToArray());
        int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        string head = end < 0 ? text : text[..end];
        string body = end < 0 ? "" : text[(end + 4)..];
        string[] statusLine = head.Split("\r\n")[0].Split(' ');
        return new Answer(statusLine.Length > 1 && int.TryParse(statusLine[1], out int status) ? status : 0, head, body);
    }
}
