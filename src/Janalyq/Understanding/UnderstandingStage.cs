using Janalyq.Categories;
using Janalyq.Copies;
using Janalyq.Evidence;
using Janalyq.Pipeline;
using Janalyq.Storage;
using Janalyq.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Janalyq.Understanding;

/// <summary>
/// The pipeline stage "understanding" (README.md beside this file): for each changed article, its language (when the page
/// gave none), news or not and categories, copies, and story; every write in the batch's unit of work, so it commits with
/// the checkpoint. The window it clusters against lives in memory and is rebuilt from the database whenever it may differ
/// from the committed state (at start, after a failed batch, when another runner moved the checkpoint, after a replay).
/// </summary>
public sealed class UnderstandingStage(
    IUnderstandingStore store,
    IStageCheckpoints checkpoints,
    IArticleClassifier classifier,
    IEvidenceExtractor evidence,
    IOptions<StoryOptions> storyOptions,
    IOptions<CopyOptions> copyOptions,
    ILogger<UnderstandingStage> logger) : IPipelineStage
{
    public const string StageName = "understanding";

    private ArticleUnderstanding? _window;

    /// <summary>The checkpoint the in-memory window matches (-1: none yet).</summary>
    private long _position = -1;

    public string Name => StageName;

    public async Task ProcessAsync(StageBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Changes.Count == 0) return;
        var window = await WindowAsync(cancellationToken);
        _position = -1; // until this batch has run through: a failure below leaves the window ahead of the database

        // Each article once, at its last entry in the batch: the order a rebuilt window has (README.md).
        var last = new Dictionary<long, ArticleChange>();
        foreach (var change in batch.Changes) last[change.ArticleId] = change;
        var ordered = last.Values.OrderBy(c => c.Sequence).ToList();
        var articles = (await store.ReadAsync(batch.Work, ordered.Select(c => c.ArticleId).ToList(), cancellationToken)).ToDictionary(a => a.Id);

        var assigned = new List<StoryAssignment>();
        var merged = new List<StoryMerge>();
        var touched = new SortedSet<long>();
        var copies = new Dictionary<long, CopyAssignment>();
        foreach (var change in ordered)
        {
            var found = articles.TryGetValue(change.ArticleId, out var article);
            if (change.Kind == ArticleChangeKind.Hidden || article is null)
            {
                var (storyChanges, copyChanges) = window.Remove(change.ArticleId);
                Collect(storyChanges, assigned, merged, touched);
                foreach (var copy in copyChanges) copies[copy.Id] = copy;
                copies.Remove(change.ArticleId);
                if (found) await store.DetachAsync(batch.Work, change.ArticleId, cancellationToken);
                continue;
            }
            var result = window.Understand(Input(article));
            var classified = article.Category is null || article.CategoryClassified;
            await store.SaveAnalysisAsync(batch.Work, new ArticleAnalysis(article.Id, result.Language, result.LanguageIdentified,
                result.Classification.IsNews, classified ? result.Classification.Category : null, classified, result.Classification.ContestCategory), cancellationToken);
            Collect(result.Stories, assigned, merged, touched);
            foreach (var copy in result.Copies) copies[copy.Id] = copy;
        }

        // Stories merged away in this batch may have been assigned to first: write only where everything ends up.
        var into = merged.ToDictionary(m => m.From, m => m.Into);
        long Final(long story)
        {
            while (into.TryGetValue(story, out var next)) story = next;
            return story;
        }
        var finalAssignments = new Dictionary<long, StoryAssignment>();
        foreach (var a in assigned) finalAssignments[a.ArticleId] = new StoryAssignment(a.ArticleId, Final(a.StoryId));
        await store.SetStoriesAsync(batch.Work, [.. finalAssignments.Values],
            [.. merged.Select(m => new StoryMerge(m.From, Final(m.Into)))], cancellationToken);
        await store.SetCopiesAsync(batch.Work, copies.Values, cancellationToken);
        foreach (var gone in merged) touched.Remove(gone.From);
        await store.RefreshStoriesAsync(batch.Work, touched, cancellationToken);
        foreach (var story in touched) await store.SetRelatedAsync(batch.Work, story, window.Stories.EarlierRelated(story), cancellationToken);
        await store.SaveStateAsync(batch.Work, window.Stories.NextStoryId, window.Stories.Newest, cancellationToken);
        _position = batch.Changes[^1].Sequence;
    }

    public async Task ResetAsync(IStageWork work, CancellationToken cancellationToken)
    {
        await store.ResetAsync(work, cancellationToken);
        _window = null;
        _position = -1;
    }

    /// <summary>The in-memory window, rebuilt from the database unless it matches the stage's checkpoint.</summary>
    private async Task<ArticleUnderstanding> WindowAsync(CancellationToken cancellationToken)
    {
        var position = (await checkpoints.GetAsync(StageName, cancellationToken)).Position;
        if (_window is not null && _position == position) return _window;
        var snapshot = await store.LoadAsync(position, storyOptions.Value.Window, storyOptions.Value.RecentArticles, cancellationToken);
        var window = new ArticleUnderstanding(classifier, evidence, storyOptions.Value, copyOptions.Value);
        foreach (var article in snapshot.Window) window.Restore(Input(article), article.StoryId!.Value, article.DuplicateOfId);
        window.Settle(snapshot.Newest, snapshot.NextStoryId);
        logger.LogInformation("understanding: window rebuilt at entry {Position} with {Count} articles", position, snapshot.Window.Count);
        _window = window;
        _position = position;
        return window;
    }

    private static UnderstandingInput Input(UnderstoodArticle a) => new(a.Id, a.Title, a.Text, a.Language, a.Url, a.OriginalUrl, a.Time,
        a.CategoryClassified ? null : a.Category);

    private static void Collect(StoryChanges changes, List<StoryAssignment> assigned, List<StoryMerge> merged, SortedSet<long> touched)
    {
        assigned.AddRange(changes.Assigned);
        merged.AddRange(changes.Merged);
        touched.UnionWith(changes.Touched);
    }
}
