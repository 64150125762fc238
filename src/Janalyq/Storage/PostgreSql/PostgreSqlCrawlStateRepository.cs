using System.Globalization;
using Dapper;
using Janalyq.Ingestion.Crawling;

namespace Janalyq.Storage.PostgreSql;

/// <summary>
/// The crawler's tables in PostgreSQL. A claim of listings picks its rows FOR UPDATE SKIP LOCKED: two workers claiming
/// at once never wait for each other nor both get a listing; a row another claim holds locked is simply not claimed
/// this time (it is, or was just, claimed by the other).
/// </summary>
public sealed class PostgreSqlCrawlStateRepository(PostgreSqlConnectionFactory connections) : ICrawlStateRepository
{
    private const string FeedColumns = """
        feed_url AS FeedUrl, source_id AS SourceId, next_poll_utc AS NextPollUtc, poll_interval_s AS PollIntervalSeconds,
        last_polled_at AS LastPolledAt, last_success_at AS LastSuccessAt, etag AS ETag, last_modified AS LastModified,
        error_streak AS ErrorStreak, last_error AS LastError, parked_at AS ParkedAt, parked_reason AS ParkedReason, moved_to AS MovedTo
        """;

    public async Task<IReadOnlyDictionary<string, FeedState>> ListFeedsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FeedRow>(new CommandDefinition($"SELECT {FeedColumns} FROM crawl_feeds", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToState()).ToDictionary(s => s.FeedUrl, StringComparer.Ordinal);
    }

    public async Task<FeedState?> GetFeedAsync(string feedUrl, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FeedRow>(new CommandDefinition(
            $"SELECT {FeedColumns} FROM crawl_feeds WHERE feed_url = @feedUrl", new { feedUrl }, cancellationToken: cancellationToken));
        return row?.ToState();
    }

