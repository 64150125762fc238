using System.Buffers;

namespace Janalyq.Web.Cli;

/// <summary>
/// Reads a stream line by line as bytes, in one reused buffer: memory follows the longest line (at most
/// <see cref="MaxLineBytes"/>), never the input. Each line comes with its number (from 1) and its byte offset, so that a
/// second pass can read it again from a file.
/// </summary>
internal sealed class JsonLines(Stream input, int maxLineBytes = JsonLines.MaxLineBytes)
{
    /// <summary>Longest line accepted: 16 MiB (an article with its HTML).</summary>
    public const int MaxLineBytes = 16 << 20;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 << 10);

    /// <summary>The largest buffer held, in bytes (what a streaming read costs).</summary>
    public int PeakBufferBytes { get; private set; } = 64 << 10;

    /// <summary>
    /// Calls <paramref name="line"/> for every line (without its line break; an empty line included); a line longer than
    /// the limit is given as null content (the caller reports it) and skipped.
    /// </summary>
    public async Task ReadAsync(Func<long, long, ReadOnlyMemory<byte>?, Task> line, CancellationToken cancellationToken)
    {
        long number = 0, consumed = 0, tooLongAt = -1; // consumed: stream position of _buffer[0]
        int filled = 0, start = 0;
        while (true)
        {
            if (filled == _buffer.Length)
            {
                if (start > 0)
                {
                    Buffer.BlockCopy(_buffer, start, _buffer, 0, filled - start);
                    consumed += start;
                    filled -= start;
                    start = 0;
                }
                else if (_buffer.Length >= maxLineBytes)
                {
                    if (tooLongAt < 0) tooLongAt = consumed; // drop what is held; the line is reported at its end
                    consumed += filled;
                    filled = 0;
                }
                else Grow();
            }
            var read = await input.ReadAsync(_buffer.AsMemory(filled), cancellationToken);
            if (read == 0) break;
            var scanFrom = filled;
            filled += read;
            int newline;
            while ((newline = Array.IndexOf(_buffer, (byte)'\n', scanFrom, filled - scanFrom)) >= 0)
            {
                number++;
                var end = newline > start && _buffer[newline - 1] == '\r' ? newline - 1 : newline;
                if (tooLongAt >= 0) await line(number, tooLongAt, null);
                else await line(number, consumed + start, _buffer.AsMemory(start, end - start));
                tooLongAt = -1;
                start = newline + 1;
                scanFrom = start;
            }
        }
        if (tooLongAt >= 0) await line(number + 1, tooLongAt, null);
        else if (filled > start) await line(number + 1, consumed + start, _buffer.AsMemory(start, filled - start));
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Grow()
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(maxLineBytes, _buffer.Length * 2));
        Buffer.BlockCopy(_buffer, 0, bigger, 0, _buffer.Length);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
        PeakBufferBytes = Math.Max(PeakBufferBytes, bigger.Length);
    }
}
