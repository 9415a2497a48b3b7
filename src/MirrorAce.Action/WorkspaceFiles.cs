using MirrorAce.Files;

namespace MirrorAce.Action;

/// <summary>
/// Resolves the <c>files</c> input in the workspace the way actions/upload-artifact does: a path that names
/// nothing counts as a pattern that matched nothing rather than as a file that failed. Folders, globs and
/// hidden files follow the engine's <see cref="FileSelection"/>.
/// </summary>
internal static class WorkspaceFiles
{
    /// <exception cref="MirrorAceException">MA1005 for a malformed pattern.</exception>
    public static FileSelectionResult Find(IReadOnlyList<string> patterns, string workspace, bool includeHidden)
    {
        var selection = FileSelection.Resolve(patterns, workspace, includeHidden);
        var existing = selection.Files.Where(f => File.Exists(Path.GetFullPath(f, workspace))).ToList();
        var missing = selection.Files.Except(existing, StringComparer.Ordinal);
        return new FileSelectionResult(existing, [.. selection.Unmatched, .. missing]);
    }
}
