using System.IO.Compression;
using Janalyq.Fetching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Janalyq.Tests.Fetching;

public sealed class FetcherTests : IAsyncLifetime
{
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sends_an_honest_user_agent_and_reads_the_body()
    {
        _server.Map("/page", "<html>привет</html>");
        using var services = TestFetching.Services(o => o.ContactUrl = "https://janalyq.test/bot");
        var response = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/page")), Ct);
        Assert.Equal(FetchOutcome.Ok, response.Outcome);
        Assert.Equal("<html>привет</html>", System.Text.Encoding.UTF8.GetString(response.Body.Span));
        Assert.Equal("JanalyqBot/1.0 (+https://janalyq.test/bot)", _server.RequestsTo("/page").Single().UserAgent);
    }

    [Fact]
    public async Task Conditional_get_gives_not_modified()
    {
        _server.Map("/feed", ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                ctx.Response.StatusCode = 304;
                return Task.CompletedTask;
            }
            ctx.Response.Headers.ETag = "\"v1\"";
            ctx.Response.Headers.LastModified = "Tue, 24 Nov 2026 10:00:00 GMT";
            return ctx.Response.WriteAsync("<rss/>");
        });
        using var services = TestFetching.Services();
        var first = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/feed")), Ct);
        Assert.Equal(("\"v1\"", "Tue, 24 Nov 2026 10:00:00 GMT"), (first.ETag, first.LastModified));
        var second = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/feed")) { ETag = first.ETag, LastModified = first.LastModified }, Ct);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.True(second.Body.IsEmpty);
    }

    [Theory]
    [InlineData(429, "120", 120)]
    [InlineData(503, "7", 7)]
    public async Task Retry_after_is_read(int status, string retryAfter, int seconds)
    {
        _server.Map("/busy", ctx =>
        {
            ctx.Response.StatusCode = status;
            ctx.Response.Headers.RetryAfter = retryAfter;
            return Task.CompletedTask;
        });
        using var services = TestFetching.Services();
        var response = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/busy")), Ct);
        Assert.Equal(FetchOutcome.HttpError, response.Outcome);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(seconds), response.RetryAfter);
    }

    [Fact]
    public async Task Retry_after_as_http_date_is_a_delay()
    {
        _server.Map("/busy", ctx =>
        {
            ctx.Response.StatusCode = 503;
            ctx.Response.Headers.RetryAfter = TimeProvider.System.GetUtcNow().AddMinutes(10).ToString("R");
            return Task.CompletedTask;
        });
        using var services = TestFetching.Services();
        var response = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/busy")), Ct);
        Assert.InRange(response.RetryAfter!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task Redirects_are_followed_and_a_loop_is_stopped()
    {
        _server.Map("/old", ctx => Redirect(ctx, "/new", 301));
        _server.Map("/new", "moved here");
        _server.Map("/a", ctx => Redirect(ctx, "/b", 302));
        _server.Map("/b", ctx => Redirect(ctx, "/a", 302));
        for (var i = 0; i < 10; i++)
        {
            var next = $"/chain{i + 1}";
            _server.Map($"/chain{i}", ctx => Redirect(ctx, next, 302));
        }
        using var services = TestFetching.Services();
        var moved = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/old")), Ct);
        Assert.Equal((FetchOutcome.Ok, "/new", true), (moved.Outcome, moved.FinalUrl.AbsolutePath, moved.MovedPermanently));

        var loop = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/a")), Ct);
        Assert.Equal(FetchOutcome.RedirectLimit, loop.Outcome);
        Assert.Contains("loop", loop.Error, StringComparison.Ordinal);

        var chain = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/chain0")), Ct);
        Assert.Equal(FetchOutcome.RedirectLimit, chain.Outcome);
        Assert.Equal(6, Enumerable.Range(0, 11).Sum(i => _server.RequestsTo($"/chain{i}").Count()));
    }

    [Theory]
    [InlineData("http://127.0.0.2:{port}/internal")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]:{port}/internal")]
    [InlineData("http://metadata.test:{port}/internal")]
    public async Task A_redirect_to_a_refused_address_is_blocked_before_connecting(string target)
    {
        var location = target.Replace("{port}", _server.Ports["127.0.0.1"].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        _server.Map("/go", ctx => Redirect(ctx, location, 302));
        using var services = TestFetching.Services(resolver: new MapResolver(new() { ["metadata.test"] = "127.0.0.2" }));
        var response = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/go")), Ct);
        Assert.Equal(FetchOutcome.Blocked, response.Outcome);
        Assert.Equal(new Uri(location).Host, response.FinalUrl.Host);
    }

    [Fact]
    public async Task Loopback_is_refused_unless_allowed()
    {
        _server.Map("/page", "x");
        using var services = TestFetching.Services(o => o.AllowedNetworks = []);
        var response = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/page")), Ct);
        Assert.Equal(FetchOutcome.Blocked, response.Outcome);
        Assert.Empty(_server.Log);
    }

    [Fact]
    public async Task Host_names_are_checked_after_resolution()
    {
        _server.Map("/page", "ok");
        using var services = TestFetching.Services(resolver: new MapResolver(new() { ["news.test"] = "127.0.0.1", ["evil.test"] = "10.1.2.3" }));
        var ok = await services.Fetcher().FetchAsync(new FetchRequest(_server.NamedUrl("news.test", "/page")), Ct);
        Assert.Equal(FetchOutcome.Ok, ok.Outcome);
        var evil = await services.Fetcher().FetchAsync(new FetchRequest(_server.NamedUrl("evil.test", "/page")), Ct);
        Assert.Equal(FetchOutcome.Blocked, evil.Outcome);
    }

    [Theory]
    [InlineData("/slow")]
    [InlineData("/silent")]
    public async Task A_slow_loris_answer_is_cut_at_the_deadline(string path)
    {
        // The server sends headers and one byte (/slow) or nothing (/silent), then holds the connection open. The
        // deadline runs on a fake clock: the fetch must still be waiting before it is moved past the deadline, and end
        // as a timeout after, whatever the machine's speed.
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Map("/slow", async ctx =>
        {
            ctx.Response.ContentType = "text/html";
            await ctx.Response.StartAsync();
            await ctx.Response.WriteAsync("<", ctx.RequestAborted);
            await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
            holding.TrySetResult();
            await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        });
        _server.Map("/silent", async ctx =>
        {
            holding.TrySetResult();
            await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        });
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        using var services = TestFetching.Services(o => o.RequestTimeout = TimeSpan.FromSeconds(30), more: s => s.AddSingleton<TimeProvider>(clock));

        var fetch = services.Fetcher().FetchAsync(new FetchRequest(_server.Url(path)), Ct);
        await holding.Task.WaitAsync(Ct);
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(fetch.IsCompleted, "the fetch ended before its deadline");
        clock.Advance(TimeSpan.FromSeconds(1));
        var response = await fetch.WaitAsync(Ct);

        Assert.Equal(FetchOutcome.Timeout, response.Outcome);
        Assert.Equal("no complete answer within 30 s", response.Error);
    }

    [Fact]
    public async Task A_request_waiting_for_its_turn_on_a_host_is_not_timed_out_by_a_slow_answer_before_it()
    {
        // One request at a time on the host: the slow listing holds the slot until its own deadline cuts it; the
        // request queued behind it has not been sent yet, so its deadline has not started, and it is answered.
        var slowArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Map("/slow-listing", async ctx =>
        {
            slowArrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        });
        _server.Map("/other-listing", "<rss/>", "application/rss+xml");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        using var services = TestFetching.Services(o => o.RequestTimeout = TimeSpan.FromSeconds(30),
            politeness: o => o.MaxInFlightPerHost = 1, more: s => s.AddSingleton<TimeProvider>(clock));
        var fetcher = services.Fetcher();

        var slow = fetcher.FetchAsync(new FetchRequest(_server.Url("/slow-listing")), Ct);
        await slowArrived.Task.WaitAsync(Ct);
        // Queued behind the slow one: the host's only slot is taken, so this returns while it waits for its turn.
        var other = fetcher.FetchAsync(new FetchRequest(_server.Url("/other-listing")), Ct);
        Assert.False(other.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(FetchOutcome.Timeout, (await slow.WaitAsync(Ct)).Outcome);
        var response = await other.WaitAsync(Ct);
        Assert.True(response.Outcome == FetchOutcome.Ok, response.Error);
        Assert.Single(_server.RequestsTo("/other-listing"));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task A_compression_bomb_is_refused_after_decompression(string encoding)
    {
        var bomb = Compress(new byte[64 * 1024 * 1024], encoding);
        Assert.True(bomb.Length < 1024 * 1024);
        _server.Map("/bomb", ctx =>
        {
            ctx.Response.ContentType = "text/html";
            ctx.Response.Headers.ContentEncoding = encoding;
            return ctx.Response.Body.WriteAsync(bomb).AsTask();
        });
        var small = Compress(System.Text.Encoding.UTF8.GetBytes("<p>fine</p>"), encoding);
        _server.Map("/small", ctx =>
        {
            ctx.Response.Headers.ContentEncoding = encoding;
            return ctx.Response.Body.WriteAsync(small).AsTask();
        });
        using var services = TestFetching.Services(o => o.MaxBodyBytes = 1024 * 1024);
        var response = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/bomb")), Ct);
        Assert.Equal(FetchOutcome.TooLarge, response.Outcome);
        var fine = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/small")), Ct);
        Assert.Equal("<p>fine</p>", System.Text.Encoding.UTF8.GetString(fine.Body.Span));
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_without_reading()
    {
        _server.Map("/big", new byte[200_000], "application/octet-stream");
        using var services = TestFetching.Services(o => o.MaxBodyBytes = 100_000);
        var response = await services.Fetcher().FetchAsync(new FetchRequest(_server.Url("/big")), Ct);
        Assert.Equal(FetchOutcome.TooLarge, response.Outcome);
    }

    [Fact]
    public async Task Connection_refused_is_a_network_error()
    {
        using var services = TestFetching.Services();
        var response = await services.Fetcher().FetchAsync(new FetchRequest(new Uri("http://127.0.0.1:1/")), Ct);
        Assert.Equal(FetchOutcome.NetworkError, response.Outcome);
    }

    private static Task Redirect(HttpContext ctx, string location, int status)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true),
            _ => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
        })
        {
            compressor.Write(data);
        }
        return output.ToArray();
    }
}
