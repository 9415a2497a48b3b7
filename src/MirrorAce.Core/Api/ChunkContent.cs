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

    // Not ArrayPool.Shared: its per-thread caches keep a 1 MiB array for every thread that ever
    // returned one, so memory crept up with the file size. This pool holds a bounded few, shared.
    private static readonly ArrayPool<byte> Buffers = ArrayPool<byte>.Create(BufferSize, 8);

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
        var size = (int)Math.Min(BufferSize, _length);
        var current = Buffers.Rent(size);
        var spare = Buffers.Rent(size);
        // Two buffers: the next one is read and hashed while the socket still takes the last, so
        // hashing overlaps the wait for the network instead of adding to it.
        var pending = Task.CompletedTask;
        var pendingBytes = 0;
        try
        {
            for (long read = 0; read < _length;)
            {
                var want = (int)Math.Min(current.Length, _length - read);
                var position = _offset + read;
                var got = await RandomAccess.ReadAsync(_file, current.AsMemory(0, want), _fileOffset + position, cancellationToken);
                if (got == 0)
                    throw new FileChangedException();
                _hasher.Append(position, current.AsSpan(0, got));
                _wholeHasher?.Append(_fileOffset + position, current.AsSpan(0, got));
                await pending;
                Sent(pendingBytes);
                pending = stream.WriteAsync(current.AsMemory(0, got), cancellationToken).AsTask();
                pendingBytes = got;
                read += got;
                (current, spare) = (spare, current);
            }
            await pending;
            Sent(pendingBytes);
            BodySent = true;
        }
        finally
        {
            // A buffer goes back to the pool only once no write can still be reading it.
            try { await pending; }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or HttpRequestException) { }
            Buffers.Return(current);
            Buffers.Return(spare);
        }
    }

    private void Sent(int bytes)
    {
        if (bytes == 0) return;
        BytesSent += bytes;
        Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
        _onPosition?.Invoke(_offset + BytesSent);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}

/// <summary>The file ended before a chunk did: something truncated it during the upload.</summary>
internal sealed class FileChangedException() : IOException("The file became shorter while it was being uploaded.");
