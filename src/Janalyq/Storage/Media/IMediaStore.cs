namespace Janalyq.Storage.Media;

/// <summary>
/// Local copies of articles' images, served by the portal under /media/{key} so that readers
/// neither hotlink outlets nor depend on them being up.
/// </summary>
public interface IMediaStore
{
    /// <summary>Stores the content for an image URL (replacing an earlier copy).</summary>
    Task PutAsync(string imageUrl, Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>The key under which an image URL is served, or null when no copy is held.</summary>
    string? KeyFor(string? imageUrl);

    /// <summary>Opens a stored copy by key; null when absent.</summary>
    StoredMedia? Open(string key);
}

/// <summary>A stored copy: its file and content type.</summary>
public sealed record StoredMedia(string FilePath, string ContentType);
