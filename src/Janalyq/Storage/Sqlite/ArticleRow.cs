namespace Janalyq.Storage.Sqlite;

#pragma warning disable IDE1006, CA1707 // Column names as in the schema: Dapper maps them by name.
/// <summary>An articles row as the database holds it.</summary>
internal sealed class ArticleRow
{
    public long id { get; set; }
    public long? source_id { get; set; }
    public string url { get; set; } = "";
    public string canonical_url { get; set; } = "";
    public string title { get; set; } = "";
    public string? lead { get; set; }
    public string body_html { get; set; } = "";
    public string body_text { get; set; } = "";
    public string? published_at { get; set; }
    public string? modified_at { get; set; }
    public string fetched_at { get; set; } = "";
    public long sort_utc { get; set; }
    public string? author { get; set; }
    public string? image_url { get; set; }
    public string? image_caption { get; set; }
    public string? image_credit { get; set; }
    public string? language { get; set; }
    public string? category_slug { get; set; }
    public string? original_url { get; set; }
    public string? site_name { get; set; }
    public string content_hash { get; set; } = "";
    public long? story_id { get; set; }
    public long? duplicate_of_id { get; set; }
    public long? is_news { get; set; }
    public string? contest_category { get; set; }
    public string content_origin { get; set; } = "page";

    public static ArticleRow From(Article a) => new()
    {
        id = a.Id,
        source_id = a.SourceId,
        url = a.Url,
        canonical_url = a.CanonicalUrl,
        title = a.Title,
        lead = a.Lead,
        body_html = a.BodyHtml,
        body_text = a.BodyText,
        published_at = StoredTime.Write(a.PublishedAt),
        modified_at = StoredTime.Write(a.ModifiedAt),
        fetched_at = StoredTime.Write(a.FetchedAt)!,
        sort_utc = StoredTime.SortKey(a.PublishedAt ?? a.FetchedAt),
        author = a.Author,
        image_url = a.ImageUrl,
        image_caption = a.ImageCaption,
        image_credit = a.ImageCredit,
        language = a.Language,
        category_slug = a.CategorySlug,
        original_url = a.OriginalUrl,
        site_name = a.SiteName,
        content_hash = a.ContentHash,
        story_id = a.StoryId,
        content_origin = a.Origin == ContentOrigin.Feed ? "feed" : "page",
    };

    public Article ToArticle() => new()
    {
        Id = id,
        SourceId = source_id,
        Url = url,
        CanonicalUrl = canonical_url,
        Title = title,
        Lead = lead,
        BodyHtml = body_html,
        BodyText = body_text,
        PublishedAt = StoredTime.Read(published_at),
        ModifiedAt = StoredTime.Read(modified_at),
        FetchedAt = StoredTime.Read(fetched_at)!.Value,
        Author = author,
        ImageUrl = image_url,
        ImageCaption = image_caption,
        ImageCredit = image_credit,
        Language = language,
        CategorySlug = category_slug,
        OriginalUrl = original_url,
        SiteName = site_name,
        ContentHash = content_hash,
        StoryId = story_id,
        DuplicateOfId = duplicate_of_id,
        IsNews = is_news is null ? null : is_news != 0,
        ContestCategory = contest_category,
        Origin = content_origin == "feed" ? ContentOrigin.Feed : ContentOrigin.Page,
    };
}
#pragma warning restore IDE1006, CA1707
