namespace Janalyq.Fetching;

/// <summary>
/// Wraps a connection's stream: the first write on behalf of a request marks that request's <see cref="HostLease"/>
/// as started (the lease flows in <see cref="HostLease.Current"/>), so the per-host interval counts from when the host
/// can see the request, not from when the limiter let it go.
/// </summary>
internal sealed class StartSignallingStream(Stream inner) : Stream
{
    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => false;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
    public override int Read(Span<byte> buffer) => inner.Read(buffer);
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

    // Marked before the write (the request's start) and again once the kernel has the bytes, so the host's next
    // request counts its interval from when this one's packet can have left, not a few microseconds earlier.
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var lease = HostLease.Current.Value;
        lease?.MarkStarted();
        inner.Write(buffer);
        lease?.MarkStarted();
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var lease = HostLease.Current.Value;
        lease?.MarkStarted();
        await inner.WriteAsync(buffer, cancellationToken);
        lease?.MarkStarted();
    }

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
