using Janalyq.Fetching;
using Janalyq.Ingestion.Crawling;
using Janalyq.Storage;
using Janalyq.Tests.Fetching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Janalyq.Tests.Ingestion.Crawling;

/// <summary>Leases on listings and hosts: several crawler processes on one database neither poll a listing twice nor crowd a host.</summary>
public sealed class CrawlLeaseTests : IAsyncLifetime
{
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_killed_owners_host_lease_lapses_and_the_next_holder_gets_its_last_request()
    {
        await using var harness = await CrawlHarness.StartAsync();
        var store = harness.Services.GetRequiredService<IHostLeaseStore>();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        var start = clock.GetUtcNow();
        var lease = TimeSpan.FromMinutes(1);

        Assert.True((await store.ClaimAsync("news.test", "killed", start, start + lease, Ct)).Granted);
        Assert.True(await store.RenewAsync("news.test", "killed", start + lease, new HostHandover(start, TimeSpan.FromSeconds(2)), Ct));
        // Killed now: nobody renews. Until the lease lapses, the host is not another's.
        clock.Advance(TimeSpan.FromSeconds(59));
        var busy = await store.ClaimAsync("news.test", "next", clock.GetUtcNow(), clock.GetUtcNow() + lease, Ct);
        Assert.Equal((false, (DateTimeOffset?)(start + lease)), (busy.Granted, busy.HeldUntil));

        clock.Advance(TimeSpan.FromSeconds(1));
        var taken = await store.ClaimAsync("news.test", "next", clock.GetUtcNow(), clock.GetUtcNow() + lease, Ct);
        Assert.True(taken.Granted);
        Assert.Equal(new HostHandover(start, TimeSpan.FromSeconds(2)), taken.Previous);
        // The killed owner, were it only paused, has lost the host and cannot renew it back.
        Assert.False(await store.RenewAsync("news.test", "killed", clock.GetUtcNow() + lease, new HostHandover(null, TimeSpan.Zero), Ct));
    }

    [Fact]
    public async Task A_killed_owners_listing_lease_lapses_and_another_crawler_polls_it()
    {
        _server.Map("/news/1", Fixture.Article("Новость 1"));
        _server.Map("/rss", Fixture.Rss([(_server.Url("/news/1").AbsoluteUri, "Новость 1")]), "application/rss+xml");
        await using var harness = await CrawlHarness.StartAsync(crawl: o => o.LeaseDuration = TimeSpan.FromMinutes(1));
        var source = CrawlHarness.Source("fixture", _server.Url("/rss"));
        var id = await harness.Sources.SaveAsync(source, Ct);
        var now = harness.Clock.GetUtcNow();
        var state = harness.Services.GetRequiredService<PollPolicy>().Initial(_server.Url("/rss").AbsoluteUri, id, now);
        // Another process claimed the listing, then was killed (SIGKILL): its lease stays in the database.
        Assert.Single(await harness.States.ClaimFeedsAsync([state], "killed-crawler", now, now + TimeSpan.FromMinutes(1), dueOnly: true, Ct));

        var first = await harness.RunAsync([source], RoundScope.Due, Ct);
        Assert.Equal(PollStatus.Busy, Assert.Single(first.Feeds).Status);
        Assert.Empty(_server.Log);

        harness.Clock.Advance(TimeSpan.FromSeconds(61));
        var second = await harness.RunAsync([source], RoundScope.Due, Ct);
        Assert.Equal((PollStatus.Polled, 1), (Assert.Single(second.Feeds).Status, second.New));
        // Let go after the poll: the next claim is decided by the next poll time alone.
        Assert.Single(await harness.States.ClaimFeedsAsync([state], "another", harness.Clock.GetUtcNow(), harness.Clock.GetUtcNow() + TimeSpan.FromMinutes(1), dueOnly: false, Ct));
    }

    [Fact]
    public async Task Two_crawlers_on_one_database_fetch_each_page_once_and_keep_the_host_interval()
    {
        // Three sources of two listings each, four articles per listing, all on one host. Crawler A polls "a" and
        // "shared", crawler B polls "b" and "shared", at the same time, each with its own limiter and owner id.
        string[] listings = ["a1", "a2", "b1", "b2", "s1", "s2"];
        foreach (var listing in listings)
        {
            var items = Enumerable.Range(1, 4).Select(i => (_server.Url($"/news/{listing}/{i}").AbsoluteUri, $"Новость {listing} {i}")).ToList();
            foreach (var (link, title) in items) _server.Map(new Uri(link).AbsolutePath, Fixture.Article(title));
            _server.Map($"/{listing}.xml", Fixture.Rss(items), "application/rss+xml");
        }
        Source Source(string slug, params string[] feeds) => CrawlHarness.Source(slug, [.. feeds.Select(f => _server.Url($"/{f}.xml"))]);
        var interval = TimeSpan.FromMilliseconds(100);
        void Polite(PolitenessOptions o)
        {
            o.MinIntervalPerHost = interval;
            o.MaxInFlightPerHost = 2;
            o.MaxCrawlDelay = TimeSpan.FromMilliseconds(300);
            o.HostLeaseDuration = TimeSpan.FromMilliseconds(600);
        }
        using var folder = new Janalyq.Tests.Support.TempFolder("janalyq-two-crawlers");
        await using var a = await CrawlHarness.StartAsync(folder.Path, politeness: Polite);
        await using var b = await CrawlHarness.StartAsync(folder.Path, politeness: Polite);
        var sent = new List<(string Crawler, SentRequest Request)>();
        a.Services.GetRequiredService<HostLimiter>().RequestSent += (_, r) => { lock (sent) sent.Add(("a", r)); };
        b.Services.GetRequiredService<HostLimiter>().RequestSent += (_, r) => { lock (sent) sent.Add(("b", r)); };

        var rounds = await Task.WhenAll(
            a.RunAsync([Source("a", "a1", "a2"), Source("shared", "s1", "s2")], RoundScope.Due, Ct),
            b.RunAsync([Source("b", "b1", "b2"), Source("shared", "s1", "s2")], RoundScope.Due, Ct));

        Assert.All(listings, l => Assert.Single(_server.RequestsTo($"/{l}.xml")));
        Assert.All(listings, l => Assert.All(Enumerable.Range(1, 4), i => Assert.Single(_server.RequestsTo($"/news/{l}/{i}"))));
        Assert.Equal(24, await a.Articles.CountAsync(Ct));
        Assert.Equal(6, rounds.Sum(r => r.Feeds.Count(f => f.Status == PollStatus.Polled)));
        // Both crawlers worked on the host, never at once: between one request's last byte and the next one's first,
        // whichever crawler sent them, at least the interval (1 ms allowed for the wall clock and the monotonic clock
        // the hand-over converts between).
        Assert.Contains(sent, s => s.Crawler == "a");
        Assert.Contains(sent, s => s.Crawler == "b");
        var ordered = sent.OrderBy(s => s.Request.FirstWrite).ToArray();
        var least = (long)((interval - TimeSpan.FromMilliseconds(1)).TotalSeconds * TimeProvider.System.TimestampFrequency);
        Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.Second.Request.FirstWrite - pair.First.Request.LastWrite >= least,
            $"{pair.First.Crawler} then {pair.Second.Crawler}: {TimeProvider.System.GetElapsedTime(pair.First.Request.LastWrite, pair.Second.Request.FirstWrite).TotalMilliseconds} ms apart"));
    }
}
