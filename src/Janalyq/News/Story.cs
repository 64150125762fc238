namespace Janalyq.News;

/// <summary>A group of articles from several outlets about the same event.</summary>
public sealed record Story
{
    public long Id { get; init; }
    public required string Title { get; init; }
    public string? CategorySlug { get; init; }
    public required DateTimeOffset FirstPublishedAt { get; init; }
    public required DateTimeOffset LastPublishedAt { get; init; }
    public int ArticleCount { get; init; }
}
