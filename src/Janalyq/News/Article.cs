namespace Janalyq.News;

/// <summary>One article as stored: a clean, sanitized copy of an outlet's page.</summary>
public sealed record Article
{
    public long Id { get; init; }

    /// <summary>The outlet that published it (null for a page imported without a known outlet).</summary>
    public long? SourceId { get; init; }

    /// <summary>Address the page was fetched from.</summary>
    public required string Url { get; init; }

    /// <summary>Canonical address: the article's identity (one row per canonical URL).</summary>
    public required string CanonicalUrl { get; init; }

    public required string Title { get; init; }
    public string? Lead { get; init; }

    /// <summary>Sanitized body HTML, safe to render as is.</summary>
    public required string BodyHtml { get; init; }

    /// <summary>Body as plain text, paragraphs separated by a blank line.</summary>
    public required string BodyText { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? ModifiedAt { get; init; }
    public required DateTimeOffset FetchedAt { get; init; }

    public string? Author { get; init; }
    public string? ImageUrl { get; init; }
    public string? ImageCaption { get; init; }
    public string? ImageCredit { get; init; }

    /// <summary>ISO 639-1 code of the body text.</summary>
    public string? Language { get; init; }

    /// <summary>Slug of the site category (see <see cref="Category"/>).</summary>
    public string? CategorySlug { get; init; }

    /// <summary>The original article's URL when this one is a republication.</summary>
    public string? OriginalUrl { get; init; }

    /// <summary>Outlet name as the page gives it.</summary>
    public string? SiteName { get; init; }

    /// <summary>Hash of the normalized title and body text; a change means a new revision.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Story (cluster of articles about one event) this article belongs to.</summary>
    public long? StoryId { get; init; }

    /// <summary>The original of this article when it is a copy (a republication, a reprinted wire text); set by understanding.</summary>
    public long? DuplicateOfId { get; init; }

    /// <summary>Whether the article is news (not a horoscope, recipe, ad, how-to or quiz); null until understood.</summary>
    public bool? IsNews { get; init; }

    /// <summary>The Telegram Data Clustering Contest's category ("society", ..., "other", "not_news"); null until understood.</summary>
    public string? ContestCategory { get; init; }

    /// <summary>Where the text came from: the article's page, or the listing's own text when the page could not be had.</summary>
    public ContentOrigin Origin { get; init; } = ContentOrigin.Page;
}

/// <summary>Where an article's text came from.</summary>
public enum ContentOrigin
{
    /// <summary>The article's own page, extracted.</summary>
    Page,

    /// <summary>The feed's entry (title, summary), because the page could not be fetched; marked as such to readers.</summary>
    Feed,
}
