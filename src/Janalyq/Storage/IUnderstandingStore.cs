using Janalyq.Copies;
using Janalyq.Stories;

namespace Janalyq.Storage;

/// <summary>
/// What the understanding stage reads and writes (src/Janalyq/Understanding/): every write takes the stage's unit of
/// work, so it commits with the checkpoint.
/// </summary>
public interface IUnderstandingStore
{
    /// <summary>The current state of the given articles (missing ones are left out).</summary>
    Task<IReadOnlyList<UnderstoodArticle>> ReadAsync(IStageWork work, IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The stage's counters and the articles it has clustered that are still in the window (published at or after
    /// newest − <paramref name="window"/>, or among the <paramref name="recent"/> it processed last), in the order the
    /// stage last processed them (change-log order up to <paramref name="position"/>). Read outside any unit of work:
    /// it is the committed state.
    /// </summary>
    Task<UnderstandingSnapshot> LoadAsync(long position, TimeSpan window, int recent, CancellationToken cancellationToken);

    /// <summary>Writes one article's language (when identified), news flag and categories.</summary>
    Task SaveAnalysisAsync(IStageWork work, ArticleAnalysis analysis, CancellationToken cancellationToken);

    /// <summary>Sets the original of each article (null: it is an original).</summary>
    Task SetCopiesAsync(IStageWork work, IEnumerable<CopyAssignment> copies, CancellationToken cancellationToken);

    /// <summary>Creates the stories named that do not exist yet, moves articles, and folds merged stories into their survivor.</summary>
    Task SetStoriesAsync(IStageWork work, IReadOnlyList<StoryAssignment> assigned, IReadOnlyList<StoryMerge> merged, CancellationToken cancellationToken);

    /// <summary>Takes an article out of every story and copy group (hidden).</summary>
    Task DetachAsync(IStageWork work, long articleId, CancellationToken cancellationToken);

    /// <summary>
    /// Recomputes each story from its articles: title (its earliest original's), a title per language, category (the
    /// majority), span, counts of articles and outlets, languages; deletes stories left empty; drops related links that
    /// are no longer earlier.
    /// </summary>
    Task RefreshStoriesAsync(IStageWork work, IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken);

    /// <summary>Replaces a story's earlier related stories (only those whose last article is older than its first are kept).</summary>
    Task SetRelatedAsync(IStageWork work, long storyId, IReadOnlyList<RelatedStory> related, CancellationToken cancellationToken);

    /// <summary>Stores the counters.</summary>
    Task SaveStateAsync(IStageWork work, long nextStoryId, long newest, CancellationToken cancellationToken);

    /// <summary>Drops everything understanding derived (replay): stories, copies, flags, the language and categories it wrote.</summary>
    Task ResetAsync(IStageWork work, CancellationToken cancellationToken);
}

/// <summary>An article as understanding reads it.</summary>
/// <param name="Language">The stored language; <paramref name="LanguageIdentified"/> says whether understanding wrote it.</param>
/// <param name="Category">The stored site category; <paramref name="CategoryClassified"/> says whether understanding wrote it.</param>
/// <param name="Time">Publication time, else fetch time, epoch ms.</param>
public sealed record UnderstoodArticle(
    long Id, string Title, string Text, string? Language, bool LanguageIdentified, string? Category, bool CategoryClassified,
    string Url, string? OriginalUrl, long Time, long? StoryId, long? DuplicateOfId);

/// <summary>The stage's committed state at start.</summary>
public sealed record UnderstandingSnapshot(long NextStoryId, long Newest, IReadOnlyList<UnderstoodArticle> Window);

/// <summary>What understanding writes of one article.</summary>
/// <param name="Language">Written only when <paramref name="LanguageIdentified"/>.</param>
/// <param name="Category">Written only when <paramref name="CategoryClassified"/> (the outlet's rubric gave none).</param>
public sealed record ArticleAnalysis(long Id, string? Language, bool LanguageIdentified, bool IsNews, string? Category, bool CategoryClassified, string ContestCategory);
