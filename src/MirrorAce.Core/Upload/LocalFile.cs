namespace MirrorAce.Upload;

/// <summary>A local file checked to exist, be a file, and have bytes; with what it looked like then.</summary>
internal sealed record LocalFile(string RequestedPath, string FullPath, string LinkPath, string Name, long Size, DateTime LastWriteUtc)
{
    /// <summary>Where this upload's bytes start in the file: not 0 for a part of a split file.</summary>
    public long Offset { get; init; }

    /// <summary>The size of the whole file (<see cref="Size"/> is this upload's share of it).</summary>
    public long WholeSize { get; init; } = Size;

    /// <summary>Part <paramref name="index"/> (1-based) of a file split into numbered parts, named <c>name.001</c> and so on.</summary>
    public LocalFile Part(int index, long offset, long length) =>
        this with { Name = $"{Name}.{index:000}", Offset = offset, Size = length };

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
        var linkPath = Files.RelativePath.UnderOrFull(full, baseDirectory).Replace(Path.DirectorySeparatorChar, '/');
        return new LocalFile(requested, full, linkPath, Path.GetFileName(full), info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>Whether the file still has the size and time it had when inspected.</summary>
    public bool IsUnchanged()
    {
        var now = new FileInfo(FullPath);
        return now.Exists && now.Length == WholeSize && now.LastWriteTimeUtc == LastWriteUtc;
    }
}