    public async Task SaveFeedAsync(FeedState state, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO crawl_feeds (feed_url, source_id, next_poll_utc, poll_interval_s, last_polled_at, last_success_at, etag,
                last_modified, error_streak, last_error, parked_at, parked_reason, moved_to)
            VALUES (@FeedUrl, @SourceId, @NextPollUtc, @PollIntervalSeconds, @LastPolledAt, @LastSuccessAt, @ETag,
                @LastModified, @ErrorStreak, @LastError, @ParkedAt, @ParkedReason, @MovedTo)
            ON CONFLICT (feed_url) DO UPDATE SET source_id = excluded.source_id, next_poll_utc = excluded.next_poll_utc,
                poll_interval_s = excluded.poll_interval_s, last_polled_at = excluded.last_polled_at,
                last_success_at = excluded.last_success_at, etag = excluded.etag, last_modified = excluded.last_modified,
                error_streak = excluded.error_streak, last_error = excluded.last_error, parked_at = excluded.parked_at,
                parked_reason = excluded.parked_reason, moved_to = excluded.moved_to
            """, FeedRow.From(state), cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyDictionary<string, SeenEntry>> FindEntriesAsync(IReadOnlyCollection<string> canonicalUrls, CancellationToken cancellationToken)
    {
        if (canonicalUrls.Count == 0) return new Dictionary<string, SeenEntry>();
        await using var connection = await connections.OpenAsync(cancellationToken);
        var found = new Dictionary<string, SeenEntry>(StringComparer.Ordinal);
        foreach (var chunk in canonicalUrls.Chunk(500))
        {
            var rows = await connection.QueryAsync<EntryRow>(new CommandDefinition("""
                SELECT canonical_url AS CanonicalUrl, feed_url AS FeedUrl, fingerprint AS Fingerprint, state AS State,
                    article_id AS ArticleId, page_attempts AS PageAttempts, last_error AS LastError,
                    first_seen_at AS FirstSeenAt, last_seen_at AS LastSeenAt
                FROM crawl_entries WHERE canonical_url = ANY(@chunk)
                """, new { chunk }, cancellationToken: cancellationToken));
            foreach (var row in rows) found[row.CanonicalUrl] = row.ToEntry();
        }
        return found;
    }

    public async Task SaveEntryAsync(SeenEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO crawl_entries (canonical_url, feed_url, fingerprint, state, article_id, page_attempts, last_error, first_seen_at, last_seen_at)
            VALUES (@CanonicalUrl, @FeedUrl, @Fingerprint, @State, @ArticleId, @PageAttempts, @LastError, @FirstSeenAt, @LastSeenAt)
            ON CONFLICT (canonical_url) DO UPDATE SET fingerprint = excluded.fingerprint, state = excluded.state,
                article_id = coalesce(excluded.article_id, crawl_entries.article_id), page_attempts = excluded.page_attempts,
                last_error = excluded.last_error, last_seen_at = excluded.last_seen_at
            """, new
        {
            entry.CanonicalUrl,
            entry.FeedUrl,
            entry.Fingerprint,
            State = entry.State.ToString(),
            entry.ArticleId,
            entry.PageAttempts,
            entry.LastError,
            FirstSeenAt = Write(entry.FirstSeenAt),
            LastSeenAt = Write(entry.LastSeenAt),
        }, cancellationToken: cancellationToken));
    }

    public async Task TouchEntriesAsync(IReadOnlyCollection<string> canonicalUrls, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        if (canonicalUrls.Count == 0) return;
        await using var connection = await connections.OpenAsync(cancellationToken);
        foreach (var chunk in canonicalUrls.Chunk(500))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE crawl_entries SET last_seen_at = @at WHERE canonical_url = ANY(@chunk)",
                new { at = Write(seenAt), chunk }, cancellationToken: cancellationToken));
        }
    }

    public async Task<IReadOnlySet<string>> ClaimFeedsAsync(IReadOnlyCollection<FeedState> feeds, string owner, DateTimeOffset now, DateTimeOffset until, bool dueOnly, CancellationToken cancellationToken)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        if (feeds.Count == 0) return claimed;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO crawl_feeds (feed_url, source_id, next_poll_utc, poll_interval_s, last_polled_at, last_success_at, etag,
                last_modified, error_streak, last_error, parked_at, parked_reason, moved_to)
            VALUES (@FeedUrl, @SourceId, @NextPollUtc, @PollIntervalSeconds, @LastPolledAt, @LastSuccessAt, @ETag,
                @LastModified, @ErrorStreak, @LastError, @ParkedAt, @ParkedReason, @MovedTo)
            ON CONFLICT (feed_url) DO NOTHING
            """, feeds.OrderBy(f => f.FeedUrl, StringComparer.Ordinal).Select(FeedRow.From), transaction, cancellationToken: cancellationToken));
        foreach (var chunk in feeds.Select(f => f.FeedUrl).Chunk(500))
        {
            var rows = await connection.QueryAsync<string>(new CommandDefinition("""
                UPDATE crawl_feeds SET lease_owner = @owner, lease_expires_utc = @until
                WHERE feed_url IN (
                    SELECT feed_url FROM crawl_feeds
                    WHERE feed_url = ANY(@chunk)
                      AND (lease_owner IS NULL OR lease_owner = @owner OR lease_expires_utc <= @now)
                      AND (NOT @dueOnly OR next_poll_utc <= @now)
                    FOR UPDATE SKIP LOCKED)
                RETURNING feed_url
                """, new { owner, now = now.ToUnixTimeMilliseconds(), until = until.ToUnixTimeMilliseconds(), dueOnly, chunk },
                transaction, cancellationToken: cancellationToken));
            claimed.UnionWith(rows);
        }
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    public async Task RenewFeedLeasesAsync(string owner, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE crawl_feeds SET lease_expires_utc = @until WHERE lease_owner = @owner",
            new { owner, until = until.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }

    public async Task ReleaseFeedAsync(string feedUrl, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE crawl_feeds SET lease_owner = NULL, lease_expires_utc = NULL WHERE feed_url = @feedUrl AND lease_owner = @owner",
            new { feedUrl, owner }, cancellationToken: cancellationToken));
    }

    internal static string? Write(DateTimeOffset? value) => value?.ToString("o", CultureInfo.InvariantCulture);

    internal static DateTimeOffset? Read(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private sealed class FeedRow
    {
        public string FeedUrl { get; set; } = "";
        public long? SourceId { get; set; }
        public long NextPollUtc { get; set; }
        public long PollIntervalSeconds { get; set; }
        public string? LastPolledAt { get; set; }
        public string? LastSuccessAt { get; set; }
        public string? ETag { get; set; }
        public string? LastModified { get; set; }
        public int ErrorStreak { get; set; }
        public string? LastError { get; set; }
        public string? ParkedAt { get; set; }
        public string? ParkedReason { get; set; }
        public string? MovedTo { get; set; }

        public FeedState ToState() => new()
        {
            FeedUrl = FeedUrl,
            SourceId = SourceId,
            NextPollAt = DateTimeOffset.FromUnixTimeMilliseconds(NextPollUtc),
            PollInterval = TimeSpan.FromSeconds(PollIntervalSeconds),
            LastPolledAt = Read(LastPolledAt),
            LastSuccessAt = Read(LastSuccessAt),
            ETag = ETag,
            LastModified = LastModified,
            ErrorStreak = ErrorStreak,
            LastError = LastError,
            ParkedAt = Read(ParkedAt),
            ParkedReason = ParkedReason,
            MovedTo = MovedTo,
        };

        public static FeedRow From(FeedState s) => new()
        {
            FeedUrl = s.FeedUrl,
            SourceId = s.SourceId,
            NextPollUtc = s.NextPollAt.ToUnixTimeMilliseconds(),
            PollIntervalSeconds = (long)s.PollInterval.TotalSeconds,
            LastPolledAt = Write(s.LastPolledAt),
            LastSuccessAt = Write(s.LastSuccessAt),
            ETag = s.ETag,
            LastModified = s.LastModified,
            ErrorStreak = s.ErrorStreak,
            LastError = s.LastError,
            ParkedAt = Write(s.ParkedAt),
            ParkedReason = s.ParkedReason,
            MovedTo = s.MovedTo,
        };
    }

    private sealed class EntryRow
    {
        public string CanonicalUrl { get; set; } = "";
        public string FeedUrl { get; set; } = "";
        public string Fingerprint { get; set; } = "";
        public string State { get; set; } = "";
        public long? ArticleId { get; set; }
        public int PageAttempts { get; set; }
        public string? LastError { get; set; }
        public string FirstSeenAt { get; set; } = "";
        public string LastSeenAt { get; set; } = "";

        public SeenEntry ToEntry() => new()
        {
            CanonicalUrl = CanonicalUrl,
            FeedUrl = FeedUrl,
            Fingerprint = Fingerprint,
            State = Enum.Parse<EntryState>(State),
            ArticleId = ArticleId,
            PageAttempts = PageAttempts,
            LastError = LastError,
            FirstSeenAt = Read(FirstSeenAt)!.Value,
            LastSeenAt = Read(LastSeenAt)!.Value,
        };
    }
}
