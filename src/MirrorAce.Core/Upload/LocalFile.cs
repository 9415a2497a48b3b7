namespace MirrorAce.Upload;

/// <summary>A local file checked to exist, be a file, and have bytes; with what it looked like then.</summary>
internal sealed record LocalFile(string RequestedPath, string FullPath, string LinkPath, string Name, long Size, DateTime LastWriteUtc)
{
    public static LocalFile Inspect(string requested, string baseDirectory)
    {
        var full = Path.GetFullPath(requested, baseDirectory);
        if (Directory.Exists(full))
            throw new MirrorAceException(ErrorCodes.PathIsDirectory, "This is a directory, not a file",
                "Name the files inside it, or use a glob such as 'dir/**/*.zip'.", requested, UploadStep.Validate);
        var info = new FileInfo(full);
        if (!info.Exists)
            throw new MirrorAceException(ErrorCodes.FileNotFound, "The file does not exist",
                $"Check the path (it is resolved against {baseDirectory}); build or download the file first.", requested, UploadStep.Validate);
        if (info.Length == 0)
            throw new MirrorAceException(ErrorCodes.EmptyFile, "The file is empty (0 bytes); MirrorAce cannot store an empty file",
                "Check that the build produced it completely, or leave it out.", requested, UploadStep.Validate);
        return new LocalFile(requested, full, LinkPathOf(full, baseDirectory), Path.GetFileName(full), info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>Whether the file still has the size and time it had when inspected.</summary>
    public bool IsUnchanged()
    {
        var now = new FileInfo(FullPath);
        return now.Exists && now.Length == Size && now.LastWriteTimeUtc == LastWriteUtc;
    }

    private static string LinkPathOf(string full, string baseDirectory)
    {
        var relative = Path.GetRelativePath(baseDirectory, full);
        var outside = Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return (outside ? full : relative).Replace(Path.DirectorySeparatorChar, '/');
    }
}
