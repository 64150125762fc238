using System.Collections.Frozen;
using System.Resources;
using System.Security.Cryptography;
using System.Text;

namespace Janalyq.Web.Site;

/// <summary>
/// The site's stylesheet and icons (wwwroot/), embedded in the assembly through Resources/SiteAssets.resx so that
/// they are served the same from a build, a publish or a test, with no files beside the binary.
/// URLs carry a hash of the content, so browsers may keep them for a year.
/// </summary>
public static class SiteAssets
{
    private static readonly FrozenDictionary<string, Asset> ByName = Load();

    /// <summary>Versioned URL of an asset ("/assets/site.css?v=1a2b3c4d").</summary>
    public static string Url(string name) => "/assets/" + name + "?v=" + ByName[name].Hash;

    internal static IResult Serve(string name, HttpContext http)
    {
        if (!ByName.TryGetValue(name, out var asset)) return Results.NotFound();
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        http.Response.Headers.ETag = "\"" + asset.Hash + "\"";
        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var resources = new ResourceManager("Janalyq.Web.Resources.SiteAssets", typeof(SiteAssets).Assembly);
        string[] names = ["site.css", "logo.svg", "favicon.svg"];
        return names.ToFrozenDictionary(n => n, n =>
        {
            string text = resources.GetString(n) ?? throw new InvalidOperationException($"Asset {n} is not embedded.");
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            string hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            string type = n.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "image/svg+xml";
            return new Asset(bytes, type, hash);
        });
    }

    private sealed record Asset(byte[] Content, string ContentType, string Hash);
}
