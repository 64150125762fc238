namespace Janalyq.Stories;

/// <summary>What the clusterer is told of an article.</summary>
/// <param name="Time">Publication time (else fetch time), Unix milliseconds.</param>
/// <param name="Language">ISO 639-1 code ("ru", "kk", "en"); articles of one language are compared by their words too.</param>
public sealed record StoryArticle(long Id, long Time, string Language, string Title, string Text);

/// <summary>An article now in another story.</summary>
public readonly record struct StoryAssignment(long ArticleId, long StoryId);

/// <summary>Story <paramref name="From"/> turned out to be the same event as <paramref name="Into"/> and is gone.</summary>
public readonly record struct StoryMerge(long From, long Into);

/// <summary>An earlier story about the same people, places or subject; <paramref name="Score"/> 0 to 1.</summary>
public readonly record struct RelatedStory(long StoryId, double Score);

/// <summary>What one step of the clusterer changed: every article whose story changed, merges, and the stories to refresh.</summary>
public sealed class StoryChanges
{
    public List<StoryAssignment> Assigned { get; } = [];
    public List<StoryMerge> Merged { get; } = [];

    /// <summary>Stories created, grown, shrunk or split (their summary and related stories need recomputing).</summary>
    public SortedSet<long> Touched { get; } = [];

    internal void Add(StoryChanges other)
    {
        Assigned.AddRange(other.Assigned);
        Merged.AddRange(other.Merged);
        Touched.UnionWith(other.Touched);
    }
}
