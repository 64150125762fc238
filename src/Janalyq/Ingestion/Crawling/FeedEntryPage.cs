using System.Net;
using System.Text;
using Janalyq.Discovery;
using Janalyq.Extraction;
using Janalyq.Storage;

namespace Janalyq.Ingestion.Crawling;

/// <summary>
/// When an article's page cannot be had, the listing's own text stands in for it: a small HTML page built
/// from the entry, marked with &lt;meta name="janalyq:origin" content="feed"&gt;, run through the same intake.
/// </summary>
public static class FeedEntryPage
{
    public const string OriginMeta = "janalyq:origin";

    public static bool HasText(FeedEntry entry) =>
        !string.IsNullOrWhiteSpace(entry.Title) && !string.IsNullOrWhiteSpace(entry.ContentHtml ?? entry.Summary);

    public static RawPage Build(FeedEntry entry, Uri canonical, Source source, DateTimeOffset fetchedAt)
    {
        static string A(string? s) => WebUtility.HtmlEncode(s ?? "");
        var html = new StringBuilder(2048)
            .Append("<!doctype html><html lang=\"").Append(A(source.Language)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(A(entry.Title)).Append("</title>")
            .Append("<meta name=\"").Append(OriginMeta).Append("\" content=\"feed\">")
            .Append("<link rel=\"canonical\" href=\"").Append(A(canonical.AbsoluteUri)).Append("\">")
            .Append("<meta property=\"og:site_name\" content=\"").Append(A(source.Name)).Append("\">");
        if (entry.Published is { } published)
            html.Append("<meta property=\"article:published_time\" content=\"").Append(published.ToString("o", System.Globalization.CultureInfo.InvariantCulture)).Append("\">");
        if (entry.Updated is { } updated)
            html.Append("<meta property=\"article:modified_time\" content=\"").Append(updated.ToString("o", System.Globalization.CultureInfo.InvariantCulture)).Append("\">");
        if (entry.Author is { } author) html.Append("<meta name=\"author\" content=\"").Append(A(author)).Append("\">");
        if (entry.ImageUrl is { } image) html.Append("<meta property=\"og:image\" content=\"").Append(A(image)).Append("\">");
        html.Append("</head><body><article><h1>").Append(A(entry.Title)).Append("</h1>");
        // The listing's HTML is untrusted; the extractor sanitizes it like any page.
        var body = entry.ContentHtml ?? entry.Summary ?? "";
        html.Append(body.Contains('<', StringComparison.Ordinal) ? body : "<p>" + A(body) + "</p>");
        html.Append("</article></body></html>");
        return new RawPage(Encoding.UTF8.GetBytes(html.ToString()), entry.Url, "text/html; charset=utf-8", fetchedAt, source.TimeZone);
    }
}
