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
}
