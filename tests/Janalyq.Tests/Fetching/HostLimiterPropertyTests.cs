using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using Janalyq.Fetching;
using Microsoft.Extensions.Options;

namespace Janalyq.Tests.Fetching;

/// <summary>
/// Across a random schedule of many sources on a few hosts, no host ever sees more than its allowed
/// concurrency or two starts closer than its minimum interval. Concurrency is counted by the test itself
/// inside each lease; intervals are measured on the start timestamps the leases record.
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
        var property = Prop.ForAll(Arb.From(Schedules), (Func<Schedule, Task<bool>>)HoldsAsync);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), property);
    }

    private static async Task<bool> HoldsAsync(Schedule schedule)
    {
        var time = TimeProvider.System;
        var limiter = new HostLimiter(Options.Create(new PolitenessOptions
        {
            MaxInFlightPerHost = schedule.MaxInFlight,
            MinIntervalPerHost = TimeSpan.FromMilliseconds(schedule.IntervalMs),
        }), time);
        var inFlight = new int[schedule.Hosts];
        var maxSeen = new int[schedule.Hosts];
        var starts = new ConcurrentBag<(int Host, long Started)>();

        await Task.WhenAll(schedule.Requests.Select(async r =>
        {
            await Task.Delay(r.DelayMs);
            var url = new Uri($"http://host{r.Host}.test/source{r.Source}");
            using var lease = await limiter.AcquireAsync(url, CancellationToken.None);
            var now = Interlocked.Increment(ref inFlight[r.Host]);
            InterlockedMax(ref maxSeen[r.Host], now);
            await Task.Yield();
            starts.Add((r.Host, lease.MarkStarted()));
            lease.MarkSent();
            await Task.Delay(r.HoldMs);
            Interlocked.Decrement(ref inFlight[r.Host]);
        }));

        var minTicks = (long)(TimeSpan.FromMilliseconds(schedule.IntervalMs).TotalSeconds * time.TimestampFrequency);
        var intervalsHold = starts.GroupBy(s => s.Host).All(g =>
        {
            var ordered = g.Select(s => s.Started).Order().ToArray();
            return ordered.Zip(ordered.Skip(1)).All(p => p.Second - p.First >= minTicks);
        });
        return maxSeen.All(m => m <= schedule.MaxInFlight) && intervalsHold && starts.Count == schedule.Requests.Length;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
