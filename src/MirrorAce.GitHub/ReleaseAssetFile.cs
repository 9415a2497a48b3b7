namespace MirrorAce.GitHub;

/// <summary>A file attached to a release, as MirrorAce would fetch it.</summary>
/// <param name="Name">The asset's file name.</param>
/// <param name="Size">Bytes, as GitHub reports them.</param>
/// <param name="DownloadUrl">GitHub's <c>browser_download_url</c>: public for public repositories only; a private repository's (or a draft's) needs a token MirrorAce does not have.</param>
public sealed record ReleaseAssetFile(string Name, long Size, Uri DownloadUrl);
