using System.Text.Encodings.Web;
using System.Text.Json;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Layouts;

/// <summary>schema.org NewsArticle JSON-LD for the outlets that publish it; dateModified only when the article has one.</summary>
internal static class JsonLd
{
    public static string NewsArticle(Page page, string publisher, string logoUrl, IReadOnlyList<(string Name, string Url)> breadcrumb)
    {
        var a = page.Article;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteStartArray("@graph");
            w.WriteStartObject();
            w.WriteString("@type", "NewsArticle");
            w.WriteString("@id", page.Url + "#article");
            w.WriteStartObject("mainEntityOfPage");
            w.WriteString("@type", "WebPage");
            w.WriteString("@id", page.Url);
            w.WriteEndObject();
            w.WriteString("headline", a.Title);
            w.WriteString("description", a.Lead);
            w.WriteString("inLanguage", a.Language);
            w.WriteStartObject("image");
            w.WriteString("@type", "ImageObject");
            w.WriteString("url", page.ImageUrl);
            w.WriteNumber("width", 1200);
            w.WriteNumber("height", 675);
            w.WriteString("caption", a.Caption);
            w.WriteEndObject();
            w.WriteString("datePublished", TimeText.Iso(a.Published));
            if (a.Modified is { } m) w.WriteString("dateModified", TimeText.Iso(m));
            w.WriteString("articleSection", a.Section);
            if (a.Tags.Count > 0) w.WriteString("keywords", string.Join(", ", a.Tags));
            w.WriteStartObject("author");
            w.WriteString("@type", a.Author is null ? "Organization" : "Person");
            w.WriteString("name", a.Author ?? publisher);
            w.WriteEndObject();
            w.WriteStartObject("publisher");
            w.WriteString("@type", "NewsMediaOrganization");
            w.WriteString("name", publisher);
            w.WriteString("url", page.Outlet.Home + "/");
            w.WriteStartObject("logo");
            w.WriteString("@type", "ImageObject");
            w.WriteString("url", logoUrl);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("@type", "BreadcrumbList");
            w.WriteStartArray("itemListElement");
            for (var i = 0; i < breadcrumb.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("@type", "ListItem");
                w.WriteNumber("position", i + 1);
                w.WriteString("name", breadcrumb[i].Name);
                w.WriteString("item", breadcrumb[i].Url);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        var json = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("</", "<\\/", StringComparison.Ordinal);
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }
}
