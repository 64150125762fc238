using Janalyq.Pipeline;
using Janalyq.Storage;
using Microsoft.Extensions.Options;

namespace Janalyq.Search;

/// <summary>
/// The pipeline stage "search": each changed article is upserted in the index by its id (a hidden or deleted one is
/// removed), and the batch is committed with the change-log entry it reached before the checkpoint moves; a batch given
/// again (a crash, a lost lease) upserts the same documents again. Registered after understanding, so that an article
/// is indexed with the category and story understanding has just given it.
/// </summary>
public sealed class SearchStage(SearchIndex index, ISearchDocuments documents, IOptions<PipelineOptions> pipeline) : IPipelineStage
{
    public const string StageName = "search";

    public string Name => StageName;

    public async Task ProcessAsync(StageBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Changes.Count == 0) return;
        var last = new Dictionary<long, ArticleChange>();
        foreach (var change in batch.Changes) last[change.ArticleId] = change;
        var wanted = last.Values.Where(c => c.Kind != ArticleChangeKind.Hidden).Select(c => c.ArticleId).ToList();
        var found = (await documents.ReadAsync(wanted, cancellationToken)).ToDictionary(d => d.Id);
        var caughtUp = batch.Changes.Count < pipeline.Value.BatchSize;
        await index.WriteAsync(writer =>
        {
            foreach (var change in last.Values)
            {
                var id = SearchDocuments.IdTerm(change.ArticleId);
                if (change.Kind != ArticleChangeKind.Hidden && found.TryGetValue(change.ArticleId, out var document))
                    writer.UpdateDocument(id, SearchDocuments.ToLucene(document));
                else
                    writer.DeleteDocuments(id);
            }
        }, batch.Changes[^1].Sequence, close: caughtUp, cancellationToken);
    }

    public Task ResetAsync(IStageWork work, CancellationToken cancellationToken) => index.ClearAsync(cancellationToken);
}
