using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Janalyq.Web.Site.Pages;

/// <summary>schema.org NewsArticle for search engines, safe inside a script element (&lt; &gt; &amp; are escaped).</summary>
internal static class ArticleJsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // All letters stay readable; the HTML-sensitive characters are still escaped by this encoder.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string For(ArticleModel model, PageContext context)
    {
        var article = model.Article;
        string url = context.Links.Absolute(context.Links.Article(article.Id, article.Title));
        string? image = context.Media.MediaUrl(article);
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["description"] = article.Lead,
            ["datePublished"] = article.PublishedAt is { } published ? context.Time.Iso(published) : null,
            ["dateModified"] = article.ModifiedAt is { } modified ? context.Time.Iso(modified) : null,
            ["inLanguage"] = article.Language,
            ["articleSection"] = article.CategorySlug is null ? null : context.Text.Category(article.CategorySlug),
            ["image"] = image is null ? null : new[] { context.Links.Absolute(image) },
            ["author"] = article.Author is null ? null : new Dictionary<string, string> { ["@type"] = "Person", ["name"] = article.Author },
            ["publisher"] = model.SourceName is null ? null : new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = model.SourceName },
            ["mainEntityOfPage"] = url,
            ["url"] = url,
            ["isBasedOn"] = SiteLinks.Outlet(article.OriginalUrl) ?? SiteLinks.Outlet(article.CanonicalUrl),
        };
        return JsonSerializer.Serialize(data.Where(p => p.Value is not null).ToDictionary(), Options);
    }
}
