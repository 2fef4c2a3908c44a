namespace Rejected.Web.Journal;

/// <summary>
/// Collects what is written to it in memory, synchronously or not, and passes it on to <paramref name="output"/> only in
/// <see cref="FlushAsync(CancellationToken)"/>, asynchronously.
/// <para>
/// ZipArchive writes part of every entry (the end of the compressed data, the sizes after it) synchronously when the
/// entry's stream is closed, even with the async APIs, and ASP.NET Core refuses synchronous writes to a response. Written
/// through this stream and flushed after each entry, the archive reaches the response asynchronously while memory holds
/// at most one compressed entry.
/// </para>
/// </summary>
internal sealed class WriteBehindStream(Stream output) : Stream
{
    private readonly MemoryStream pending = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => pending.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        pending.Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        pending.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    /// <summary>Nothing: the bytes go out at the next <see cref="FlushAsync(CancellationToken)"/>.</summary>
    public override void Flush()
    {
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (pending.Length > 0)
        {
            await output.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken);
            pending.SetLength(0);
        }

        await output.FlushAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await FlushAsync();
        Dispose();
    }

    /// <summary>Bytes not yet flushed are dropped: they could only be written synchronously here.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            pending.Dispose();
        }

        base.Dispose(disposing);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
