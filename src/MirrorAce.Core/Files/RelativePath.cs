namespace MirrorAce.Files;

/// <summary>How files are named to people: relative to a base folder when they lie under it, else in full.</summary>
internal static class RelativePath
{
    public static string UnderOrFull(string full, string baseDirectory)
    {
        var relative = Path.GetRelativePath(baseDirectory, full);
        // ".." alone or as the first segment means outside; a name that merely starts with ".." ("..notes") does not.
        var outside = Path.IsPathRooted(relative) || relative == ".."
                      || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                      || relative.StartsWith("../", StringComparison.Ordinal);
        return outside ? full : relative;
    }
}
