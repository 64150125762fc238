namespace Janalyq.Fetching;

/// <summary>What the previous holder of a host left: when its last request went out, and the interval then in force.</summary>
public sealed record HostHandover(DateTimeOffset? LastRequestAt, TimeSpan Interval);

/// <summary>The answer to a claim: granted (with what the previous holder left), or held by another owner until <see cref="HeldUntil"/>.</summary>
public sealed record HostClaim(bool Granted, HostHandover? Previous, DateTimeOffset? HeldUntil)
{
    public static HostClaim Grant(HostHandover? previous) => new(true, previous, null);

    public static HostClaim Busy(DateTimeOffset heldUntil) => new(false, null, heldUntil);
}

/// <summary>
/// Host leases shared by every crawler process on one database: at most one process sends requests to a host at a
/// time (Nutch's and StormCrawler's partition by host), so the in-process <see cref="HostLimiter"/> that holds the lease
/// keeps the host's in-flight limit and interval; the host's last request time and interval go with the lease, so the
/// next holder keeps the interval too. A lease not renewed (the process was killed) lapses at its expiry.
/// </summary>
public interface IHostLeaseStore
{
    /// <summary>True when leases are shared with other processes (a database); false for the process-local store.</summary>
    bool IsShared { get; }

    /// <summary>Claims the host for <paramref name="owner"/> until <paramref name="until"/>, unless another owner's lease is still valid at <paramref name="now"/>.</summary>
    Task<HostClaim> ClaimAsync(string host, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Extends the owner's lease and records the host's state; false when the lease was lost (it lapsed and another took it).</summary>
    Task<bool> RenewAsync(string host, string owner, DateTimeOffset until, HostHandover state, CancellationToken cancellationToken);

    /// <summary>Lets the host go, recording its state for the next holder.</summary>
    Task ReleaseAsync(string host, string owner, HostHandover state, CancellationToken cancellationToken);
}

/// <summary>One crawler process alone (tests, tools without a database): every claim is granted, nothing is recorded.</summary>
public sealed class LocalHostLeaseStore : IHostLeaseStore
{
    public bool IsShared => false;

    public Task<HostClaim> ClaimAsync(string host, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        Task.FromResult(HostClaim.Grant(null));

    public Task<bool> RenewAsync(string host, string owner, DateTimeOffset until, HostHandover state, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task ReleaseAsync(string host, string owner, HostHandover state, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Who this crawler is, as the owner of its leases on hosts and listings: unique per process (and per DI container).</summary>
public sealed class CrawlerIdentity
{
    public CrawlerIdentity() : this($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}"[..^24]) { }

    public CrawlerIdentity(string owner) => Owner = owner;

    public string Owner { get; }
}
