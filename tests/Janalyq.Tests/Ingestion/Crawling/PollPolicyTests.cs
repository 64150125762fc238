using Janalyq.Ingestion.Crawling;
using Microsoft.Extensions.Options;

namespace Janalyq.Tests.Ingestion.Crawling;

public class PollPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(5));
    private static readonly CrawlOptions Options = new();

    private static PollPolicy Policy(double random = 0.5) => new(Microsoft.Extensions.Options.Options.Create(Options), () => random);

    private static FeedState State(TimeSpan interval) => Policy().Initial("https://a.kz/rss", 1, Now) with { PollInterval = interval };

    [Fact]
    public void Busier_listings_are_polled_more_often_and_quiet_ones_less_within_bounds()
    {
        var policy = Policy();
        var busy = policy.AfterSuccess(State(TimeSpan.FromMinutes(20)), new PollSuccess(5, false, null, null, null), Now);
        Assert.Equal(TimeSpan.FromMinutes(10), busy.PollInterval);
        Assert.Equal(Now + TimeSpan.FromMinutes(10), busy.NextPollAt);

        var quiet = policy.AfterSuccess(State(TimeSpan.FromMinutes(20)), new PollSuccess(0, true, null, null, null), Now);
        Assert.Equal(TimeSpan.FromMinutes(30), quiet.PollInterval);

        Assert.Equal(Options.MinPollInterval, policy.AfterSuccess(State(Options.MinPollInterval), new PollSuccess(9, false, null, null, null), Now).PollInterval);
        Assert.Equal(Options.MaxPollInterval, policy.AfterSuccess(State(Options.MaxPollInterval), new PollSuccess(0, false, null, null, null), Now).PollInterval);
    }

    [Fact]
    public void The_servers_hint_is_a_floor_capped_by_the_maximum()
    {
        var policy = Policy();
        var ttl = policy.AfterSuccess(State(TimeSpan.FromMinutes(10)), new PollSuccess(3, false, TimeSpan.FromHours(1), null, null), Now);
        Assert.Equal(TimeSpan.FromHours(1), ttl.PollInterval);
        var huge = policy.AfterSuccess(State(TimeSpan.FromMinutes(10)), new PollSuccess(3, false, TimeSpan.FromDays(7), null, null), Now);
        Assert.Equal(Options.MaxPollInterval, huge.PollInterval);
    }

    [Fact]
    public void Validators_are_kept_on_304_and_replaced_on_200()
    {
        var policy = Policy();
        var state = State(TimeSpan.FromMinutes(10)) with { ETag = "\"a\"", LastModified = "x" };
        Assert.Equal("\"a\"", policy.AfterSuccess(state, new PollSuccess(0, true, null, null, null), Now).ETag);
        Assert.Null(policy.AfterSuccess(state, new PollSuccess(0, false, null, null, null), Now).ETag);
        Assert.Equal("\"b\"", policy.AfterSuccess(state, new PollSuccess(0, false, null, "\"b\"", null), Now).ETag);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Jitter_stays_within_ten_percent(double random)
    {
        var next = Policy(random).AfterSuccess(State(TimeSpan.FromMinutes(20)), new PollSuccess(0, false, null, null, null), Now).NextPollAt - Now;
        Assert.InRange(next, TimeSpan.FromMinutes(27), TimeSpan.FromMinutes(33));
    }

    [Fact]
    public void Gone_parks_at_once_and_a_success_closes_the_circuit()
    {
        var policy = Policy();
        var parked = policy.AfterFailure(State(TimeSpan.FromMinutes(10)), "HTTP 410 Gone", null, permanent: true, Now);
        Assert.Equal(Now, parked.ParkedAt);
        Assert.Contains("410", parked.ParkedReason, StringComparison.Ordinal);
        Assert.Equal(Now + Options.ParkedProbeInterval, parked.NextPollAt);
        var revived = policy.AfterSuccess(parked, new PollSuccess(1, false, null, null, null), Now);
        Assert.Equal((null, null, 0), (revived.ParkedAt, revived.ParkedReason, revived.ErrorStreak));
    }

    [Fact]
    public void Retry_after_is_capped()
    {
        var state = Policy().AfterFailure(State(TimeSpan.FromMinutes(10)), "HTTP 429", TimeSpan.FromDays(30), permanent: false, Now);
        Assert.Equal(Now + Options.MaxRetryAfter, state.NextPollAt);
    }
}
