using System.IO.Compression;

namespace Janalyq.Extraction;

/// <summary>Reads a saved page from disk, unpacking <c>.gz</c> files.</summary>
public static class PageFiles
{
    /// <summary>Reads <paramref name="path"/>; a name ending in .gz (or gzip magic bytes) is unpacked. A truncated or corrupt gzip gives an <see cref="ExtractionException"/>.</summary>
    public static async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && !(bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b))
            return bytes;
        try
        {
            return await GunzipAsync(bytes, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new ExtractionException($"{Path.GetFileName(path)}: the gzip data is truncated or corrupt ({e.Message})", e);
        }
    }

    private static async Task<byte[]> GunzipAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        using var input = new MemoryStream(bytes);
        await using var gz = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(bytes.Length * 4);
        await gz.CopyToAsync(output, cancellationToken);
        // GZipStream stops quietly at a truncated end on some inputs: check the trailer length (ISIZE, mod 2^32).
        if (bytes.Length < 18)
            throw new InvalidDataException("file shorter than a gzip header and trailer");
        var declared = BitConverter.ToUInt32(bytes, bytes.Length - 4);
        if (declared != (uint)output.Length)
            throw new InvalidDataException("unpacked length differs from the length in the gzip trailer");
        return output.ToArray();
    }
}
