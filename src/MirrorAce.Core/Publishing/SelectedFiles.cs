using MirrorAce.Files;

namespace MirrorAce.Publishing;

/// <summary>Step one of a run: the request's paths, folders and globs become files, by the same rules in every door.</summary>
internal static class SelectedFiles
{
    /// <summary>The files, and the patterns that matched none.</summary>
    /// <exception cref="MirrorAceException">MA1005 for a malformed pattern.</exception>
    public static FileSelectionResult Resolve(PublishRequest request, string baseDirectory, DoorTerms terms, Action<string> onNotice)
    {
        if (!request.FilesAreExpanded)
        {
            var selection = FileSelection.Resolve(request.Files, baseDirectory, request.IncludeHidden);
            // One meaning in every door: a path that names nothing is a pattern that matched nothing.
            var existing = selection.Files.Where(f => NamesSomething(Path.GetFullPath(f, baseDirectory))).ToList();
            return new FileSelectionResult(existing, [.. selection.Unmatched, .. selection.Files.Except(existing, StringComparer.Ordinal)]);
        }
        var kept = new List<string>();
        foreach (var item in request.Files)
        {
            var relative = Path.GetRelativePath(baseDirectory, Path.GetFullPath(item, baseDirectory));
            if (!request.IncludeHidden && !Path.IsPathRooted(relative) && HiddenPath.Has(relative))
                onNotice($"{item}: left out, it is hidden (a name starting with '.'); set {terms.IncludeHidden} to upload hidden files");
            else
                kept.Add(item);
        }
        return new FileSelectionResult(kept, []);
    }

    /// <summary>Whether anything is there, even a broken or looping link: that is a file that fails with its own code, not a pattern that matched nothing.</summary>
    private static bool NamesSomething(string path)
    {
        try { return Path.Exists(path) || new FileInfo(path).LinkTarget is not null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return true; }
    }

    /// <summary>Release assets named like a file of the run are left out: that is usually the same file, and the notes list one row per name.</summary>
    public static IReadOnlyList<ReleaseAsset> AssetsToMirror(IReadOnlyList<ReleaseAsset> assets, IReadOnlyList<string> files, Action<string> onNotice)
    {
        var local = files.Select(f => Path.GetFileName(f.Replace('\\', '/'))).ToHashSet(StringComparer.Ordinal);
        var chosen = new List<ReleaseAsset>();
        foreach (var asset in assets)
        {
            if (local.Contains(asset.Name)) onNotice($"Release asset {asset.Name}: not mirrored, a file of the same name is uploaded by this run.");
            else chosen.Add(asset);
        }
        return chosen;
    }
}
