using Microsoft.Win32.SafeHandles;
using MirrorAce.Upload;

namespace MirrorAce.Api;

/// <summary>One chunk request: which region of which file, under which name, to which mirrors.</summary>
internal sealed class ChunkSpec
{
    public required SafeFileHandle File { get; init; }
    public required string DisplayPath { get; init; }
    public required string FileName { get; init; }
    /// <summary>Where the uploaded bytes start in the file (a split file's part starts past 0).</summary>
    public long FileOffset { get; init; }
    /// <summary>The chunk's first byte within the uploaded bytes (what Content-Range counts).</summary>
    public required long Offset { get; init; }
    public required long Length { get; init; }
    public required long TotalSize { get; init; }
    public required IReadOnlyList<string> Mirrors { get; init; }
    public string? Password { get; init; }
    public required FileHasher Hasher { get; init; }
    /// <summary>The whole file's hash when a part of it is uploaded; fed by absolute offsets.</summary>
    public FileHasher? WholeHasher { get; init; }
    public Action<long>? OnPosition { get; init; }

    /// <summary>The body of the attempt under way, watched for stalls.</summary>
    public ChunkContent? Current { get; set; }
}
