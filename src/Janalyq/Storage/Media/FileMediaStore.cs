using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Janalyq.Storage.Media;

/// <summary>
/// Image copies in the data folder: media/{sha256 of the URL}.{ext}. The folder is listed once;
/// after that <see cref="KeyFor"/> is a dictionary lookup (a home page asks for dozens).
/// </summary>
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

    private readonly Lazy<ConcurrentDictionary<string, string>> _keys = new(() => List(folder));

    public async Task PutAsync(string imageUrl, Stream content, string contentType, CancellationToken cancellationToken)
    {
        if (!Extensions.TryGetValue(contentType, out var extension))
            throw new ArgumentException($"Unsupported image type {contentType}.", nameof(contentType));
        Directory.CreateDirectory(folder);
        var hash = Hash(imageUrl);
        var temporary = Path.Combine(folder, hash + ".tmp");
        await using (var file = File.Create(temporary))
        {
            await content.CopyToAsync(file, cancellationToken);
        }
        if (_keys.Value.TryGetValue(hash, out var old) && old != hash + extension) File.Delete(Path.Combine(folder, old));
        File.Move(temporary, Path.Combine(folder, hash + extension), overwrite: true);
        _keys.Value[hash] = hash + extension;
    }

    public string? KeyFor(string? imageUrl) =>
        string.IsNullOrEmpty(imageUrl) ? null : _keys.Value.GetValueOrDefault(Hash(imageUrl));

    public StoredMedia? Open(string key)
    {
        if (key.Length > 80 || key.Contains('/', StringComparison.Ordinal) || key.Contains('\\', StringComparison.Ordinal) || key.StartsWith('.')) return null;
        var path = Path.Combine(folder, key);
        if (!File.Exists(path)) return null;
        var type = Extensions.FirstOrDefault(e => e.Value == Path.GetExtension(key)).Key;
        return type is null ? null : new StoredMedia(path, type);
    }

    private static ConcurrentDictionary<string, string> List(string folder)
    {
        var keys = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return keys;
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (Extensions.ContainsValue(Path.GetExtension(name))) keys[Path.GetFileNameWithoutExtension(name)] = name;
        }
        return keys;
    }

    private static string Hash(string url) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..32];
}
