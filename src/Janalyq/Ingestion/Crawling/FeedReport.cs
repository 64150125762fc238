using Janalyq.Discovery;
using Janalyq.Storage;

namespace Janalyq.Ingestion.Crawling;

/// <summary>How a listing's poll ended.</summary>
public enum PollStatus
{
    Polled,
    NotModified,
    Failed,
    Parked,
    /// <summary>Not polled: another crawler process holds the listing's lease (it is polling it).</summary>
    Busy,
}

/// <summary>What one poll of one listing did: the row of the round's summary table.</summary>
public sealed class FeedReport(Source source, SourceFeed feed)
{
    private int _new, _updated, _unchanged, _fromFeed, _failed;
    private readonly List<string> _failures = [];

    public Source Source { get; } = source;
    public SourceFeed Feed { get; } = feed;
    public PollStatus Status { get; set; } = PollStatus.Polled;

    /// <summary>Why the listing itself failed or is parked.</summary>
    public string? Error { get; set; }

    /// <summary>Entries the listing carried (after the per-poll cap).</summary>
    public int Entries { get; set; }

    /// <summary>The listing's format, once read.</summary>
    public ListingFormat? Format { get; set; }

    /// <summary>Entries the listing carried (before the per-poll cap).</summary>
    public int Listed { get; set; }

    /// <summary>The listing's first entries, in its order (the ones a poll takes first).</summary>
    public IReadOnlyList<FeedEntry> Newest { get; set; } = [];

    public int New => _new;
    public int Updated => _updated;
    public int Unchanged => _unchanged;

    /// <summary>Of New and Updated, those stored from the listing's own text because the page could not be had.</summary>
    public int FromFeed => _fromFeed;

    /// <summary>Entries neither stored nor unchanged.</summary>
    public int Failed => _failed;

    public TimeSpan Elapsed { get; set; }

    /// <summary>The first few reasons entries failed, for the summary.</summary>
    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (_failures) return [.. _failures];
        }
    }

    internal void Count(SaveOutcome outcome, bool fromFeed)
    {
        switch (outcome)
        {
            case SaveOutcome.Inserted: Interlocked.Increment(ref _new); break;
            case SaveOutcome.Updated: Interlocked.Increment(ref _updated); break;
            default: Interlocked.Increment(ref _unchanged); break;
        }
        if (fromFeed && outcome != SaveOutcome.Unchanged) Interlocked.Increment(ref _fromFeed);
    }

    internal void CountUnchanged(int n) => Interlocked.Add(ref _unchanged, n);

    internal void Fail(string reason)
    {
        Interlocked.Increment(ref _failed);
        lock (_failures)
        {
            if (_failures.Count < 5) _failures.Add(reason);
        }
    }
}

/// <summary>A whole round.</summary>
public sealed record RoundReport(IReadOnlyList<FeedReport> Feeds, TimeSpan Elapsed)
{
    public int New => Feeds.Sum(f => f.New);
    public int Updated => Feeds.Sum(f => f.Updated);
    public int Unchanged => Feeds.Sum(f => f.Unchanged);
    public int Failed => Feeds.Sum(f => f.Failed);
    public int FailedFeeds => Feeds.Count(f => f.Status is PollStatus.Failed or PollStatus.Parked);
}
