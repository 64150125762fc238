using Janalyq.Fetching;
using Janalyq.Fetching.Robots;
using Janalyq.Ingestion.Crawling;
using Janalyq.Storage;
using Janalyq.Tests.Support;

namespace Janalyq.Tests.Storage;

/// <summary>The crawler's tables (listings, entries, robots.txt, listing and host leases) on every configured database.</summary>
public sealed class CrawlStateRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FeedState Feed(string url, DateTimeOffset? next = null) => new()
    {
        FeedUrl = url,
        NextPollAt = next ?? Now,
        PollInterval = TimeSpan.FromMinutes(10),
    };

    [Theory, DatabaseData]
    public async Task A_listing_keeps_every_field(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var crawl = engine.Get<ICrawlStateRepository>();
        var state = Feed("https://a.kz/rss") with
        {
            LastPolledAt = Now.AddMinutes(-10).ToOffset(TimeSpan.FromHours(5)),
            LastSuccessAt = Now.AddMinutes(-20),
            ETag = "\"abc\"",
            LastModified = "Tue, 24 Nov 2026 08:50:00 GMT",
            ErrorStreak = 2,
            LastError = "HTTP 503",
            ParkedAt = Now,
            ParkedReason = "gone",
            MovedTo = "https://a.kz/feed",
        };

        await crawl.SaveFeedAsync(state, Ct);
        await crawl.SaveFeedAsync(state with { ErrorStreak = 3 }, Ct);

        Assert.Equal(state with { ErrorStreak = 3 }, await crawl.GetFeedAsync("https://a.kz/rss", Ct));
        Assert.Equal(TimeSpan.FromHours(5), (await crawl.GetFeedAsync("https://a.kz/rss", Ct))!.LastPolledAt!.Value.Offset);
        Assert.Equal(["https://a.kz/rss"], (await crawl.ListFeedsAsync(Ct)).Keys);
        Assert.Null(await crawl.GetFeedAsync("https://b.kz/rss", Ct));
    }

    [Theory, DatabaseData]
    public async Task Entries_are_found_by_canonical_url_and_touched(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var crawl = engine.Get<ICrawlStateRepository>();
        var article = await engine.Get<IArticleRepository>().SaveAsync(ArticleRepositoryTests.Sample("https://a.kz/1"), Ct);
        var entry = new SeenEntry
        {
            CanonicalUrl = "https://a.kz/1",
            FeedUrl = "https://a.kz/rss",
            Fingerprint = "f1",
            State = EntryState.Page,
            ArticleId = article.Id,
            FirstSeenAt = Now,
            LastSeenAt = Now,
        };
        await crawl.SaveEntryAsync(entry, Ct);
        // A later save without the article keeps the article it had.
        await crawl.SaveEntryAsync(entry with { State = EntryState.Feed, ArticleId = null, PageAttempts = 1, LastError = "timeout", LastSeenAt = Now.AddMinutes(1) }, Ct);
        await crawl.TouchEntriesAsync(["https://a.kz/1", "https://a.kz/none"], Now.AddMinutes(5), Ct);

        var found = await crawl.FindEntriesAsync([.. Enumerable.Range(0, 600).Select(i => $"https://a.kz/x{i}"), "https://a.kz/1"], Ct);

        var read = Assert.Single(found).Value;
        Assert.Equal(entry with { State = EntryState.Feed, PageAttempts = 1, LastError = "timeout", LastSeenAt = Now.AddMinutes(5) }, read);
        Assert.Empty(await crawl.FindEntriesAsync([], Ct));
    }

    [Theory, DatabaseData]
    public async Task A_listing_is_claimed_by_one_owner_until_its_lease_lapses(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var crawl = engine.Get<ICrawlStateRepository>();
        FeedState[] feeds = [Feed("https://a.kz/rss"), Feed("https://b.kz/rss", next: Now.AddHours(1))];

        var first = await crawl.ClaimFeedsAsync(feeds, "worker-1", Now, Now.AddMinutes(1), dueOnly: true, Ct);
        var second = await crawl.ClaimFeedsAsync(feeds, "worker-2", Now, Now.AddMinutes(1), dueOnly: false, Ct);
        await crawl.RenewFeedLeasesAsync("worker-2", Now.AddMinutes(5), Ct);
        var afterLapse = await crawl.ClaimFeedsAsync(feeds, "worker-3", Now.AddMinutes(2), Now.AddMinutes(3), dueOnly: false, Ct);
        await crawl.ReleaseFeedAsync("https://b.kz/rss", "worker-1", Ct); // not its lease: nothing happens
        await crawl.ReleaseFeedAsync("https://b.kz/rss", "worker-2", Ct);
        var afterRelease = await crawl.ClaimFeedsAsync(feeds, "worker-3", Now.AddMinutes(2), Now.AddMinutes(3), dueOnly: false, Ct);

        Assert.Equal(["https://a.kz/rss"], first); // b is not due
        Assert.Equal(["https://b.kz/rss"], second); // a is worker-1's
        Assert.Equal(["https://a.kz/rss"], afterLapse); // worker-1's lapsed, worker-2's was renewed
        Assert.Equal(["https://a.kz/rss", "https://b.kz/rss"], afterRelease.Order(StringComparer.Ordinal));
        Assert.Equal(2, (await crawl.ListFeedsAsync(Ct)).Count); // the claim gave the listings their rows
    }

    [Theory, DatabaseData]
    public async Task Owners_claiming_at_once_never_share_a_listing(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var crawl = engine.Get<ICrawlStateRepository>();
        var feeds = Enumerable.Range(0, 40).Select(i => Feed($"https://h{i % 7}.kz/rss{i}")).ToList();

        // Eight owners, each claiming the listings in its own order, released together by one gate (not a sleep).
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = Enumerable.Range(0, 8).Select(async w =>
        {
            await gate.Task;
            var order = feeds.OrderBy(f => (f.FeedUrl.GetHashCode(StringComparison.Ordinal) ^ w) & 0xFFFF).ToList();
            return await crawl.ClaimFeedsAsync(order, $"worker-{w}", Now, Now.AddMinutes(1), dueOnly: true, Ct);
        }).ToList();
        gate.SetResult();
        var claims = await Task.WhenAll(running);

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        // Every listing claimed: on SQLite by the first writer; on PostgreSQL a row locked by one claim is skipped by the others.
        Assert.Equal(feeds.Select(f => f.FeedUrl).Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task A_host_lease_hands_the_interval_and_last_request_to_the_next_holder(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var hosts = engine.Get<IHostLeaseStore>();
        Assert.True(hosts.IsShared);

        var first = await hosts.ClaimAsync("a.kz", "worker-1", Now, Now.AddSeconds(30), Ct);
        var busy = await hosts.ClaimAsync("a.kz", "worker-2", Now, Now.AddSeconds(30), Ct);
        var lastRequest = Now.AddSeconds(5).AddTicks(1); // rounded up to the millisecond for the next holder
        Assert.True(await hosts.RenewAsync("a.kz", "worker-1", Now.AddSeconds(60), new HostHandover(lastRequest, TimeSpan.FromSeconds(2)), Ct));
        Assert.False(await hosts.RenewAsync("a.kz", "worker-2", Now.AddSeconds(60), new HostHandover(null, TimeSpan.Zero), Ct));
        // An older request than the recorded one does not move it back.
        await hosts.ReleaseAsync("a.kz", "worker-1", new HostHandover(Now, TimeSpan.FromSeconds(3)), Ct);
        var next = await hosts.ClaimAsync("a.kz", "worker-2", Now.AddSeconds(10), Now.AddSeconds(40), Ct);
        var lapsed = await hosts.ClaimAsync("a.kz", "worker-3", Now.AddSeconds(41), Now.AddSeconds(70), Ct);

        Assert.Equal(HostClaim.Grant(new HostHandover(null, TimeSpan.Zero)), first);
        Assert.Equal(HostClaim.Busy(Now.AddSeconds(30)), busy);
        Assert.Equal(HostClaim.Grant(new HostHandover(Now.AddSeconds(5).AddMilliseconds(1), TimeSpan.FromSeconds(3))), next);
        Assert.True(lapsed.Granted); // worker-2 was killed: its lease lapsed
    }

    [Theory, DatabaseData]
    public async Task Robots_answers_are_kept_per_origin(string database)
    {
        await using var engine = await Engine.StartAsync(database: database);
        var robots = engine.Get<IRobotsStore>();
        var record = new RobotsRecord("https://a.kz:443", Now, Now.AddHours(24), 200, "User-agent: *\nDisallow: /admin", true);

        await robots.SaveAsync(record with { StatusCode = 503, Body = null, Allowed = false }, Ct);
        await robots.SaveAsync(record, Ct);

        Assert.Equal(record, await robots.GetAsync("https://a.kz:443", Ct));
        Assert.Null(await robots.GetAsync("https://b.kz:443", Ct));
    }
}
