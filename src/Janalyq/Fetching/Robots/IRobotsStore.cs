namespace Janalyq.Fetching.Robots;

/// <summary>A host's robots.txt as last fetched; <see cref="Body"/> null means "allow all" or "disallow all" per <see cref="Allowed"/>.</summary>
public sealed record RobotsRecord(
    string Origin,
    DateTimeOffset FetchedAt,
    DateTimeOffset ExpiresAt,
    int? StatusCode,
    string? Body,
    bool Allowed);

/// <summary>Where robots.txt answers are kept between runs.</summary>
public interface IRobotsStore
{
    Task<RobotsRecord?> GetAsync(string origin, CancellationToken cancellationToken);
    Task SaveAsync(RobotsRecord record, CancellationToken cancellationToken);
}

/// <summary>Keeps robots.txt answers for the life of the process (tests, and hosts without a database).</summary>
public sealed class MemoryRobotsStore : IRobotsStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RobotsRecord> _records = new();

    public Task<RobotsRecord?> GetAsync(string origin, CancellationToken cancellationToken) =>
        Task.FromResult(_records.TryGetValue(origin, out var r) ? r : null);

    public Task SaveAsync(RobotsRecord record, CancellationToken cancellationToken)
    {
        _records[record.Origin] = record;
        return Task.CompletedTask;
    }
}
