using System.Globalization;
using System.IO.Compression;

namespace Janalyq.Extraction;

/// <summary>
/// Reads a saved page from disk, unpacking <c>.gz</c> files, never holding more than the page limit: a plain file
/// over it is refused before it is read, a gzip is unpacked only up to it (a 1.5 MB bomb that expands to 1.5 GB
/// stops at the limit). Too large, truncated or corrupt: an <see cref="ExtractionException"/> that says so.
/// </summary>
public static class PageFiles
{
    private const int Chunk = 64 * 1024;

    /// <summary>Reads <paramref name="path"/>; a name ending in .gz (or gzip magic bytes) is unpacked, up to <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadAsync(string path, int maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        byte[] bytes;
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan))
        {
            if (file.CanSeek && file.Length > maxBytes)
                throw new ExtractionException($"The page is {Size(file.Length)}, over the {Size(maxBytes)} limit (Extraction:MaxPageBytes).");
            bytes = await ReadUpToAsync(file, maxBytes, file.CanSeek ? (int)file.Length : Chunk, cancellationToken)
                ?? throw new ExtractionException($"The page is over the {Size(maxBytes)} limit (Extraction:MaxPageBytes).");
        }
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && !(bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b))
            return bytes;
        try
        {
            return await GunzipAsync(bytes, maxBytes, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new ExtractionException($"{Path.GetFileName(path)}: the gzip data is truncated or corrupt ({e.Message})", e);
        }
    }

    private static async Task<byte[]> GunzipAsync(byte[] bytes, int maxBytes, CancellationToken cancellationToken)
    {
        if (bytes.Length < 18)
            throw new InvalidDataException("file shorter than a gzip header and trailer");
        await using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        // The trailer's length (ISIZE, mod 2^32) sizes the buffer, but only up to the limit: it may lie.
        var declared = BitConverter.ToUInt32(bytes, bytes.Length - 4);
        var output = await ReadUpToAsync(gz, maxBytes, (int)Math.Min(declared, (uint)maxBytes), cancellationToken)
            ?? throw new ExtractionException($"The unpacked page is over the {Size(maxBytes)} limit (Extraction:MaxPageBytes).");
        // GZipStream stops quietly at a truncated end on some inputs: check the trailer length.
        if (declared != (uint)output.Length)
            throw new InvalidDataException("unpacked length differs from the length in the gzip trailer");
        return output;
    }

    /// <summary>The whole stream, or null as soon as it has more than <paramref name="maxBytes"/> bytes.</summary>
    private static async Task<byte[]?> ReadUpToAsync(Stream stream, int maxBytes, int expected, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Clamp(expected, 1, maxBytes)];
        var length = 0;
        var probe = new byte[1];
        while (true)
        {
            if (length == buffer.Length)
            {
                // Full: one more byte tells whether the stream ends here or goes on (over the limit, or past the guess).
                if (await stream.ReadAsync(probe, cancellationToken) == 0) return buffer;
                if (length == maxBytes) return null;
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2 + Chunk, maxBytes));
                buffer[length++] = probe[0];
            }
            var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length - length, Chunk * 16)), cancellationToken);
            if (read == 0) return length == buffer.Length ? buffer : buffer[..length];
            length += read;
        }
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
}
