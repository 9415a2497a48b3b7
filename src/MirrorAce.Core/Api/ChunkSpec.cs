using Microsoft.Win32.SafeHandles;
using MirrorAce.Upload;

namespace MirrorAce.Api;

/// <summary>One chunk request: which region of which file, under which name, to which mirrors.</summary>
internal sealed class ChunkSpec
{
    public required SafeFileHandle File { get; init; }
    public required string DisplayPath { get; init; }
    public required string FileName { get; init; }
    public required long Offset { get; init; }
    public required long Length { get; init; }
    public required long TotalSize { get; init; }
    public required IReadOnlyList<string> Mirrors { get; init; }
    public string? Password { get; init; }
    public required FileHasher Hasher { get; init; }
    public Action<long>? OnPosition { get; init; }

    /// <summary>The body of the attempt under way, watched for stalls.</summary>
    public ChunkContent? Current { get; set; }
}
