using System.Text.Json;

namespace Janalyq.Web.Site;

/// <summary>The web app manifest (/manifest.webmanifest): the name, colours and icon a phone uses when the site is added to its home screen.</summary>
internal static class WebManifest
{
    private static readonly byte[] Body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
    {
        ["name"] = "Janalyq",
        ["short_name"] = "Janalyq",
        ["description"] = "Новости Казахстана и мира · Қазақстан мен әлем жаңалықтары · News from Kazakhstan and the world",
        ["start_url"] = "/",
        ["scope"] = "/",
        ["display"] = "browser",
        ["theme_color"] = "#0b5a7a",
        ["background_color"] = "#ffffff",
        ["icons"] = new[] { new Dictionary<string, string> { ["src"] = SiteAssets.Url("favicon.svg"), ["type"] = "image/svg+xml", ["sizes"] = "any" } },
    }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static IResult Serve(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Bytes(Body, "application/manifest+json");
    }
}
