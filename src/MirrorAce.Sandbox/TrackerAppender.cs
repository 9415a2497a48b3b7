namespace MirrorAce.Sandbox;

/// <summary>
/// Appends one chunk to a tracker's file and hash, tentatively: until <see cref="CommitAsync"/> the
/// tracker's hash is untouched and disposing cuts the file back, so a refused chunk leaves no trace.
/// The caller holds the tracker's gate for the appender's whole life.
/// </summary>
internal sealed class TrackerAppender : IAsyncDisposable
{
    private readonly ChunkTracker _tracker;
    private readonly long _start;
    private readonly FileStream? _file;
    private System.Security.Cryptography.IncrementalHash? _hash;

    /// <param name="tracker">The tracker whose gate the caller holds.</param>
    /// <param name="partPath">Null in discard mode: only the hash is kept.</param>
    public TrackerAppender(ChunkTracker tracker, string? partPath)
    {
        _tracker = tracker;
        _start = tracker.Received;
        _hash = tracker.Hash.Clone();
        if (partPath is not null)
        {
            // bufferSize 0: the copy loop already writes large blocks.
            _file = new FileStream(partPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, bufferSize: 0);
            _file.SetLength(_start);
            _file.Position = _start;
        }
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken ct)
    {
        if (_file is not null)
        {
            await _file.WriteAsync(data, ct);
        }

        _hash!.AppendData(data.Span);
    }

    /// <summary>Makes the appended bytes part of the tracker's hash and closes the file.</summary>
    public async Task CommitAsync()
    {
        if (_file is not null)
        {
            await _file.FlushAsync();
            await _file.DisposeAsync();
        }

        _tracker.Hash.Dispose();
        _tracker.Hash = _hash!;
        _hash = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_hash is null)
        {
            return;
        }

        _hash.Dispose();
        _hash = null;
        if (_file is not null)
        {
            _file.SetLength(_start);
            await _file.DisposeAsync();
        }
    }
}
