using System.Text.Json;
using Janalyq.Markup;

namespace Janalyq.Extraction.Metadata;

/// <summary>The fields we use from a page's schema.org Article (NewsArticle, BlogPosting, ...) in JSON-LD.</summary>
internal sealed class JsonLdArticle
{
    public string? Headline { get; private set; }
    public string? Name { get; private set; }
    public string? Description { get; private set; }
    public string? DatePublished { get; private set; }
    public string? DateModified { get; private set; }
    public List<string> Authors { get; } = [];
    public string? Image { get; private set; }
    public string? ImageCaption { get; private set; }
    public string? Publisher { get; private set; }
    public string? Section { get; private set; }
    public List<string> Keywords { get; } = [];
    public string? Language { get; private set; }
    public string? BasedOn { get; private set; }
    public string? ArticleBody { get; private set; }
    public string? Url { get; private set; }

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting", "SocialMediaPosting", "WebPage", "Posting", "MediaObject", "VideoObject",
    };

    internal static JsonLdArticle? Read(IEnumerable<Element> scripts)
    {
        JsonLdArticle? best = null;
        var bestRank = int.MaxValue;
        string? siteName = null;
        foreach (var script in scripts)
        {
            JsonDocument json;
            try { json = JsonDocument.Parse(Unwrap(script.TextContent), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 }); }
            catch (JsonException) { continue; }
            using (json)
            {
                foreach (var obj in Objects(json.RootElement, 0))
                {
                    var types = Types(obj);
                    if (types.Contains("WebSite") || types.Contains("Organization") || types.Contains("NewsMediaOrganization"))
                        siteName ??= Str(obj, "name");
                    var rank = Rank(types);
                    if (rank >= bestRank) continue;
                    var a = new JsonLdArticle();
                    a.Fill(obj);
                    if (a.Headline is null && a.DatePublished is null) continue;
                    best = a;
                    bestRank = rank;
                }
            }
        }
        if (best is not null) best.Publisher ??= siteName;
        return best;
    }

    /// <summary>
    /// The article's title: its headline, unless "name" differs and is the one the page's &lt;title&gt; carries
    /// (Wikipedia's headline is a description: "constitutional monarchy in Oceania" for "New Zealand").
    /// </summary>
    public string? Title(string? documentTitle)
    {
        if (Name is null || Headline is null || Name == Headline || string.IsNullOrEmpty(documentTitle)) return Headline;
        var doc = Body.BlockFilter.Normalize(documentTitle);
        var name = Body.BlockFilter.Normalize(Name);
        var headline = Body.BlockFilter.Normalize(Headline);
        var nameIn = name.Length > 0 && doc.Contains(name, StringComparison.Ordinal);
        var headlineIn = headline.Length > 0 && doc.Contains(headline, StringComparison.Ordinal);
        return nameIn && !headlineIn ? Name : Headline;
    }

    /// <summary>Strips the CDATA wrapper (and its comment guards) that many sites put around JSON-LD.</summary>
    internal static string Unwrap(string json)
    {
        var s = json.AsSpan().Trim();
        if (s.StartsWith("//")) s = s[2..].TrimStart();
        if (s.StartsWith("/*<![CDATA[*/")) s = s[13..];
        else if (s.StartsWith("<![CDATA[")) s = s[9..];
        s = s.TrimEnd();
        if (s.EndsWith("/*]]>*/")) s = s[..^7];
        else if (s.EndsWith("]]>")) s = s[..^3];
        s = s.TrimEnd();
        if (s.EndsWith("//")) s = s[..^2];
        return s.Length == json.Length ? json : s.ToString();
    }

    private static int Rank(List<string> types)
    {
        var rank = int.MaxValue;
        foreach (var t in types)
        {
            if (!ArticleTypes.Contains(t)) continue;
            var r = t switch { "WebPage" => 3, "MediaObject" or "VideoObject" => 4, "Article" => 1, _ => 0 };
            rank = Math.Min(rank, r);
        }
        return rank;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement e, int depth)
    {
        if (depth > 4) yield break;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                foreach (var o in Objects(item, depth + 1)) yield return o;
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var graph))
                foreach (var o in Objects(graph, depth + 1)) yield return o;
            if (e.TryGetProperty("mainEntity", out var main))
                foreach (var o in Objects(main, depth + 1)) yield return o;
        }
    }

    private static List<string> Types(JsonElement obj)
    {
        var list = new List<string>();
        if (!obj.TryGetProperty("@type", out var t)) return list;
        if (t.ValueKind == JsonValueKind.String) list.Add(t.GetString()!);
        else if (t.ValueKind == JsonValueKind.Array)
            foreach (var x in t.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String) list.Add(x.GetString()!);
        return list;
    }

    private void Fill(JsonElement o)
    {
        Headline = Str(o, "headline") ?? Str(o, "name");
        Name = Str(o, "name");
        Description = Str(o, "description");
        DatePublished = Str(o, "datePublished") ?? Str(o, "dateCreated") ?? Str(o, "uploadDate");
        DateModified = Str(o, "dateModified");
        Section = Str(o, "articleSection");
        Language = Str(o, "inLanguage");
        BasedOn = Str(o, "isBasedOn") ?? Str(o, "isBasedOnUrl");
        ArticleBody = Str(o, "articleBody");
        Url = Str(o, "url");
        if (o.TryGetProperty("author", out var author)) Names(author, Authors);
        if (Authors.Count == 0 && o.TryGetProperty("creator", out var creator)) Names(creator, Authors);
        if (o.TryGetProperty("publisher", out var pub)) Publisher = pub.ValueKind == JsonValueKind.Object ? Str(pub, "name") : Str(o, "publisher");
        if (o.TryGetProperty("image", out var image)) ReadImage(image);
        else if (o.TryGetProperty("thumbnailUrl", out var thumb)) Image = Scalar(thumb);
        if (o.TryGetProperty("keywords", out var kw))
        {
            if (kw.ValueKind == JsonValueKind.String)
                Keywords.AddRange(kw.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            else if (kw.ValueKind == JsonValueKind.Array)
                foreach (var k in kw.EnumerateArray())
                    if (k.ValueKind == JsonValueKind.String) Keywords.Add(k.GetString()!.Trim());
        }
    }

    private void ReadImage(JsonElement image)
    {
        switch (image.ValueKind)
        {
            case JsonValueKind.String: Image = image.GetString(); break;
            case JsonValueKind.Array:
                foreach (var i in image.EnumerateArray()) { ReadImage(i); if (Image is not null) return; }
                break;
            case JsonValueKind.Object:
                Image = Str(image, "url") ?? Str(image, "contentUrl");
                ImageCaption = Str(image, "caption") ?? Str(image, "description");
                break;
        }
    }

    private static void Names(JsonElement e, List<string> into)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                if (e.GetString() is { Length: > 0 } s) into.Add(s.Trim());
                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray()) Names(x, into);
                break;
            case JsonValueKind.Object:
                if (Str(e, "name") is { Length: > 0 } n) into.Add(n);
                break;
        }
    }

    internal static string? Str(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) ? Scalar(v) : null;

    private static string? Scalar(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                var s = v.GetString()?.Trim();
                return string.IsNullOrEmpty(s) ? null : System.Net.WebUtility.HtmlDecode(s);
            case JsonValueKind.Array:
                foreach (var x in v.EnumerateArray()) if (Scalar(x) is { } first) return first;
                return null;
            case JsonValueKind.Object:
                return Str(v, "url") ?? Str(v, "@id") ?? Str(v, "name");
            default:
                return null;
        }
    }
}
