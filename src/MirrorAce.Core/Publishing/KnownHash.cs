namespace MirrorAce.Publishing;

/// <summary>A file's SHA-256 as an earlier run computed it, valid while the file keeps this size and last write time.</summary>
/// <param name="RealPath">The file's real path (links resolved).</param>
/// <param name="Size">Its size then.</param>
/// <param name="LastWriteUtc">Its last write time then.</param>
/// <param name="Sha256">Its SHA-256 then, lowercase hex.</param>
public sealed record KnownHash(string RealPath, long Size, DateTime LastWriteUtc, string Sha256)
{
    /// <summary>The stamp of a file now, or null when it cannot be read.</summary>
    public static (long Size, DateTime LastWriteUtc)? StampOf(string realPath)
    {
        try
        {
            var info = new FileInfo(realPath);
            return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
