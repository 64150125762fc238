using System.Text.Encodings.Web;
using System.Text.Json;
using Janalyq.Demo.Generator.Outlets;
using Janalyq.Demo.Generator.Pages;

namespace Janalyq.Demo.Generator.Output;

/// <summary>outlets.json and manifest.json: pretty-printed UTF-8 without BOM, "\n" line ends, stable order.</summary>
internal static class JsonFiles
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Outlets(IReadOnlyList<Outlet> outlets) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var o in outlets)
        {
            w.WriteStartObject();
            w.WriteString("slug", o.Slug);
            w.WriteString("name", o.Name);
            w.WriteString("home_url", o.Home + "/");
            w.WriteStartArray("languages");
            foreach (var lang in o.Languages) w.WriteStringValue(lang);
            w.WriteEndArray();
            w.WriteString("encoding", o.Encoding);
            w.WriteString("time_zone", "Asia/Almaty");
            w.WriteStartObject("feed");
            w.WriteString("file", $"{o.Slug}/feed.xml");
            w.WriteString("url", o.FeedUrl);
            w.WriteString("kind", o.FeedKind);
            w.WriteString("encoding", o.Encoding);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    public static byte[] Manifest(IEnumerable<Page> pages) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var p in pages)
        {
            var a = p.Article;
            w.WriteStartObject();
            w.WriteString("file", p.File);
            w.WriteString("url", p.Url);
            w.WriteString("outlet", p.Outlet.Slug);
            w.WriteString("event", a.Event);
            w.WriteString("language", a.Language);
            w.WriteString("category", a.Category);
            w.WriteString("section", a.Section);
            w.WriteString("title", a.Title);
            w.WriteString("lead", a.Lead);
            w.WriteString("text", p.Text);
            w.WriteString("published", TimeText.Iso(a.Published));
            NullableString(w, "modified", a.Modified is { } m ? TimeText.Iso(m) : null);
            NullableString(w, "author", a.Author);
            w.WriteString("image", p.ImageUrl);
            w.WriteString("caption", a.Caption);
            w.WriteString("credit", a.Credit);
            w.WriteString("canonical", p.Url);
            w.WriteString("site", p.Outlet.Name);
            NullableString(w, "original_url", a.OriginalUrl);
            w.WriteString("encoding", p.Outlet.Encoding);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static void NullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            body(writer);
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
