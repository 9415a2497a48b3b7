using System.Buffers;
using System.Net;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Win32.SafeHandles;
using MirrorAce.Upload;

namespace MirrorAce.Api;

/// <summary>
/// The file part of one chunk request: a bounded region of the file streamed straight from disk
/// into the request body through three pooled buffers, hashed on the way. Its length is known, so
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
        // the next is read, so SHA-256 costs no wall time when the network or the CPU is the limit. One hashing
        // lane per request and pooled awaits: nothing is allocated per buffer, however long the chunk.
        var size = (int)Math.Min(BufferSize, _length);
        var buffers = new[] { Buffers.Rent(size), Buffers.Rent(size), Buffers.Rent(size) };
        var toHash = Channel.CreateUnbounded<(int Buffer, long Position, int Count)>(new() { SingleReader = true, SingleWriter = true });
        var hashed = Channel.CreateUnbounded<int>(new() { SingleReader = true, SingleWriter = true });
        // Not cancellable: the lane must drain what it was given before the buffers go back to the pool.
        var hashing = Task.Run(() => HashLaneAsync(buffers, toHash.Reader, hashed.Writer), CancellationToken.None);
        var sending = ValueTask.CompletedTask;
        try
        {
            for (long read = 0, i = 0; read < _length; i++)
            {
                var k = (int)(i % buffers.Length);
                // Buffer k was last hashed for request i - 3 and sent before request i - 1 began: both done once this returns.
                if (i >= buffers.Length)
                    await ReadInOrderAsync(hashed.Reader, k, cancellationToken);
                var buffer = buffers[k];
                var want = (int)Math.Min(buffer.Length, _length - read);
                var position = _offset + read;
                var got = await RandomAccess.ReadAsync(_file, buffer.AsMemory(0, want), _fileOffset + position, cancellationToken);
                if (got == 0)
                    throw new FileChangedException();
                read += got;
                toHash.Writer.TryWrite((k, position, got));
                await TakeAndAwait(ref sending);
                sending = SendAsync(stream, buffer, got, cancellationToken);
            }
            await TakeAndAwait(ref sending);
            toHash.Writer.TryComplete();
            await hashing;
            BodySent = true;
        }
        finally
        {
            // A buffer goes back to the pool only once no write or hash can still be reading it.
            toHash.Writer.TryComplete();
            try { await TakeAndAwait(ref sending); }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or HttpRequestException or InvalidOperationException) { }
            try { await hashing; }
            catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException) { }
            foreach (var buffer in buffers) Buffers.Return(buffer);
        }
    }

    // A pooled ValueTask may be awaited once only: the variable is cleared before the await, so the cleanup
    // in finally never awaits one that already threw.
    private static ValueTask TakeAndAwait(ref ValueTask pending)
    {
        var taken = pending;
        pending = ValueTask.CompletedTask;
        return taken;
    }

    /// <summary>Hashes the buffers in the order they were read, and says which one is done.</summary>
    private async Task HashLaneAsync(byte[][] buffers, ChannelReader<(int Buffer, long Position, int Count)> toHash, ChannelWriter<int> hashed)
    {
        try
        {
            while (await toHash.WaitToReadAsync())
            {
                while (toHash.TryRead(out var item))
                {
                    var bytes = buffers[item.Buffer].AsSpan(0, item.Count);
                    _hasher.Append(item.Position, bytes);
                    _wholeHasher?.Append(_fileOffset + item.Position, bytes);
                    hashed.TryWrite(item.Buffer);
                }
            }
            hashed.TryComplete();
        }
        catch (Exception e)
        {
            hashed.TryComplete(e);
            throw;
        }
    }

    private static async ValueTask ReadInOrderAsync(ChannelReader<int> hashed, int expected, CancellationToken cancellationToken)
    {
        int done;
        try
        {
            done = await hashed.ReadAsync(cancellationToken);
        }
        catch (ChannelClosedException e) when (e.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
        if (done != expected)
            throw new InvalidOperationException($"Buffer {done} was hashed where {expected} was due.");
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SendAsync(Stream stream, byte[] buffer, int count, CancellationToken cancellationToken)
    {
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
