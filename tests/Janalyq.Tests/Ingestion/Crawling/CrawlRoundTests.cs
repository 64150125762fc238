using System.Diagnostics;
using Janalyq.Ingestion.Crawling;
using Janalyq.Storage;
using Janalyq.Tests.Fetching;

namespace Janalyq.Tests.Ingestion.Crawling;

public sealed class CrawlRoundTests : IAsyncLifetime
{
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private void MapArticles(int count, string prefix = "/news/")
    {
        for (var i = 1; i <= count; i++) _server.Map($"{prefix}{i}", Fixture.Article($"Новость {i}"));
    }

    private string Link(string path) => _server.Url(path).AbsoluteUri;

    [Fact]
    public async Task First_round_stores_every_entry_and_a_304_round_fetches_nothing_more()
    {
        MapArticles(5);
        var rss = Fixture.Rss(Enumerable.Range(1, 5).Select(i => (Link($"/news/{i}"), $"Новость {i}")));
        _server.Map("/rss", ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == "\"r1\"")
            {
                ctx.Response.StatusCode = 304;
                return Task.CompletedTask;
            }
            ctx.Response.Headers.ETag = "\"r1\"";
            ctx.Response.ContentType = "application/rss+xml";
            return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(ctx.Response, rss);
        });
        await using var harness = await CrawlHarness.StartAsync();
        var source = CrawlHarness.Source("fixture", _server.Url("/rss"));

        var first = await harness.RunAsync([source], cancellationToken: Ct);
        Assert.Equal((5, 0, 0), (first.New, first.Updated, first.Failed));
        Assert.Equal(5, await harness.Articles.CountAsync(Ct));

        var second = await harness.RunAsync([source], cancellationToken: Ct);
        Assert.Equal(PollStatus.NotModified, Assert.Single(second.Feeds).Status);
        Assert.Equal(2, _server.RequestsTo("/rss").Count());
        Assert.Equal("\"r1\"", _server.RequestsTo("/rss").Last().IfNoneMatch);
        Assert.Equal(5, Enumerable.Range(1, 5).Sum(i => _server.RequestsTo($"/news/{i}").Count()));
    }

    [Fact]
    public async Task Items_that_vanish_and_reappear_are_neither_fetched_nor_stored_again()
    {
        MapArticles(4);
        await using var harness = await CrawlHarness.StartAsync();
        var source = CrawlHarness.Source("fixture", _server.Url("/rss"));
        int[][] versions = [[1, 2, 3], [1, 3, 4], [1, 2, 3, 4]];
        foreach (var version in versions)
        {
            _server.Map("/rss", Fixture.Rss(version.Select(i => (Link($"/news/{i}"), $"Новость {i}"))), "application/rss+xml");
            await harness.RunAsync([source], cancellationToken: Ct);
        }
        Assert.Equal(4, await harness.Articles.CountAsync(Ct));
        Assert.All(Enumerable.Range(1, 4), i => Assert.Single(_server.RequestsTo($"/news/{i}")));
    }

    [Fact]
    public async Task The_same_article_under_three_url_variants_is_stored_once()
    {
        _server.Map("/news/7", Fixture.Article("Одна статья"));
        _server.Map("/amp/news/7", Fixture.Article("Одна статья"));
        var resolver = new MapResolver(new() { ["news.test"] = "127.0.0.1", ["m.news.test"] = "127.0.0.1" });
        await using var harness = await CrawlHarness.StartAsync(resolver: resolver);
        var port = _server.Ports["127.0.0.1"];
        _server.Map("/rss", Fixture.Rss([
            ($"http://news.test:{port}/news/7?utm_source=rss&utm_medium=feed", "Одна статья"),
            ($"http://m.news.test:{port}/news/7#comments", "Одна статья"),
            ($"http://news.test:{port}/amp/news/7", "Одна статья")]), "application/rss+xml");
        _server.Map("/rss2", Fixture.Rss([($"http://m.news.test:{port}/amp/news/7?fbclid=x", "Одна статья")]), "application/rss+xml");

        var report = await harness.RunAsync([CrawlHarness.Source("news", new Uri($"http://news.test:{port}/rss"))], cancellationToken: Ct);
        Assert.True(report.New == 1, string.Join("; ", report.Feeds.SelectMany(f => f.Failures.Append(f.Error ?? ""))));
        await harness.RunAsync([CrawlHarness.Source("news-mobile", new Uri($"http://news.test:{port}/rss2"))], cancellationToken: Ct);

        Assert.Equal(1, await harness.Articles.CountAsync(Ct));
        var article = await harness.Articles.FindByCanonicalUrlAsync($"http://news.test:{port}/news/7", Ct);
        Assert.NotNull(article);
        Assert.Single(_server.Log, r => r.Path.StartsWith("/news/7", StringComparison.Ordinal) || r.Path.StartsWith("/amp/news/7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_disallow_keeps_the_page_unfetched_and_the_feed_text_is_stored_marked()
    {
        _server.Map("/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.25\n", "text/plain");
        MapArticles(3);
        _server.Map("/private/1", Fixture.Article("Закрытая"));
        _server.Map("/rss", Fixture.Rss([.. Enumerable.Range(1, 3).Select(i => (Link($"/news/{i}"), $"Новость {i}")), (Link("/private/1"), "Закрытая")]), "application/rss+xml");
        await using var harness = await CrawlHarness.StartAsync(politeness: o => o.MaxCrawlDelay = TimeSpan.FromSeconds(5));

        var report = await harness.RunAsync([CrawlHarness.Source("fixture", _server.Url("/rss"))], cancellationToken: Ct);

        Assert.Empty(_server.RequestsTo("/private/1"));
        var feed = Assert.Single(report.Feeds);
        Assert.Equal((4, 1), (feed.New, feed.FromFeed));
        var seen = await harness.States.FindEntriesAsync([Link("/private/1")], Ct);
        Assert.Equal(EntryState.Feed, seen.Values.Single().State);
        Assert.Equal(Janalyq.News.ContentOrigin.Feed, (await harness.Articles.FindByCanonicalUrlAsync(Link("/private/1"), Ct))!.Origin);
        Assert.Equal(Janalyq.News.ContentOrigin.Page, (await harness.Articles.FindByCanonicalUrlAsync(Link("/news/1"), Ct))!.Origin);

        // Crawl-delay 0.25 s: article requests (after robots.txt) start that far apart, as the server saw them
        // (less a margin for the time between the limiter's grant and the request's arrival on a busy test machine).
        var starts = _server.Log.Where(r => r.Path.StartsWith("/news/", StringComparison.Ordinal)).Select(r => r.Started).Order().ToArray();
        var gaps = starts.Zip(starts.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b));
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(200), $"gap {gap.TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task Retry_after_backoff_and_the_circuit_park_a_dead_source_and_a_probe_revives_it()
    {
        var healthy = false;
        _server.Map("/news/1", Fixture.Article("Новость 1"));
        _server.Map("/rss", ctx =>
        {
            if (healthy)
            {
                ctx.Response.ContentType = "application/rss+xml";
                return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(ctx.Response, Fixture.Rss([(Link("/news/1"), "Новость 1")]));
            }
            ctx.Response.StatusCode = 503;
            ctx.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        await using var harness = await CrawlHarness.StartAsync(crawl: o => o.ParkAfterFailures = 3);
        var source = CrawlHarness.Source("flaky", _server.Url("/rss"));
        var feedUrl = _server.Url("/rss").AbsoluteUri;

        var before = harness.Clock.GetUtcNow();
        var first = await harness.RunAsync([source], cancellationToken: Ct);
        Assert.Equal(PollStatus.Failed, first.Feeds.Single().Status);
        var state = (await harness.States.GetFeedAsync(feedUrl, Ct))!;
        Assert.Equal(1, state.ErrorStreak);
        Assert.True(state.NextPollAt >= before + TimeSpan.FromHours(1), "Retry-After: 3600 honoured");

        // A due-only round does not touch it before Retry-After has passed.
        await harness.RunAsync([source], RoundScope.Due, Ct);
        Assert.Single(_server.RequestsTo("/rss"));

        await harness.RunAsync([source], cancellationToken: Ct);
        var third = await harness.RunAsync([source], cancellationToken: Ct);
        Assert.Equal(PollStatus.Parked, third.Feeds.Single().Status);
        state = (await harness.States.GetFeedAsync(feedUrl, Ct))!;
        Assert.NotNull(state.ParkedAt);
        Assert.Contains("503", state.ParkedReason, StringComparison.Ordinal);

        // Parked: even `--once` leaves it alone until the probe is due.
        var parked = await harness.RunAsync([source], cancellationToken: Ct);
        Assert.Equal(PollStatus.Parked, parked.Feeds.Single().Status);
        Assert.Equal(3, _server.RequestsTo("/rss").Count());

        healthy = true;
        harness.Clock.Advance(TimeSpan.FromHours(25));
        var probe = await harness.RunAsync([source], RoundScope.Due, Ct);
        Assert.Equal(1, probe.New);
        state = (await harness.States.GetFeedAsync(feedUrl, Ct))!;
        Assert.Equal((0, (DateTimeOffset?)null), (state.ErrorStreak, state.ParkedAt));
    }

    [Fact]
    public async Task Backoff_grows_with_each_failure()
    {
        _server.Map("/rss", ctx =>
        {
            ctx.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        await using var harness = await CrawlHarness.StartAsync(crawl: o => o.ParkAfterFailures = 100);
        var source = CrawlHarness.Source("broken", _server.Url("/rss"));
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var now = harness.Clock.GetUtcNow();
            await harness.RunAsync([source], cancellationToken: Ct);
            delays.Add((await harness.States.GetFeedAsync(_server.Url("/rss").AbsoluteUri, Ct))!.NextPollAt - now);
        }
        // Base 2 min doubling, equal jitter (half to full): each delay lies in [base*2^k/2, base*2^k].
        for (var k = 0; k < delays.Count; k++)
            Assert.InRange(delays[k], TimeSpan.FromMinutes(2 * Math.Pow(2, k) / 2) - TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2 * Math.Pow(2, k)) + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_kill_in_the_middle_of_a_round_then_a_restart_loses_nothing_and_duplicates_nothing()
    {
        const int count = 20;
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var served = 0;
        for (var i = 1; i <= count; i++)
        {
            var page = Fixture.Article($"Новость {i}");
            _server.Map($"/news/{i}", async ctx =>
            {
                if (Interlocked.Increment(ref served) == 8) await kill.CancelAsync();
                await Task.Delay(20, ctx.RequestAborted);
                await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(ctx.Response, page, ctx.RequestAborted);
            });
        }
        _server.Map("/rss", ctx =>
        {
            ctx.Response.Headers.ETag = "\"same\"";
            if (ctx.Request.Headers.IfNoneMatch == "\"same\"")
            {
                ctx.Response.StatusCode = 304;
                return Task.CompletedTask;
            }
            return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(ctx.Response,
                Fixture.Rss(Enumerable.Range(1, count).Select(i => (Link($"/news/{i}"), $"Новость {i}"))));
        });
        using var dataFolder = new Janalyq.Tests.Support.TempFolder("janalyq-kill");
        var data = dataFolder.Path;
        var source = CrawlHarness.Source("fixture", _server.Url("/rss"));

        await using (var first = await CrawlHarness.StartAsync(data, politeness: o => o.MaxInFlightPerHost = 2))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunAsync([source], cancellationToken: kill.Token));
            var stored = await first.Articles.CountAsync(Ct);
            Assert.InRange(stored, 1, count - 1);
            // The listing's validators are saved only when every entry is done: the restart reads it whole.
            Assert.Null((await first.States.GetFeedAsync(_server.Url("/rss").AbsoluteUri, Ct))?.ETag);
        }

        await using var second = await CrawlHarness.StartAsync(data);
        var report = await second.RunAsync([source], cancellationToken: Ct);
        Assert.Equal(0, report.Failed);
        Assert.Equal(count, await second.Articles.CountAsync(Ct));
        // Only pages whose request was in flight at the kill (at most 2) are fetched twice; none is stored twice.
        var fetches = Enumerable.Range(1, count).Select(i => _server.RequestsTo($"/news/{i}").Count()).ToArray();
        Assert.All(fetches, n => Assert.InRange(n, 1, 2));
        Assert.InRange(fetches.Sum(), count, count + 2);
        Assert.Equal(0, (await second.RunAsync([source], cancellationToken: Ct)).New);
    }
}
