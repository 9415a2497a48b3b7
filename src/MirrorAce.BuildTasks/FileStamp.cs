namespace MirrorAce.BuildTasks;

/// <summary>
/// A file's size and last write time: when both are as they were, the file is taken to hold the
/// same bytes, so a big unchanged file is not hashed on every build.
/// </summary>
internal readonly record struct FileStamp(long Size, DateTime LastWriteUtc)
{
    /// <summary>The stamp of an existing, non-empty file; <c>null</c> otherwise (the engine reports why).</summary>
    public static FileStamp? Of(string fullPath)
    {
        // A symbolic link's own size and time say nothing of the file it points at.
        var info = new FileInfo(fullPath);
        try
        {
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target) info = target;
        }
        catch (IOException)
        {
            return null; // A loop of links: the engine reports it.
        }
        return info.Exists && info.Length > 0 ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
    }
}
