using System.Buffers;

namespace Janalyq.Fetching;

/// <summary>Reads a (decompressed) body up to a limit, so a compression bomb stops at the limit, not in memory.</summary>
public static class BodyReader
{
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(Stream stream, int maxBytes, long? declaredLength, CancellationToken cancellationToken)
    {
        var initial = declaredLength is > 0 and var n && n <= maxBytes ? (int)n : 16 * 1024;
        using var buffer = new MemoryStream(initial);
        var chunk = ArrayPool<byte>.Shared.Rent(32 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
