using MirrorAce.GitHub;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// The earlier uploads a run may reuse instead of uploading again: the rows the release's notes already list.
/// MirrorAce has no delete call, so a re-run that uploaded again would leave duplicates behind for good. The
/// engine reuses a row only after <c>file/info</c> says it is active with the same size; any other status
/// (user removed, …) means the file is uploaded again and its row replaced.
/// </summary>
internal static class ReuseCandidates
{
    public static IReadOnlyList<UploadedFile> From(ReleaseContents? release, IReadOnlyList<ReleaseAssetFile> assetsToMirror)
    {
        if (release is null) return [];
        // Local files match a row by SHA-256 and size.
        var candidates = new List<UploadedFile>(release.Rows);
        // A mirrored asset's row has no SHA-256 (no bytes passed through here) and the engine matches remote
        // uploads by their source URL, which rows do not keep: the row of the asset's name and size stands for it.
        foreach (var asset in assetsToMirror)
        {
            if (release.Rows.FirstOrDefault(r => r.Name == asset.Name && r.Size == asset.Size && r.Sha256.Length == 0) is { } row)
                candidates.Add(row with { Path = asset.DownloadUrl.AbsoluteUri });
        }
        return candidates;
    }
}
