using System.Diagnostics;

namespace MirrorAce.Sandbox;

/// <summary>
/// A request body read no faster than a given link allows, so a benchmark can compare clients on
/// an upload link like a release machine's (1 Gbit/s, say) instead of on loopback, where the
/// client's CPU, not the network, would decide.
/// </summary>
internal sealed class LinkThrottle(Stream inner, long bytesPerSecond) : Stream
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _read;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        _read += read;
        var due = TimeSpan.FromSeconds((double)_read / bytesPerSecond) - _clock.Elapsed;
        if (due > TimeSpan.FromMilliseconds(1))
            await Task.Delay(due, cancellationToken);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
