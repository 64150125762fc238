using FsCheck;
using FsCheck.Fluent;
using Janalyq.Fetching;
using Janalyq.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Janalyq.Tests.Fetching;

/// <summary>
/// Across a random schedule of many sources on a few hosts, no host ever sees more than its allowed
/// concurrency or two starts closer than its minimum interval. The schedule runs on a fake clock under a
/// single-threaded context that the test pumps until every request waits (on the clock or the limiter), then moves
/// the clock one millisecond: the run is the same on any machine. Concurrency is counted by the test inside each
/// lease; intervals are measured on the start timestamps the leases record (fake time).
/// </summary>
public class HostLimiterPropertyTests
{
    public sealed record Request(int Source, int Host, int DelayMs, int HoldMs);

    public sealed record Schedule(int MaxInFlight, int IntervalMs, int Hosts, Request[] Requests)
    {
        public override string ToString() =>
            $"inFlight={MaxInFlight} interval={IntervalMs}ms hosts={Hosts} requests=[{string.Join(" ", Requests.Select(r => $"s{r.Source}@h{r.Host}+{r.DelayMs}/{r.HoldMs}"))}]";
    }

    private static readonly Gen<Schedule> Schedules =
        from inFlight in Gen.Choose(1, 3)
        from interval in Gen.Choose(0, 8)
        from hosts in Gen.Choose(1, 4)
        from sources in Gen.Choose(hosts, 12)
        from requests in Gen.Choose(5, 40).SelectMany(n => Gen.ArrayOf(
            from source in Gen.Choose(0, sources - 1)
            from delay in Gen.Choose(0, 15)
            from hold in Gen.Choose(0, 6)
            select new Request(source, source % hosts, delay, hold), n))
        select new Schedule(inFlight, interval, hosts, requests);

    [Fact]
    public void No_host_sees_more_than_its_concurrency_or_less_than_its_interval()
    {
        var property = Prop.ForAll(Arb.From(Schedules), (Func<Schedule, bool>)Holds);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }

    private static bool Holds(Schedule schedule)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        var limiter = new HostLimiter(Options.Create(new PolitenessOptions
        {
            MaxInFlightPerHost = schedule.MaxInFlight,
            MinIntervalPerHost = TimeSpan.FromMilliseconds(schedule.IntervalMs),
        }), time);
        var inFlight = new int[schedule.Hosts];
        var maxSeen = new int[schedule.Hosts];
        var starts = new List<(int Host, long Started)>();
        var pump = new PumpContext();
        var requests = new List<Task>();

        pump.Run(() => requests.AddRange(schedule.Requests.Select(async r =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(r.DelayMs), time);
            var url = new Uri($"http://host{r.Host}.test/source{r.Source}");
            using var lease = await limiter.AcquireAsync(url, CancellationToken.None);
            maxSeen[r.Host] = Math.Max(maxSeen[r.Host], ++inFlight[r.Host]);
            await Task.Yield();
            starts.Add((r.Host, lease.MarkStarted()));
            lease.MarkSent();
            await Task.Delay(TimeSpan.FromMilliseconds(r.HoldMs), time);
            inFlight[r.Host]--;
        })));
        // Every request is done within (delays + holds + intervals) of fake time; a bound keeps a broken limiter from looping.
        for (var step = 0; step < 5_000 && !requests.TrueForAll(t => t.IsCompleted); step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
            pump.RunUntilIdle();
        }

        var minTicks = (long)(TimeSpan.FromMilliseconds(schedule.IntervalMs).TotalSeconds * time.TimestampFrequency);
        var intervalsHold = starts.GroupBy(s => s.Host).All(g =>
        {
            var ordered = g.Select(s => s.Started).Order().ToArray();
            return ordered.Zip(ordered.Skip(1)).All(p => p.Second - p.First >= minTicks);
        });
        return requests.TrueForAll(t => t.IsCompletedSuccessfully) && maxSeen.All(m => m <= schedule.MaxInFlight)
            && intervalsHold && starts.Count == schedule.Requests.Length;
    }
}
