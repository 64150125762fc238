namespace Janalyq.Tests.Site;

/// <summary>
/// What scanners send: no Host, a Host no URL can hold, control characters in the path. Each is the reader's
/// mistake (a 400 with a short body), never the server's (a 500 with an empty one). Real Kestrel, raw sockets.
/// </summary>
public class RequestHardeningTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("GET / HTTP/1.0\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: 127.0.0.1:99999\r\nConnection: close\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: ..\r\nConnection: close\r\n\r\n")]
    [InlineData("GET /article/1 HTTP/1.1\r\nHost: a..b\r\nConnection: close\r\n\r\n")]
    [InlineData("GET /no-such-page HTTP/1.0\r\n\r\n")]
    public async Task A_request_without_a_usable_host_is_a_bad_request(string request)
    {
        var answer = await RawHttp.SendAsync(site.Host.Address, request);

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("text/plain", answer.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Contains("Host", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/kz/%0d%0aX")]
    [InlineData("/kz/%0a")]
    [InlineData("/kz/%E2%80%A8x")]
    [InlineData("/article/1%0d%0aSet-Cookie:%20a=b")]
    [InlineData("/en/%1b%5b31m")]
    [InlineData("/category/%E2%80%A9")]
    public async Task A_path_with_control_or_line_break_characters_is_a_bad_request(string path)
    {
        var answer = await RawHttp.SendAsync(site.Host.Address, $"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("text/plain", answer.Header("Content-Type"), StringComparison.Ordinal);
        Assert.DoesNotContain("Set-Cookie", answer.Head, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/kz/category/economy", "/kk/category/economy")]
    [InlineData("/kz/%D0%B6%D0%B0%D2%A3%D0%B0", "/kk/%D0%B6%D0%B0%D2%A3%D0%B0")]
    [InlineData("/kz/a%20b", "/kk/a%20b")]
    public async Task The_kz_redirect_writes_a_location_a_header_can_carry(string path, string location)
    {
        var answer = await RawHttp.SendAsync(site.Host.Address, $"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(301, answer.Status);
        Assert.Equal(location, answer.Header("Location"));
    }

    [Fact]
    public async Task An_ordinary_request_still_gets_its_page()
    {
        var answer = await RawHttp.SendAsync(site.Host.Address, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, answer.Status);
    }
}
