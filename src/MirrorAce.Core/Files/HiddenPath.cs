namespace MirrorAce.Files;

/// <summary>
/// Hidden files and folders: a path segment starting with '.', as actions/upload-artifact treats them. They
/// hold what must not be published by accident (<c>.git/config</c> keeps the job's token, <c>.env</c> secrets).
/// </summary>
public static class HiddenPath
{
    /// <summary>Whether a relative path (either separator) has a hidden segment; <c>.</c> and <c>..</c> are not hidden.</summary>
    public static bool Has(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return relativePath.Split('/', '\\').Any(IsHidden);
    }

    internal static bool IsHidden(string segment) => segment.Length > 1 && segment[0] == '.' && segment != "..";
}
