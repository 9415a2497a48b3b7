using System.Buffers;
using System.Net;
using Microsoft.Win32.SafeHandles;
using MirrorAce.Upload;

namespace MirrorAce.Api;

/// <summary>
/// The file part of one chunk request: a bounded region of the file streamed straight from disk
/// into the request body through one pooled buffer, hashed on the way. Its length is known, so
/// the request carries an exact Content-Length and never uses chunked transfer encoding.
/// </summary>
internal sealed class ChunkContent : HttpContent
{
    private const int BufferSize = 1 << 20;
    private const int WriteSlice = 64 * 1024;

    // Not ArrayPool.Shared: its per-thread caches keep a 1 MiB array for every thread that ever
    // returned one, so memory crept up with the file size. This pool holds a bounded few, shared.
    private static readonly ArrayPool<byte> Buffers = ArrayPool<byte>.Create(BufferSize, 12);

    private readonly SafeFileHandle _file;
    private readonly long _offset;
    private readonly long _length;
    private readonly long _fileOffset;
    private readonly FileHasher _hasher;
    private readonly FileHasher? _wholeHasher;
    private readonly Action<long>? _onPosition;
    private long _lastActivity = Environment.TickCount64;

    public ChunkContent(SafeFileHandle file, long fileOffset, long offset, long length, FileHasher hasher, FileHasher? wholeHasher, Action<long>? onPosition)
    {
        _file = file;
        _fileOffset = fileOffset;
        _wholeHasher = wholeHasher;
        _offset = offset;
        _length = length;
        _hasher = hasher;
        _onPosition = onPosition;
    }

    /// <summary>Milliseconds (<see cref="Environment.TickCount64"/>) of the last byte sent, for the stall watchdog.</summary>
    public long LastActivity => Interlocked.Read(ref _lastActivity);

    /// <summary>Whether every byte of the region was handed to the connection.</summary>
    public bool BodySent { get; private set; }

    /// <summary>Bytes of the region sent so far in this attempt.</summary>
    public long BytesSent { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        // HttpClient may serialize a content again (it does not for POST without redirects); start clean.
        BytesSent = 0;
        BodySent = false;
        // Three buffers in rotation: while the socket takes one, another is hashed on a second core and
        // the next is read, so SHA-256 costs no wall time when the network or the CPU is the limit.
        var size = (int)Math.Min(BufferSize, _length);
        var buffers = new[] { Buffers.Rent(size), Buffers.Rent(size), Buffers.Rent(size) };
        var busy = new[] { Task.CompletedTask, Task.CompletedTask, Task.CompletedTask };
        var lastHash = Task.CompletedTask;
        var lastWrite = Task.CompletedTask;
        try
        {
            var k = 0;
            for (long read = 0; read < _length; k = (k + 1) % buffers.Length)
            {
                await busy[k];
                var buffer = buffers[k];
                var want = (int)Math.Min(buffer.Length, _length - read);
                var position = _offset + read;
                var got = await RandomAccess.ReadAsync(_file, buffer.AsMemory(0, want), _fileOffset + position, cancellationToken);
                if (got == 0)
                    throw new FileChangedException();
                read += got;
                lastHash = HashAfterAsync(lastHash, position, buffer, got);
                lastWrite = WriteAfterAsync(lastWrite, stream, buffer, got, cancellationToken);
                busy[k] = Task.WhenAll(lastHash, lastWrite);
            }
            await lastWrite;
            await lastHash;
            BodySent = true;
        }
        finally
        {
            // A buffer goes back to the pool only once no write or hash can still be reading it.
            foreach (var task in busy)
            {
                try { await task; }
                catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or HttpRequestException or InvalidOperationException) { }
            }
            foreach (var buffer in buffers) Buffers.Return(buffer);
        }
    }

    private Task HashAfterAsync(Task previous, long position, byte[] buffer, int count) => Task.Run(async () =>
    {
        await previous;
        _hasher.Append(position, buffer.AsSpan(0, count));
        _wholeHasher?.Append(_fileOffset + position, buffer.AsSpan(0, count));
    });

    private async Task WriteAfterAsync(Task previous, Stream stream, byte[] buffer, int count, CancellationToken cancellationToken)
    {
        await previous;
        // Slices, so that a slow link shows progress to the stall watchdog long before a whole buffer is out.
        for (var done = 0; done < count;)
        {
            var slice = Math.Min(WriteSlice, count - done);
            await stream.WriteAsync(buffer.AsMemory(done, slice), cancellationToken);
            done += slice;
            BytesSent += slice;
            Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
            _onPosition?.Invoke(_offset + BytesSent);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}

/// <summary>The file ended before a chunk did: something truncated it during the upload.</summary>
internal sealed class FileChangedException() : IOException("The file became shorter while it was being uploaded.");
