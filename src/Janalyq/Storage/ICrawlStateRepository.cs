using Janalyq.Ingestion.Crawling;

namespace Janalyq.Storage;

/// <summary>The crawler's own tables. Implemented once per database, like the other repositories.</summary>
public interface ICrawlStateRepository
{
    Task<IReadOnlyDictionary<string, FeedState>> ListFeedsAsync(CancellationToken cancellationToken);
    Task<FeedState?> GetFeedAsync(string feedUrl, CancellationToken cancellationToken);
    Task SaveFeedAsync(FeedState state, CancellationToken cancellationToken);

    /// <summary>The entries already seen among <paramref name="canonicalUrls"/>.</summary>
    Task<IReadOnlyDictionary<string, SeenEntry>> FindEntriesAsync(IReadOnlyCollection<string> canonicalUrls, CancellationToken cancellationToken);

    Task SaveEntryAsync(SeenEntry entry, CancellationToken cancellationToken);

    /// <summary>Marks entries as listed again, without changing anything else.</summary>
    Task TouchEntriesAsync(IReadOnlyCollection<string> canonicalUrls, DateTimeOffset seenAt, CancellationToken cancellationToken);

    /// <summary>
    /// Claims, for <paramref name="owner"/> until <paramref name="until"/>, those of <paramref name="feeds"/> no other
    /// owner holds at <paramref name="now"/> (and, when <paramref name="dueOnly"/>, that are still due then); listings
    /// without a row get one first. One short write transaction; returns the listing URLs claimed.
    /// </summary>
    Task<IReadOnlySet<string>> ClaimFeedsAsync(IReadOnlyCollection<FeedState> feeds, string owner, DateTimeOffset now, DateTimeOffset until, bool dueOnly, CancellationToken cancellationToken);

    /// <summary>Extends every lease <paramref name="owner"/> holds on listings.</summary>
    Task RenewFeedLeasesAsync(string owner, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Lets a listing go (its poll is over, or was stopped).</summary>
    Task ReleaseFeedAsync(string feedUrl, string owner, CancellationToken cancellationToken);
}
