namespace MirrorAce.Upload;

/// <summary>A file MirrorAce holds: one entry of the links JSON.</summary>
/// <param name="Name">The name MirrorAce stored (it may differ from the local name).</param>
/// <param name="Path">The local file, relative to the base directory when it lies under it, with <c>/</c> separators.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the local bytes.</param>
/// <param name="Slug">MirrorAce's id of the file.</param>
/// <param name="Url">The file's MirrorAce page.</param>
/// <param name="Mirrors">The mirror ids it was sent to.</param>
public sealed record UploadedFile(string Name, string Path, long Size, string Sha256, string Slug, string Url, IReadOnlyList<string> Mirrors)
{
    /// <summary>Set when this is one numbered part of a file too large for one upload.</summary>
    public SplitPart? PartOf { get; init; }
}

/// <summary>Which part of which file an upload is, and what the reassembled file must be.</summary>
/// <param name="Name">The whole file's name.</param>
/// <param name="Size">The whole file's size.</param>
/// <param name="Sha256">The whole file's SHA-256, to check the reassembled file against.</param>
/// <param name="Index">This part's number, from 1.</param>
/// <param name="Count">How many parts there are.</param>
public sealed record SplitPart(string Name, long Size, string Sha256, int Index, int Count);
