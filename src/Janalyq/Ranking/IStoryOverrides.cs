using Janalyq.Storage;

namespace Janalyq.Ranking;

/// <summary>
/// Editors' say over "Актуальное": stories pinned to the top (in this order) and stories hidden from it. The seam
/// for the admin area's issue; until then <see cref="NoStoryOverrides"/> is registered, and the ranking alone decides.
/// A replacement registered before AddRanking wins (TryAdd).
/// </summary>
public interface IStoryOverrides
{
    Task<StoryOverrides> LoadAsync(CancellationToken cancellationToken);
}

/// <summary>What editors decided: pinned stories first, in order; hidden ones never shown.</summary>
public sealed record StoryOverrides(IReadOnlyList<StoryKey> Pinned, IReadOnlySet<StoryKey> Hidden)
{
    public static readonly StoryOverrides None = new([], new HashSet<StoryKey>());
}

/// <summary>No pins, no hides: the default until editors have an admin area.</summary>
public sealed class NoStoryOverrides : IStoryOverrides
{
    public Task<StoryOverrides> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(StoryOverrides.None);
}
