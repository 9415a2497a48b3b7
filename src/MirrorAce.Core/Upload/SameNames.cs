namespace MirrorAce.Upload;

/// <summary>
/// Files of one run that MirrorAce would store under one name. The release notes, the links and reuse all key
/// on the stored name, so two different files with one name would lose a row and be uploaded again on every
/// re-run (a duplicate MirrorAce cannot delete): such a run is refused before anything is sent. The same file
/// named twice (two paths, one real file) is uploaded once.
/// </summary>
internal static class SameNames
{
    /// <summary>
    /// For each file, the index of an earlier request for the same real file, or null; <paramref name="refuse"/> gets
    /// MA1072, naming both paths, for each file whose name an earlier, different file already has.
    /// </summary>
    public static int?[] Check(IReadOnlyList<LocalFile> files, Action<int, MirrorAceException> refuse)
    {
        var aliasOf = new int?[files.Count];
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var real = files.Select(SafeRealPath).ToArray();
        for (var i = 0; i < files.Count; i++)
        {
            if (!byName.TryGetValue(files[i].Name, out var first))
            {
                byName[files[i].Name] = i;
                continue;
            }
            if (string.Equals(real[first], real[i], StringComparison.Ordinal))
            {
                aliasOf[i] = first;
                continue;
            }
            refuse(i, Errors.DuplicateName(files[i].RequestedPath, files[first].LinkPath, files[i].LinkPath, files[i].Name));
        }
        return aliasOf;
    }

    private static string SafeRealPath(LocalFile file)
    {
        try { return Files.RealPath.Of(file.RealFullPath); }
        catch (IOException) { return file.FullPath; }
    }
}
