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

    /// <summary>
    /// Checks what <paramref name="requested"/> names before any byte is sent: a regular, non-empty, readable file,
    /// whose real path lies inside <paramref name="workspace"/> (itself a real path, resolved once per run) when one is given.
    /// </summary>
    public static LocalFile Inspect(string requested, string baseDirectory, string? workspace = null)
    {
        var full = Path.GetFullPath(requested, baseDirectory);
        if (Directory.Exists(full))
            throw Errors.PathIsDirectory(requested);
        if (!new FileInfo(full).Exists)
            throw Errors.FileNotFound(requested, baseDirectory);
        var real = Resolve(requested, full);
        if (workspace is not null)
            CheckInside(requested, real, workspace);
        // Size and time are the target's: a link's own are those of the link.
        var info = new FileInfo(real);
        if (!info.Exists)
            throw Errors.LinkTargetNotFound(requested, real);
        if (!Files.FileKind.IsRegularFile(real))
            throw Errors.NotRegularFile(requested);
        if (info.Length == 0)
            throw Errors.EmptyFile(requested);
        CheckReadable(requested, real);
        return Named(requested, baseDirectory) with { RealFullPath = real, Size = info.Length, WholeSize = info.Length, LastWriteUtc = info.LastWriteTimeUtc };
    }

    /// <summary>The file as named, not inspected: for checks on names alone.</summary>
    public static LocalFile Named(string requested, string baseDirectory)
    {
        var full = Path.GetFullPath(requested, baseDirectory);
        var linkPath = Files.RelativePath.UnderOrFull(full, baseDirectory).Replace(Path.DirectorySeparatorChar, '/');
        return new LocalFile(requested, full, linkPath, Path.GetFileName(full), 0, default);
    }

    /// <summary>The file's real path (links resolved): what is read, stat-ed and published.</summary>
    public string RealFullPath { get => field ?? FullPath; init; }

    private static string Resolve(string requested, string full)
    {
        try { return Files.RealPath.Of(full); }
        catch (IOException e)
        {
            throw Errors.LinksUnresolvable(requested, e);
        }
    }

    private static void CheckInside(string requested, string real, string root)
    {
        if (!Files.RealPath.IsUnder(real, root))
            throw Errors.OutsideWorkspace(requested, real, root);
    }

    // "Checked before any byte is sent" includes being able to read it: a file found unreadable mid-run leaves a half-published release.
    private static void CheckReadable(string requested, string full)
    {
        try
        {
            using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Errors.FileUnreadable(requested, e);
        }
    }

    /// <summary>Whether the file still has the size and time it had when inspected.</summary>
    public bool IsUnchanged()
    {
        var now = new FileInfo(RealFullPath);
        return now.Exists && now.Length == WholeSize && now.LastWriteTimeUtc == LastWriteUtc;
    }
}
