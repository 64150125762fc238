using Janalyq.Fetching;
using Janalyq.Fetching.Robots;
using Microsoft.Extensions.DependencyInjection;

namespace Janalyq.Tests.Fetching;

public class RobotsTxtTests
{
    private const string Text = """
        # comments are ignored
        User-agent: Googlebot
        Disallow: /

        User-agent: *
        Disallow: /private/
        Disallow: /*.pdf$
        Allow: /private/open
        Crawl-delay: 2

        User-agent: JanalyqBot
        User-agent: OtherBot
        Disallow: /drafts
        Allow: /drafts/public
        Crawl-delay: 1.5
        """;

    [Theory]
    [InlineData("JanalyqBot/1.0", "/news/1", true)]
    [InlineData("JanalyqBot/1.0", "/drafts/x", false)]
    [InlineData("JanalyqBot/1.0", "/drafts/public/x", true)]
    [InlineData("JanalyqBot/1.0", "/private/x", true)]
    [InlineData("SomeBot/2", "/private/x", false)]
    [InlineData("SomeBot/2", "/private/open/x", true)]
    [InlineData("SomeBot/2", "/files/a.pdf", false)]
    [InlineData("SomeBot/2", "/files/a.pdf?x=1", true)]
    [InlineData("SomeBot/2", "/robots.txt", true)]
    public void Group_and_longest_rule_decide(string agent, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsTxt.Parse(Text, agent).IsAllowed(new Uri("https://site.kz" + path)));

    [Fact]
    public void Crawl_delay_comes_from_the_matching_group()
    {
        Assert.Equal(TimeSpan.FromSeconds(1.5), RobotsTxt.Parse(Text, "JanalyqBot/1.0").CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(2), RobotsTxt.Parse(Text, "SomeBot").CrawlDelay);
    }
}

public sealed class RobotsCacheTests : IAsyncLifetime
{
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Disallow_is_honoured_crawl_delay_raises_the_interval_and_robots_is_fetched_once()
    {
        _server.Map("/robots.txt", "User-agent: *\nDisallow: /secret\nCrawl-delay: 0.2\n", "text/plain");
        using var services = TestFetching.Services(politeness: o => o.MaxCrawlDelay = TimeSpan.FromSeconds(10));
        var robots = services.GetRequiredService<RobotsCache>();
        var limiter = services.GetRequiredService<HostLimiter>();
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await robots.IsAllowedAsync(_server.Url("/news/1"), ct));
        Assert.False(await robots.IsAllowedAsync(_server.Url("/secret/2"), ct));
        Assert.Single(_server.RequestsTo("/robots.txt"));
        Assert.Equal(TimeSpan.FromSeconds(0.2), limiter.IntervalFor(_server.Url("/")));
    }

    [Theory]
    [InlineData(404, true)]
    [InlineData(403, true)]
    [InlineData(500, false)]
    public async Task Missing_robots_allows_and_a_server_error_holds_back(int status, bool allowed)
    {
        _server.Map("/robots.txt", ctx =>
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        using var services = TestFetching.Services();
        var robots = services.GetRequiredService<RobotsCache>();
        Assert.Equal(allowed, await robots.IsAllowedAsync(_server.Url("/news/1"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_robots_txt_answering_503_holds_pages_back_as_unavailable_not_as_disallowed()
    {
        _server.Map("/robots.txt", ctx =>
        {
            ctx.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        _server.Map("/news/1", "<html>article</html>");
        using var services = TestFetching.Services();
        var robots = services.GetRequiredService<RobotsCache>();

        var response = await services.Fetcher().FetchAsync(
            new FetchRequest(_server.Url("/news/1")) { MayFetch = robots.PermissionAsync }, TestContext.Current.CancellationToken);

        // RFC 9309: a server error means "assume complete disallow" for now; the report says what happened.
        Assert.Equal(FetchOutcome.Disallowed, response.Outcome);
        Assert.StartsWith("robots.txt unavailable (503)", response.Error, StringComparison.Ordinal);
        Assert.Contains("retried after", response.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("disallows", response.Error, StringComparison.Ordinal);
        Assert.Empty(_server.RequestsTo("/news/1"));
    }

    [Fact]
    public async Task A_redirect_into_a_disallowed_path_is_not_followed()
    {
        _server.Map("/robots.txt", "User-agent: *\nDisallow: /secret\n", "text/plain");
        _server.Map("/news/1", ctx =>
        {
            ctx.Response.StatusCode = 302;
            ctx.Response.Headers.Location = "/secret/1";
            return Task.CompletedTask;
        });
        using var services = TestFetching.Services();
        var robots = services.GetRequiredService<RobotsCache>();
        var response = await services.Fetcher().FetchAsync(
            new FetchRequest(_server.Url("/news/1")) { MayFetch = robots.PermissionAsync }, TestContext.Current.CancellationToken);
        Assert.Equal(FetchOutcome.Disallowed, response.Outcome);
        Assert.Empty(_server.RequestsTo("/secret/1"));
    }
}
