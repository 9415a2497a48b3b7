namespace MirrorAce.Files;

/// <summary>
/// Where a path really leads: every symbolic link on the way resolved, as <c>realpath(3)</c> does.
/// A file is published from its real location, so that is what is checked against the workspace.
/// </summary>
internal static class RealPath
{
    // Linux gives up after 40 links (ELOOP); a loop of links must end in an error, not a hang.
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/>; the parts that do not exist are kept as they are.</summary>
    /// <exception cref="IOException">More than 40 links on the way (a loop).</exception>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies beneath it (both real paths).</summary>
    public static bool IsUnder(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var root = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(root, comparison)
            || (path.StartsWith(root, comparison) && path.Length > root.Length && path[root.Length] == Path.DirectorySeparatorChar)
            || (Path.GetPathRoot(root) == root && path.StartsWith(root, comparison));
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        var segments = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var next = Path.Join(current, segments[i]);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
                throw new IOException($"Too many levels of symbolic links at {next}");
            // The target resolves against the folder holding the link; what follows the link is appended to it.
            var rest = string.Join(Path.DirectorySeparatorChar, segments[(i + 1)..]);
            var resolved = Path.GetFullPath(rest.Length == 0 ? target : Path.Join(target, rest), current);
            return Resolve(resolved, ref links);
        }
        return current.Length == 0 ? full : current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            return info.LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
