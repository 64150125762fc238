namespace Janalyq.Storage;

/// <summary>Stories: clusters of articles about one event.</summary>
public interface IStoryRepository
{
    /// <summary>Creates a story, or updates it when <see cref="Story.Id"/> is set; returns the id.</summary>
    Task<long> SaveAsync(Story story, CancellationToken cancellationToken);

    /// <summary>Puts an article into a story (or takes it out with null).</summary>
    Task AssignAsync(long articleId, long? storyId, CancellationToken cancellationToken);

    Task<Story?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Stories with the most recent activity first.</summary>
    Task<IReadOnlyList<Story>> LatestAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Replaces a story's titles, one per language (ISO 639-1 code → title).</summary>
    Task SaveTitlesAsync(long storyId, IReadOnlyDictionary<string, string> titles, CancellationToken cancellationToken);

    /// <summary>Replaces a story's links to earlier stories ("Ранее…").</summary>
    Task SaveRelatedAsync(long storyId, IReadOnlyList<EarlierStoryLink> earlier, CancellationToken cancellationToken);

    /// <summary>Records what understanding found about an article: the original it copies (null: none), whether it is news, its contest category.</summary>
    Task SaveArticleUnderstandingAsync(long articleId, long? duplicateOfId, bool? isNews, string? contestCategory, CancellationToken cancellationToken);
}

/// <summary>An earlier story about the same people, places or subject; <paramref name="Score"/>: the link's strength, higher first.</summary>
public sealed record EarlierStoryLink(long EarlierStoryId, double Score);
