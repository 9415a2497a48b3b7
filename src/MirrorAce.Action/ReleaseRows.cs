using MirrorAce.GitHub;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// The rows a run puts in the release's notes: each file under its own name (the workspace file's, a part's
/// numbered name, the release asset's) rather than the name MirrorAce stored. MirrorAce renames an upload whose
/// name the account already holds (<c>app (2).zip</c>), and the notes merge rows by name: under the stored name,
/// a file uploaded again (rebuilt, or after its earlier upload was removed) would get a second row beside the
/// stale one instead of replacing it. The step's outputs keep the stored name.
/// </summary>
internal static class ReleaseRows
{
    public static IReadOnlyList<UploadedFile> From(IEnumerable<FileUploadResult> results, IReadOnlyList<ReleaseAssetFile> assets)
    {
        var assetNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in assets) assetNames[asset.DownloadUrl.AbsoluteUri] = asset.Name;
        return results.Where(r => r.Succeeded)
            .SelectMany(r => r.Uploaded.Select(f => f with { Name = OwnName(r.Path, f, assetNames) }))
            .ToList();
    }

    private static string OwnName(string requested, UploadedFile file, Dictionary<string, string> assetNames)
    {
        if (assetNames.TryGetValue(requested, out var asset)) return asset;
        var local = Path.GetFileName(file.Path.Replace('\\', '/'));
        if (local.Length == 0) return file.Name;
        return file.PartOf is { } part ? $"{local}.{part.Index:000}" : local;
    }
}
