using System.Collections.Concurrent;
using Janalyq.Storage;

namespace Janalyq.Tests.Site;

/// <summary>Just enough of the storage contracts, in memory, to render the site before and besides the real database.</summary>
internal sealed class InMemoryArticleRepository : IArticleRepository
{
    private readonly ConcurrentDictionary<long, Article> _articles = new();
    private readonly InMemorySourceRepository _sources;
    private long _nextId;

    public InMemoryArticleRepository(InMemorySourceRepository sources) => _sources = sources;

    public Task<SaveResult> SaveAsync(Article article, CancellationToken cancellationToken)
    {
        var existing = _articles.Values.FirstOrDefault(a => a.CanonicalUrl == article.CanonicalUrl);
        if (existing is not null)
        {
            if (existing.ContentHash == article.ContentHash) return Task.FromResult(new SaveResult(existing.Id, SaveOutcome.Unchanged));
            _articles[existing.Id] = article with { Id = existing.Id };
            return Task.FromResult(new SaveResult(existing.Id, SaveOutcome.Updated));
        }
        long id = Interlocked.Increment(ref _nextId);
        _articles[id] = article with { Id = id };
        return Task.FromResult(new SaveResult(id, SaveOutcome.Inserted));
    }

    public Task<Article?> GetAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(_articles.GetValueOrDefault(id));

    public Task<Article?> FindByCanonicalUrlAsync(string canonicalUrl, CancellationToken cancellationToken) =>
        Task.FromResult(_articles.Values.FirstOrDefault(a => a.CanonicalUrl == canonicalUrl));

    public Task<IReadOnlyList<ArticleListItem>> LatestAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyList<ArticleListItem> items = _articles.Values
            .Where(a => query.CategorySlug is null || a.CategorySlug == query.CategorySlug)
            .Where(a => query.Language is null || a.Language == query.Language)
            .Where(a => query.SourceId is null || a.SourceId == query.SourceId)
            .Where(a => query.StoryId is null || a.StoryId == query.StoryId)
            .OrderByDescending(a => a.PublishedAt ?? a.FetchedAt)
            .ThenByDescending(a => a.Id)
            .Take(query.Limit)
            .Select(a => new ArticleListItem(a.Id, a.Title, a.Lead, a.PublishedAt, a.ImageUrl, a.CategorySlug, a.Language,
                a.SourceId, a.SourceId is long s ? _sources.Name(s) : a.SiteName, a.StoryId))
            .ToList();
        return Task.FromResult(items);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(_articles.Count);

    public Task<IReadOnlyList<string>> EarlierBodiesAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}

internal sealed class InMemorySourceRepository : ISourceRepository
{
    private readonly ConcurrentDictionary<long, Source> _sources = new();
    private long _nextId;

    public string? Name(long id) => _sources.GetValueOrDefault(id)?.Name;

    public Task<long> SaveAsync(Source source, CancellationToken cancellationToken)
    {
        var existing = _sources.Values.FirstOrDefault(s => s.Slug == source.Slug);
        long id = existing?.Id ?? Interlocked.Increment(ref _nextId);
        _sources[id] = source with { Id = id };
        return Task.FromResult(id);
    }

    public Task<Source?> GetAsync(long id, CancellationToken cancellationToken) => Task.FromResult(_sources.GetValueOrDefault(id));

    public Task<Source?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        Task.FromResult(_sources.Values.FirstOrDefault(s => s.Slug == slug));

    public Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Source>>(_sources.Values.OrderBy(s => s.Id).ToList());
}

internal sealed class InMemoryStoryRepository(InMemoryArticleRepository articles) : IStoryRepository
{
    private readonly ConcurrentDictionary<long, Story> _stories = new();
    private long _nextId;

    public Task<long> SaveAsync(Story story, CancellationToken cancellationToken)
    {
        long id = story.Id != 0 ? story.Id : Interlocked.Increment(ref _nextId);
        _stories[id] = story with { Id = id };
        return Task.FromResult(id);
    }

    public async Task AssignAsync(long articleId, long? storyId, CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(articleId, cancellationToken) ?? throw new InvalidOperationException("No such article.");
        await articles.SaveAsync(article with { StoryId = storyId, ContentHash = article.ContentHash + "+" }, cancellationToken);
    }

    public Task<Story?> GetAsync(long id, CancellationToken cancellationToken) => Task.FromResult(_stories.GetValueOrDefault(id));

    public Task<IReadOnlyList<Story>> LatestAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Story>>(_stories.Values.OrderByDescending(s => s.LastPublishedAt).Take(limit).ToList());
}

/// <summary>A clock stopped at a chosen moment, so "today" and "yesterday" in listings are predictable.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
