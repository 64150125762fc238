using System.Security.Cryptography;
using System.Text;

namespace Janalyq.Storage.Media;

/// <summary>Image copies in the data folder: media/{sha256 of the URL}.{ext}.</summary>
public sealed class FileMediaStore(string folder) : IMediaStore
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/svg+xml"] = ".svg",
        ["image/jpeg"] = ".jpg",
        ["image/png"] = ".png",
        ["image/webp"] = ".webp",
        ["image/gif"] = ".gif",
        ["image/avif"] = ".avif",
    };

    public async Task PutAsync(string imageUrl, Stream content, string contentType, CancellationToken cancellationToken)
    {
        if (!Extensions.TryGetValue(contentType, out var extension))
            throw new ArgumentException($"Unsupported image type {contentType}.", nameof(contentType));
        Directory.CreateDirectory(folder);
        var key = Hash(imageUrl);
        foreach (var old in Directory.EnumerateFiles(folder, key + ".*")) File.Delete(old);
        var temporary = Path.Combine(folder, key + ".tmp");
        await using (var file = File.Create(temporary))
        {
            await content.CopyToAsync(file, cancellationToken);
        }
        File.Move(temporary, Path.Combine(folder, key + extension), overwrite: true);
    }

    public string? KeyFor(string? imageUrl)
    {
        if (string.IsNullOrEmpty(imageUrl) || !Directory.Exists(folder)) return null;
        var key = Hash(imageUrl);
        var file = Directory.EnumerateFiles(folder, key + ".*").FirstOrDefault(f => !f.EndsWith(".tmp", StringComparison.Ordinal));
        return file is null ? null : Path.GetFileName(file);
    }

    public StoredMedia? Open(string key)
    {
        if (key.Length > 80 || key.Contains('/') || key.Contains('\\') || key.StartsWith('.')) return null;
        var path = Path.Combine(folder, key);
        if (!File.Exists(path)) return null;
        var type = Extensions.FirstOrDefault(e => e.Value == Path.GetExtension(key)).Key;
        return type is null ? null : new StoredMedia(path, type);
    }

    private static string Hash(string url) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..32];
}
