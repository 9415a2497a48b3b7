using MirrorAce.Files;

namespace MirrorAce.Action;

/// <summary>
/// Resolves the <c>files</c> input in the workspace the way actions/upload-artifact does: a
/// folder stands for every file under it, and a path that names nothing counts as a pattern
/// that matched nothing rather than as a file that failed.
/// </summary>
internal static class WorkspaceFiles
{
    /// <exception cref="MirrorAceException">MA1005 for a malformed pattern.</exception>
    public static FileSelectionResult Find(IReadOnlyList<string> patterns, string workspace)
    {
        var expanded = patterns.Select(p => IsFolder(p, workspace) ? p.Trim().TrimEnd('/', '\\') + "/**" : p).ToList();
        var selection = FileSelection.Resolve(expanded, workspace);
        var existing = selection.Files.Where(f => File.Exists(Path.GetFullPath(f, workspace))).ToList();
        var missing = selection.Files.Except(existing, StringComparer.Ordinal);
        return new FileSelectionResult(existing, [.. selection.Unmatched, .. missing]);
    }

    private static bool IsFolder(string pattern, string workspace)
    {
        var trimmed = pattern.Trim();
        return trimmed.Length > 0 && !trimmed.StartsWith('!') && !trimmed.Contains('*', StringComparison.Ordinal)
            && Directory.Exists(Path.GetFullPath(trimmed.Replace('\\', '/'), workspace));
    }
}
