using MirrorAce.GitHub;

namespace MirrorAce.Action;

/// <summary>
/// Which of the release's assets MirrorAce should fetch. An asset named like one of the run's own files is
/// left out: it is usually the same file attached to the release, and the notes list one row per name, so
/// mirroring it too would upload a duplicate that replaces the other's row.
/// </summary>
internal static class AssetsToMirror
{
    public static IReadOnlyList<ReleaseAssetFile> Choose(IReadOnlyList<ReleaseAssetFile> assets, IReadOnlyList<string> files, WorkflowCommands log)
    {
        var local = files.Select(f => Path.GetFileName(f.Replace('\\', '/'))).ToHashSet(StringComparer.Ordinal);
        var chosen = new List<ReleaseAssetFile>();
        foreach (var asset in assets)
        {
            if (local.Contains(asset.Name))
                log.Line($"Release asset {asset.Name}: not mirrored, a file of the same name is uploaded from the workspace.");
            else
                chosen.Add(asset);
        }
        return chosen;
    }
}
