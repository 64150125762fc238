using System.Text.Json;

namespace Janalyq.Discovery;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedReader
{
    public static FeedDocument Read(string text, ListingContext context)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new FeedFormatException($"not valid JSON: {e.Message}", e);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                throw new FeedFormatException("JSON without an \"items\" array is not a JSON Feed");
            var entries = new List<FeedEntry>();
            foreach (var item in items.EnumerateArray().Take(ListingParser.MaxEntries))
            {
                if (item.ValueKind != JsonValueKind.Object) continue;
                var link = String(item, "url") ?? String(item, "external_url");
                if (XmlListingReader.Resolve(context.Url, link) is not { } url) continue;
                entries.Add(new FeedEntry
                {
                    Url = url,
                    Id = String(item, "id"),
                    Title = FeedText.Plain(String(item, "title")),
                    Summary = String(item, "summary"),
                    ContentHtml = String(item, "content_html") ?? String(item, "content_text"),
                    Published = FeedDates.Parse(String(item, "date_published"), context.TimeZone),
                    Updated = FeedDates.Parse(String(item, "date_modified"), context.TimeZone),
                    Author = Author(item),
                    ImageUrl = XmlListingReader.Resolve(context.Url, String(item, "image") ?? String(item, "banner_image"))?.AbsoluteUri,
                });
            }
            return new FeedDocument { Format = ListingFormat.JsonFeed, Title = FeedText.Plain(String(root, "title")), Entries = entries };
        }
    }

    private static string? Author(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var names = authors.EnumerateArray().Select(a => String(a, "name")).OfType<string>().ToList();
            if (names.Count > 0) return string.Join(", ", names);
        }
        return item.TryGetProperty("author", out var author) ? String(author, "name") : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() is { Length: > 0 } s ? s : null
            : null;
}
